/**
 * The .docx reader: the document's XML parts read straight into blocks (`readBody`), with the
 * numbers of Word's automatic lists written into the text (numbering.ts), footnotes and
 * endnotes after the body in the order they are referenced, and Word comments
 * kept for the inline directives written in them. A broken zip or a zip without the main
 * document part gets a ReadError saying so.
 *
 * Locations: the place a reviewer finds in Word (paragraph number, table/row/column), and
 * line/column in the plain-text rendering (`--print-text`), kept as `doc.rendering`.
 */
import { directivesInComments, type WordComment } from '../../directives/word-comments.js';
import type { Localized } from '../../lint/types.js';
import type { Block, Cell, Document, Paragraph } from '../../model/document.js';
import { locateInRendering } from '../../model/render-text.js';
import { readError } from '../errors.js';
import { readBody, textOf, type BodyOptions, type CommentMark, type NoteReference } from './body.js';
import { listDefinitions } from './numbering.js';
import { BROKEN_ZIP } from '../ooxml/package.js';
import { DOCUMENT_PART, DocxPackage, RELATED_PARTS } from './package.js';
import { headingStyleIds, styleLists } from './styles.js';
import { childElements, XmlPartError } from '../ooxml/xml.js';
import { isWord, wordAttribute, wordChild } from './xml.js';

export async function readDocx(bytes: Buffer, filePath: string): Promise<Document> {
  const { blocks, copies, comments } = await readContent(bytes, filePath);
  if (blocks.length === 0) throw readError('empty', filePath, { noText: true });
  const rendering = locateInRendering(blocks, copies);
  const directives = directivesInComments(comments);
  return { path: filePath, format: 'docx', blocks, rendering, ...(directives.length > 0 ? { directives } : {}) };
}

const NO_MAIN_PART: Localized = {
  zh: '缺少正文部分 word/document.xml',
  en: 'the main part word/document.xml is missing',
};
const UNREADABLE_CONTENT: Localized = { zh: '正文内容无法解析', en: 'its content cannot be parsed' };

interface Content {
  blocks: Block[];
  copies: Map<Cell, Cell>;
  comments: WordComment[];
}

async function readContent(bytes: Buffer, filePath: string): Promise<Content> {
  let pkg: DocxPackage;
  try {
    pkg = await DocxPackage.open(bytes);
  } catch {
    throw readError('corrupt-docx', filePath, { problem: BROKEN_ZIP });
  }
  const mainPart = await pkg.mainPartName(DOCUMENT_PART);
  if (!pkg.has(mainPart)) throw readError('corrupt-docx', filePath, { problem: NO_MAIN_PART });
  try {
    return await readParts(pkg, mainPart);
  } catch (error) {
    if (error instanceof XmlPartError) throw readError('corrupt-docx', filePath, { problem: UNREADABLE_CONTENT });
    throw error;
  }
}

async function readParts(pkg: DocxPackage, mainPart: string): Promise<Content> {
  const main = await pkg.readXml(mainPart);
  const body = wordChild(main.documentElement!, 'body');
  if (!body) throw new XmlPartError(`${mainPart}: no w:body`);
  const word = readBody(body, await bodyOptions(pkg, mainPart));
  const bodyParagraphs = word.blocks.filter((block) => block.kind === 'paragraph').length;
  const notes = await readNotes(pkg, mainPart, word.notes, bodyParagraphs);
  const commentMarks = [...word.comments, ...notes.comments];
  const comments = commentMarks.length > 0 ? await readComments(pkg, mainPart, commentMarks) : [];
  return { blocks: [...word.blocks, ...notes.paragraphs], copies: word.copies, comments };
}

/**
 * What the body walk needs from the other parts: heading styles and list numbering. The
 * annotated copy walks its body with the same options, so that places number alike.
 */
export async function bodyOptions(pkg: DocxPackage, mainPart: string): Promise<BodyOptions> {
  const styles = await pkg.relatedXml(mainPart, RELATED_PARTS.styles);
  const numbering = await pkg.relatedXml(mainPart, RELATED_PARTS.numbering);
  return {
    headingStyles: styles && headingStyleIds(styles),
    numbering: numbering && listDefinitions(numbering, styles && styleLists(styles)),
  };
}

/**
 * The notes referenced in the body, in the order of their references, as paragraphs numbered
 * after the body's, and the comment marks in them.
 */
async function readNotes(
  pkg: DocxPackage,
  mainPart: string,
  references: NoteReference[],
  bodyParagraphs: number,
): Promise<{ paragraphs: Paragraph[]; comments: CommentMark[] }> {
  const paragraphs: Paragraph[] = [];
  const comments: CommentMark[] = [];
  if (references.length === 0) return { paragraphs, comments };
  const notes = {
    footnote: await notesById(pkg, mainPart, 'footnotes'),
    endnote: await notesById(pkg, mainPart, 'endnotes'),
  };
  for (const reference of references) {
    const note = notes[reference.kind].get(reference.id);
    if (!note) continue;
    const { text, marks } = textOf(note);
    if (text === '') continue;
    const paragraph: Paragraph = { kind: 'paragraph', heading: false, text, segments: [], place: { paragraph: bodyParagraphs + paragraphs.length + 1 } };
    paragraphs.push(paragraph);
    comments.push(...marks.comments.map((id) => ({ id, unit: paragraph })));
  }
  return { paragraphs, comments };
}

async function notesById(pkg: DocxPackage, mainPart: string, part: 'footnotes' | 'endnotes'): Promise<Map<string, Element>> {
  return byId((await pkg.relatedXml(mainPart, RELATED_PARTS[part]))?.documentElement, part.slice(0, -1));
}

/** The w:`localName` children of a part's root (notes, comments) by their w:id. */
function byId(root: Element | null | undefined, localName: string): Map<string, Element> {
  const elements = root ? childElements(root).filter((e) => isWord(e, localName)) : [];
  return new Map(elements.map((e) => [wordAttribute(e, 'id') ?? '', e]));
}

/** The comments whose marks were met, in that order: the text of each one's first paragraph. */
async function readComments(pkg: DocxPackage, mainPart: string, marks: CommentMark[]): Promise<WordComment[]> {
  const comments = byId((await pkg.relatedXml(mainPart, RELATED_PARTS.comments))?.documentElement, 'comment');
  return marks.flatMap(({ id, unit }) => {
    const comment = comments.get(id);
    if (!comment) return [];
    const first = childElements(comment).find((e) => isWord(e, 'p')) ?? comment;
    const { text } = textOf(first);
    return [unit ? { text, anchor: unit } : { text }];
  });
}
