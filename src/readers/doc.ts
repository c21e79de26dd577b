/**
 * The legacy Word reader (Word 97–2003 .doc), through word-extractor: the document's text as
 * Word stores it, paragraphs one per line and table rows as their cells each closed by a tab.
 * Consecutive rows make a table, numbered as Word numbers tables; footnotes, endnotes and text
 * boxes follow the body, as in the .docx reader. What word-extractor does not give is lost:
 * Word's automatic numbering (the text of "一、" a list style adds), the extent of merged cells
 * (a vertically merged cell reads as empty below its first row, as in Word's own plain-text
 * export) and comments, so inline directives cannot be written in a .doc.
 */
import type { Block, Cell, Document, Paragraph, Table } from '../model/document.js';
import { locateInRendering } from '../model/render-text.js';
import { readError } from './errors.js';

export async function readDoc(bytes: Buffer, filePath: string): Promise<Document> {
  const text = await extractText(bytes, filePath);
  const blocks = blocksOf(text);
  if (blocks.length === 0) throw readError('empty', filePath, { noText: true });
  return { path: filePath, format: 'doc', blocks, rendering: locateInRendering(blocks) };
}

/** word-extractor's parts take options its type declarations leave out. */
interface ExtractedParts {
  getBody(options: TextOptions): string;
  getFootnotes(options: TextOptions): string;
  getEndnotes(options: TextOptions): string;
  getTextboxes(options: TextOptions & { includeHeadersAndFooters: boolean }): string;
}

interface TextOptions {
  /** false keeps quotes and dashes as written: “三公” is not "三公". */
  filterUnicode: boolean;
}

async function extractText(bytes: Buffer, filePath: string): Promise<string> {
  const { default: WordExtractor } = await import('word-extractor');
  let parts: ExtractedParts;
  try {
    parts = (await new WordExtractor().extract(bytes)) as unknown as ExtractedParts;
  } catch {
    throw readError('corrupt-doc', filePath);
  }
  const options = { filterUnicode: false };
  const boxes = parts.getTextboxes({ ...options, includeHeadersAndFooters: false });
  return [parts.getBody(options), parts.getFootnotes(options), parts.getEndnotes(options), boxes].join('\n');
}

/** Lines ending in a tab are table rows (their cells tab-closed); other lines are paragraphs. */
export function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraphs = 0;
  let table: Table | undefined;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    if (raw.endsWith('\t')) {
      if (!table) {
        table = { kind: 'table', table: blocks.filter((b) => b.kind === 'table').length + 1, rows: [] };
        blocks.push(table);
      }
      const rowNumber = table.rows.length + 1;
      const cells = raw.slice(0, -1).split('\t').map(
        (cellText, c): Cell => ({ kind: 'cell', text: cellText.trim(), segments: [], place: { table: table!.table, row: rowNumber, column: c + 1 }, merged: false }),
      );
      table.rows.push(cells);
      continue;
    }
    table = undefined;
    const line = raw.trim();
    if (line === '') continue;
    paragraphs += 1;
    const paragraph: Paragraph = { kind: 'paragraph', heading: false, text: line, segments: [], place: { paragraph: paragraphs } };
    blocks.push(paragraph);
  }
  return blocks;
}
