/**
 * Renditions of a report written in our .txt layout, for tests and samples: the same text as
 * Markdown and as .docx, so a reader test can check that all three formats give the same
 * document. This is a builder for fixtures, not the product's reader (src/readers/txt.ts).
 *
 * The .txt layout (as in ../shared/seeds):
 * - a paragraph is one line; blank lines between paragraphs carry no meaning;
 * - a table starts at a line led by a tab; each cell is such a line (the tab removed);
 * - one blank line before a tab line starts the next row;
 * - a line not led by a tab continues the cell above it, also after one blank line; the
 *   continuation is joined with nothing (Chinese text wraps without spaces);
 * - two blank lines (or the end of the text) end the table.
 */
import {
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
} from 'docx';

export type LayoutBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; rows: string[][] };

/** Splits a report in the .txt layout into paragraphs and tables (see the module comment). */
export function parseTxtLayout(text: string): LayoutBlock[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const blocks: LayoutBlock[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    if (isTableLine(line)) {
      const table = readTable(lines, index);
      blocks.push({ kind: 'table', rows: table.rows });
      index = table.next;
    } else {
      if (!isBlank(line)) blocks.push({ kind: 'paragraph', text: line.trimEnd() });
      index += 1;
    }
  }
  return blocks;
}

function isTableLine(line: string): boolean {
  return line.startsWith('\t');
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** Reads the table starting at `start`; `next` is the first line after it. */
function readTable(lines: string[], start: number): { rows: string[][]; next: number } {
  const rows: string[][] = [];
  let row: string[] = [];
  let blanksBefore = 0;
  let index = start;
  for (; index < lines.length && blanksBefore < 2; index += 1) {
    const line = lines[index] ?? '';
    // A lone tab is an empty cell, not a blank line.
    if (isBlank(line) && !isTableLine(line)) {
      blanksBefore += 1;
      continue;
    }
    if (isTableLine(line)) {
      if (blanksBefore > 0 && row.length > 0) {
        rows.push(row);
        row = [];
      }
      row.push(line.slice(1).trimEnd());
    } else {
      const last = row.length - 1;
      row[last] = (row[last] ?? '') + line.trimEnd();
    }
    blanksBefore = 0;
  }
  if (row.length > 0) rows.push(row);
  return { rows, next: index };
}

// ---------------------------------------------------------------------------------------
// Markdown

/** The report as Markdown: one Markdown paragraph per paragraph, tables as GFM tables. */
export function toMarkdown(text: string): string {
  return (
    parseTxtLayout(text)
      .map((block) =>
        block.kind === 'paragraph' ? markdownParagraph(block.text) : markdownTable(block.rows),
      )
      .join('\n\n') + '\n'
  );
}

/** Backslash-escapes every character that could start inline Markdown (or a GFM cell edge). */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>&|~]/g, '\\$&');
}

/**
 * Leading spaces would be dropped (or open a code block), so they become character
 * references, which Markdown reads back as the same spaces.
 */
function keepLeadingSpaces(markdown: string): string {
  return markdown.replace(/^[ \t]+/, (spaces) =>
    [...spaces].map((space) => (space === ' ' ? '&#32;' : '&#9;')).join(''),
  );
}

/**
 * A paragraph whose text would open a block (heading, list, thematic break, setext
 * underline) gets the marker escaped: `1.` → `1\.`, `#` → `\#`, `-` → `\-`.
 */
function markdownParagraph(text: string): string {
  const escaped = escapeInline(text)
    .replace(/^(\d{1,9})([.)])/, '$1\\$2')
    .replace(/^[#+=-]/, '\\$&');
  return keepLeadingSpaces(escaped);
}

/** A GFM table; the first row is the header. GFM has no spans, so short rows are padded. */
function markdownTable(rows: string[][]): string {
  const width = Math.max(...rows.map((row) => row.length));
  const line = (cells: string[]): string =>
    `| ${cells.map((cell) => keepLeadingSpaces(escapeInline(cell))).join(' | ')} |`;
  const padded = rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
  const [header = [], ...body] = padded;
  return [line(header), `|${' --- |'.repeat(width)}`, ...body.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------
// .docx

/** Level columns (一级/二级指标, or the seed's title column before them) that Word merges. */
const MERGED_COLUMNS = 3;

/** Fixed metadata so that the same text always gives the same bytes. */
const DOCX_CREATOR = 'budget-lint';
const DOCX_TIMESTAMP = '2025-01-01T00:00:00Z';

/**
 * The report as .docx bytes: one Word paragraph per paragraph; tables where, in the first
 * three columns, an empty cell under a filled one is vertically merged into it (as Word keeps
 * indicator tables); a row shorter than the table has its last cell span the remaining
 * columns. The bytes depend on the text only (no timestamps).
 */
export async function toDocx(text: string): Promise<Buffer> {
  const blocks = parseTxtLayout(text);
  const title = blocks.find((block) => block.kind === 'paragraph')?.text ?? '';
  const document = new Document({
    creator: DOCX_CREATOR,
    title,
    sections: [{ children: blocks.map(wordBlock) }],
  });
  const zip = await Packer.toBuffer(document, false, [
    { path: 'docProps/core.xml', data: coreProperties(title) },
  ]);
  return withFixedZipTimestamps(zip);
}

function wordBlock(block: LayoutBlock): Paragraph | Table {
  if (block.kind === 'paragraph') return new Paragraph({ children: [new TextRun(block.text)] });
  const width = Math.max(...block.rows.map((row) => row.length));
  const merges = verticalMerges(block.rows);
  return new Table({
    rows: block.rows.map(
      (cells, rowIndex) =>
        new TableRow({
          children: cells.map((cell, column) => {
            const isLast = column === cells.length - 1;
            return new TableCell({
              children: [new Paragraph({ children: [new TextRun(cell)] })],
              columnSpan: isLast && cells.length < width ? width - column : undefined,
              verticalMerge: merges.get(`${rowIndex}:${column}`),
            });
          }),
        }),
    ),
  });
}

type VerticalMerge = (typeof VerticalMergeType)[keyof typeof VerticalMergeType];

/**
 * Which cells take part in a vertical merge, keyed `row:column`: in each of the first three
 * columns, a filled cell followed by empty cells restarts a merge that the empties continue.
 * A cell spanning columns (the last cell of a short row) takes no part and ends the run.
 */
function verticalMerges(rows: string[][]): Map<string, VerticalMerge> {
  const width = Math.max(...rows.map((row) => row.length));
  const merges = new Map<string, VerticalMerge>();
  for (let column = 0; column < MERGED_COLUMNS; column += 1) {
    let filledAbove: number | undefined;
    rows.forEach((cells, rowIndex) => {
      const spans = column === cells.length - 1 && cells.length < width;
      const cell = spans ? undefined : cells[column];
      if (cell === undefined) filledAbove = undefined;
      else if (cell !== '') filledAbove = rowIndex;
      else if (filledAbove !== undefined) {
        merges.set(`${filledAbove}:${column}`, VerticalMergeType.RESTART);
        merges.set(`${rowIndex}:${column}`, VerticalMergeType.CONTINUE);
      }
    });
  }
  return merges;
}

/** docx stamps core.xml with the current time; this one carries a fixed time instead. */
function coreProperties(title: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties' +
    ' xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>${DOCX_CREATOR}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${DOCX_TIMESTAMP}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${DOCX_TIMESTAMP}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CENTRAL_ENTRY = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** MS-DOS date 1980-01-01 (the earliest a zip can hold), time 00:00:00. */
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;

/**
 * The zip writer inside docx stamps every entry with the current time; this sets each
 * entry's modification time, in the central directory and in the local header, to a fixed
 * one. Only those two fields change, so the checksums stay valid.
 */
function withFixedZipTimestamps(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  const end = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || out.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) {
    throw new Error('docx output is not a zip file');
  }
  const entries = out.readUInt16LE(end + 10);
  let entry = out.readUInt32LE(end + 16);
  for (let n = 0; n < entries; n += 1) {
    if (out.readUInt32LE(entry) !== CENTRAL_ENTRY) throw new Error('unexpected zip layout');
    out.writeUInt16LE(DOS_TIME, entry + 12);
    out.writeUInt16LE(DOS_DATE, entry + 14);
    const local = out.readUInt32LE(entry + 42);
    out.writeUInt16LE(DOS_TIME, local + 10);
    out.writeUInt16LE(DOS_DATE, local + 12);
    entry += 46 + out.readUInt16LE(entry + 28) + out.readUInt16LE(entry + 30) + out.readUInt16LE(entry + 32);
  }
  return out;
}
