/**
 * The .docx reader: mammoth turns the document into HTML, `htmlToBlocks` that into blocks.
 * A file that is no .docx (a legacy .doc, an encrypted .docx, a PDF, a broken zip) gets a
 * ReadError saying so, never mammoth's own error.
 *
 * Locations: the place a reviewer finds in Word (paragraph number, table/row/column), and
 * line/column in the plain-text rendering (`--print-text`), kept as `doc.rendering`.
 */
import mammoth from 'mammoth';
import { directivesInComments } from '../directives/word-comments.js';
import type { Localized } from '../lint/types.js';
import type { Block, Cell, Document } from '../model/document.js';
import { textUnits } from '../model/document.js';
import { CELL_COLUMN, layoutText, PARAGRAPH_COLUMN } from '../model/render-text.js';
import { readError } from './errors.js';
import { htmlToBlocks } from './html.js';
import { containerOf, holdsEncryptedPackage } from './magic.js';

export async function readDocx(bytes: Buffer, filePath: string): Promise<Document> {
  checkContainer(bytes, filePath);
  const html = await convertToHtml(bytes, filePath);
  const { blocks, copies, comments } = htmlToBlocks(html);
  if (blocks.length === 0) throw readError('empty', filePath, { noText: true });
  const rendering = locateInRendering(blocks, copies);
  const directives = directivesInComments(comments);
  return { path: filePath, format: 'docx', blocks, rendering, ...(directives.length > 0 ? { directives } : {}) };
}

/** A .docx is a zip archive; anything else gets a message saying what it really is. */
function checkContainer(bytes: Buffer, filePath: string): void {
  if (bytes.length === 0) throw readError('empty', filePath);
  const container = containerOf(bytes);
  if (container === 'zip') return;
  if (container === 'pdf') throw readError('pdf', filePath);
  if (container === 'ole') {
    throw readError(holdsEncryptedPackage(bytes) ? 'encrypted-docx' : 'legacy-doc', filePath);
  }
  throw readError('corrupt-docx', filePath, { problem: NOT_A_ZIP });
}

const NOT_A_ZIP: Localized = { zh: '文件不是 ZIP 压缩包', en: 'the file is not a zip archive' };
const BROKEN_ZIP: Localized = { zh: '压缩包不完整或已损坏', en: 'the zip archive is truncated or damaged' };
const NO_MAIN_PART: Localized = {
  zh: '缺少正文部分 word/document.xml',
  en: 'the main part word/document.xml is missing',
};
const UNREADABLE_CONTENT: Localized = { zh: '正文内容无法解析', en: 'its content cannot be parsed' };

async function convertToHtml(bytes: Buffer, filePath: string): Promise<string> {
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        // Images are dropped anyway: give them an empty src instead of base64-encoding them.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        // Render Word comments (dropped by default): inline directives are written in them.
        styleMap: ['comment-reference => sup'],
      },
    );
    return result.value;
  } catch (error) {
    throw readError('corrupt-docx', filePath, { problem: conversionProblem(error) });
  }
}

/** mammoth (and the zip library under it) report in English prose; name the problem instead. */
function conversionProblem(error: unknown): Localized {
  const message = error instanceof Error ? error.message : String(error);
  if (/main document part/i.test(message)) return NO_MAIN_PART;
  if (/zip|central directory|end of data|signature/i.test(message)) return BROKEN_ZIP;
  return UNREADABLE_CONTENT;
}

/**
 * Renders the blocks as plain text and points each paragraph and cell at its line there; a
 * merged copy points where the cell it copies is.
 */
function locateInRendering(blocks: Block[], copies: Map<Cell, Cell>): string {
  const { text, lineOf } = layoutText(blocks);
  for (const unit of textUnits({ path: '', format: 'docx', blocks })) {
    const line = lineOf.get(unit) ?? 1;
    const column = unit.kind === 'paragraph' ? PARAGRAPH_COLUMN : CELL_COLUMN;
    unit.segments = [{ offset: 0, start: { line, column } }];
  }
  for (const [copy, original] of copies) copy.segments = original.segments;
  return text;
}
