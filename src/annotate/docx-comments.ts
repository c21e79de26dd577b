/**
 * The reviewer's annotated copy: the .docx with one Word comment per finding, anchored on
 * the paragraph or table cell the finding is about. Only word/document.xml, the comments part,
 * the document's relationships and [Content_Types].xml change; every other part is copied.
 */
import type { Diagnostic, Lang } from '../lint/types.js';
import { bodyOptions } from '../readers/docx/index.js';
import { DOCUMENT_PART, DocxPackage } from '../readers/docx/package.js';
import { createWord, createWordText, isWord, W_NS, wordAttribute, wordChild } from '../readers/docx/xml.js';
import { childElements } from '../readers/ooxml/xml.js';
import { commentLines } from './comment-text.js';
import { anchorPlaces, type Anchor } from './word-places.js';

export const COMMENT_AUTHOR = 'budget-lint';
export const COMMENT_INITIALS = 'BL';

export interface AnnotateOptions {
  lang: Lang;
  /** The comments' date (default: now). */
  date?: Date;
}

export interface AnnotatedCopy {
  bytes: Buffer;
  /** Comments added: one per finding. */
  comments: number;
  /** Of those, the ones whose place was not found in the body and stand on a nearby one. */
  approximate: number;
}

/**
 * Adds a comment for each of `diagnostics` (found in `bytes`, a .docx) and returns the new
 * file. `bytes` is not modified.
 */
export async function annotateDocx(bytes: Buffer, diagnostics: Diagnostic[], options: AnnotateOptions): Promise<AnnotatedCopy> {
  const pkg = await DocxPackage.open(bytes);
  const mainPart = await pkg.mainPartName(DOCUMENT_PART);
  const main = await pkg.readXml(mainPart);
  const body = wordChild(main.documentElement!, 'body');
  if (!body) throw new Error(`${mainPart} has no w:body`);
  const anchors = anchorPlaces(body, await bodyOptions(pkg, mainPart));
  const comments = await pkg.commentsPart(mainPart);

  const date = wordDate(options.date ?? new Date());
  const ranges = new CommentRanges(main);
  let id = nextCommentId(main, comments.xml);
  let approximate = 0;
  for (const diagnostic of diagnostics) {
    const isApproximate = anchors.isApproximate(diagnostic.location);
    const anchor = anchors.anchorOf(diagnostic.location) ?? firstParagraph(body);
    if (isApproximate) approximate += 1;
    comments.xml.documentElement!.appendChild(commentElement(comments.xml, id, date, commentLines(diagnostic, options.lang, isApproximate)));
    ranges.add(anchor, id);
    id += 1;
  }
  pkg.writeXml(mainPart, main);
  pkg.writeXml(comments.partName, comments.xml);
  return { bytes: await pkg.toBuffer(), comments: diagnostics.length, approximate };
}

/**
 * Marks comment ranges in document.xml: each range starts in its anchor's first paragraph
 * (after the paragraph properties) and ends at the end of its last, followed by the
 * reference run Word shows the comment mark on. Several comments on one paragraph keep the
 * order they were added in.
 */
class CommentRanges {
  constructor(private readonly doc: Document) {}

  add(anchor: Anchor, id: number): void {
    const attributes = { id: String(id) };
    const start = createWord(this.doc, 'commentRangeStart', attributes);
    anchor.first.insertBefore(start, this.afterStartsOf(anchor.first));
    const reference = createWord(this.doc, 'r');
    reference.appendChild(createWord(this.doc, 'commentReference', attributes));
    anchor.last.appendChild(createWord(this.doc, 'commentRangeEnd', attributes));
    anchor.last.appendChild(reference);
  }

  /** The first child of `p` after its properties and the comment ranges that start there (null: none). */
  private afterStartsOf(p: Element): Element | null {
    const leading = (e: Element): boolean => isWord(e, 'pPr') || isWord(e, 'commentRangeStart');
    return childElements(p).find((e) => !leading(e)) ?? null;
  }
}

function commentElement(doc: Document, id: number, date: string, lines: string[]): Element {
  const comment = createWord(doc, 'comment', {
    id: String(id),
    author: COMMENT_AUTHOR,
    date,
    initials: COMMENT_INITIALS,
  });
  lines.forEach((line, index) => {
    const p = createWord(doc, 'p');
    // Word starts a comment with the annotation mark (the reference shown in the margin).
    if (index === 0) p.appendChild(createWord(doc, 'r')).appendChild(createWord(doc, 'annotationRef'));
    p.appendChild(createWord(doc, 'r')).appendChild(createWordText(doc, line));
    comment.appendChild(p);
  });
  return comment;
}

/** One past the largest comment id in use, in the comments part or the document. */
function nextCommentId(main: Document, comments: Document): number {
  let max = -1;
  const consider = (doc: Document, localName: string): void => {
    const elements = doc.getElementsByTagNameNS(W_NS, localName);
    for (let i = 0; i < elements.length; i += 1) {
      const id = Number(wordAttribute(elements.item(i)!, 'id'));
      if (Number.isInteger(id) && id > max) max = id;
    }
  };
  consider(comments, 'comment');
  consider(main, 'commentRangeStart');
  consider(main, 'commentReference');
  return max + 1;
}

/** For a finding whose place cannot be anchored at all: the document's first paragraph. */
function firstParagraph(body: Element): Anchor {
  const p = body.getElementsByTagNameNS(W_NS, 'p').item(0);
  if (!p) throw new Error('the document has no paragraph to attach a comment to');
  return { first: p, last: p };
}

/** ISO 8601 without milliseconds, as Word writes w:date. */
function wordDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
