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
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  TableLayoutType,
  VerticalMergeType,
  WidthType,
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
/** Only indicator tables merge them; in amount tables (部门决算 tables) an empty cell is empty. */
const LEVEL_HEADER = /[一二三]级指标/;

/** Fixed metadata so that the same text always gives the same bytes. */
const DOCX_CREATOR = 'budget-lint';
const DOCX_TIMESTAMP = '2025-01-01T00:00:00Z';

/**
 * The report as .docx bytes: one Word paragraph per paragraph; tables where, in the first
 * three columns of an indicator table, an empty cell under a filled one is vertically merged
 * into it (as Word keeps indicator tables); a row shorter than the table has its last cell
 * span the remaining columns. The bytes depend on the text only (no timestamps).
 */
export async function toDocx(text: string): Promise<Buffer> {
  const blocks = parseTxtLayout(text);
  const title = blocks.find((block) => block.kind === 'paragraph')?.text ?? '';
  const captions = tableCaptions(blocks);
  const document = new Document({
    creator: DOCX_CREATOR,
    title,
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children: blocks.map((block, i) => wordBlock(block, captions.get(i))) }],
  });
  const zip = await Packer.toBuffer(document, false, [
    { path: 'docProps/core.xml', data: coreProperties(title) },
  ]);
  return withFixedZipTimestamps(zip);
}

type Caption = 'title' | 'unit';

/**
 * The paragraphs right above each table that caption it: its unit line ("单位：万元") and the
 * title ("收入决算表") above that, by block index.
 */
function tableCaptions(blocks: LayoutBlock[]): Map<number, Caption> {
  const captions = new Map<number, Caption>();
  blocks.forEach((block, i) => {
    if (block.kind !== 'table') return;
    let at = i - 1;
    const isUnit = (b: LayoutBlock | undefined) => b?.kind === 'paragraph' && /^单位[:：]/.test(b.text.trim());
    if (isUnit(blocks[at])) captions.set(at--, 'unit');
    const title = blocks[at];
    if (title?.kind === 'paragraph' && /表$/.test(title.text.trim())) captions.set(at, 'title');
  });
  return captions;
}

/**
 * Body text is set with the first line indented two characters, as Chinese reports are; a
 * table's title is centred in bold, its unit line set to the right.
 */
function wordParagraph(text: string, caption: Caption | undefined): Paragraph {
  if (caption === 'title') return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: true, size: TITLE_HALF_POINTS })] });
  if (caption === 'unit') return new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(text)] });
  return new Paragraph({ indent: { firstLine: FIRST_LINE_INDENT }, children: [new TextRun(text)] });
}

function wordBlock(block: LayoutBlock, caption: Caption | undefined): Paragraph | Table {
  if (block.kind === 'paragraph') return wordParagraph(block.text, caption);
  const width = Math.max(...block.rows.map((row) => row.length));
  const merges = verticalMerges(block.rows);
  const columnWidths = sizedColumns(block.rows, width);
  return new Table({
    ...(columnWidths && { columnWidths, layout: TableLayoutType.FIXED, width: { size: sum(columnWidths), type: WidthType.DXA } }),
    rows: block.rows.map(
      (cells, rowIndex) =>
        new TableRow({
          children: cells.map((cell, column) => {
            const isLast = column === cells.length - 1;
            return new TableCell({
              children: [new Paragraph({ children: [new TextRun(columnWidths ? { text: cell, size: TABLE_FONT_HALF_POINTS } : cell)] })],
              columnSpan: isLast && cells.length < width ? width - column : undefined,
              verticalMerge: merges.get(`${rowIndex}:${column}`),
            });
          }),
        }),
    ),
  });
}

/** Two characters of Word's default 10.5 pt (五号), in twips. */
const FIRST_LINE_INDENT = 420;
/** Table titles in 14 pt (四号). */
const TITLE_HALF_POINTS = 28;
/** Tables with figures are set in 8 pt, as published 部门决算 tables are, sized to their text. */
const TABLE_FONT_HALF_POINTS = 16;
/** Twips an 8 pt character takes, with room to spare: Chinese a full em, digits and Latin 0.6 em. */
const WIDE_CHAR = 170;
const NARROW_CHAR = 100;
/** A4 landscape (as the tables of a 部门决算 are printed) less Word's default margins, and a cell's padding, in twips. */
const PAGE_TEXT_WIDTH = 13958;
const CELL_PADDING = 2 * 108 + 40;
/** Labels longer than this wrap in their cell; figures never do. */
const LABEL_WIDTH = 6 * WIDE_CHAR;
const FIGURE = /^[-−\d,.%％≥≤<>＞＜]+$/;

function textWidth(text: string): number {
  return [...text].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x2000 ? NARROW_CHAR : WIDE_CHAR), 0);
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/**
 * Column widths (twips) that give every figure its one line, as a publisher sizes a table of
 * amounts, so a PDF printed from the .docx does not break "4,013.56" over two lines; header
 * rows (rows without figures) wrap instead. Tables without figures keep Word's even columns.
 */
function sizedColumns(rows: string[][], width: number): number[] | undefined {
  const dataRows = rows.filter((cells) => cells.some((cell) => FIGURE.test(cell.trim())));
  if (dataRows.length === 0) return undefined;
  const needs = Array.from({ length: width }, (_, column) =>
    Math.max(
      4 * NARROW_CHAR,
      ...dataRows.map((cells) => {
        const text = cells.length < width && column === cells.length - 1 ? '' : (cells[column] ?? '').trim();
        return FIGURE.test(text) ? textWidth(text) : Math.min(textWidth(text), LABEL_WIDTH);
      }),
    ) + CELL_PADDING,
  );
  const scale = Math.min(1, PAGE_TEXT_WIDTH / sum(needs));
  return needs.map((need) => Math.floor(need * scale));
}

type VerticalMerge = (typeof VerticalMergeType)[keyof typeof VerticalMergeType];

/**
 * Which cells take part in a vertical merge, keyed `row:column`: in each of the first three
 * columns of an indicator table, a filled cell followed by empty cells restarts a merge that
 * the empties continue.
 * A cell spanning columns (the last cell of a short row) takes no part and ends the run.
 */
function verticalMerges(rows: string[][]): Map<string, VerticalMerge> {
  const width = Math.max(...rows.map((row) => row.length));
  const merges = new Map<string, VerticalMerge>();
  if (!rows.some((cells) => cells.some((cell) => LEVEL_HEADER.test(cell)))) return merges;
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
