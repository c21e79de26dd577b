/**
 * The PDF reader: the text layer of each page, as a reader of the printed report reads it.
 *
 * - Ruled tables are rebuilt cell by cell (lattice.ts); a table that runs on over pages is
 *   one table, its repeated header rows dropped.
 * - The rest of the page is running text: lines in reading order (reading-order.ts), without
 *   the running headers, footers and page numbers (margins.ts), joined into paragraphs
 *   (paragraphs.ts), also over page breaks.
 * - Locations: every paragraph and cell knows its page; line and column refer to the
 *   plain-text rendering (`--print-text`).
 *
 * A PDF without a text layer (a scan), a password-protected or a damaged one gets a ReadError
 * saying so.
 */
import type { Block, Cell, Document, Paragraph, Table } from '../../model/document.js';
import { locateInRendering } from '../../model/render-text.js';
import { readError } from '../errors.js';
import { dominantValue, median } from './geometry.js';
import type { GridTable } from './lattice.js';
import type { Fragment } from './lines.js';
import { runningLines } from './margins.js';
import { layoutPage, type PageLayout } from './page-layout.js';
import { paragraphsOf, type PageLine } from './paragraphs.js';
import { openPdf, PdfOpenError, type OpenPdf } from './pdfjs.js';

export async function readPdf(bytes: Buffer, filePath: string): Promise<Document> {
  let pdf: OpenPdf;
  try {
    pdf = await openPdf(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    if (error instanceof PdfOpenError) throw readError(error.failure === 'encrypted' ? 'encrypted-pdf' : 'corrupt-pdf', filePath);
    throw error;
  }
  const pages: PageLayout[] = [];
  try {
    for (let n = 1; n <= pdf.pageCount; n += 1) pages.push(layoutPage(await pdf.page(n)));
  } finally {
    await pdf.close();
  }
  if (pages.every((page) => page.items.length === 0)) {
    const unmapped = pages.some((page) => page.unmapped > 0);
    throw readError('scanned-pdf', filePath, { pages: pages.length, unmappedText: unmapped });
  }
  const { blocks, copies } = assemble(withoutRunningLines(pages));
  const rendering = locateInRendering(blocks, copies);
  return { path: filePath, format: 'pdf', blocks, rendering };
}

function withoutRunningLines(pages: PageLayout[]): PageLayout[] {
  const running = runningLines(
    pages.map((page) => ({ height: page.height, lines: page.items.flatMap((item) => (item.kind === 'line' ? [item.line] : [])) })),
  );
  return pages.map((page) => ({ ...page, items: page.items.filter((item) => item.kind !== 'line' || !running.has(item.line)) }));
}

/** The pages' tables and lines as the document's blocks, with their places. */
function assemble(pages: PageLayout[]): { blocks: Block[]; copies: Map<Cell, Cell> } {
  const blocks: Block[] = [];
  const copies = new Map<Cell, Cell>();
  const bodySize = bodyFontSize(pages);
  const margins = textMargins(pages);
  let lines: PageLine[] = [];
  let paragraphs = 0;
  let tables = 0;
  /** The table being built, with the column rules of its last part. */
  let open: { table: Table; columns: number[] } | undefined;
  const flushLines = (): void => {
    for (const p of paragraphsOf(lines, bodySize)) {
      paragraphs += 1;
      const paragraph: Paragraph = { kind: 'paragraph', heading: p.heading, text: p.text, segments: [], place: { paragraph: paragraphs, page: p.page } };
      blocks.push(paragraph);
    }
    lines = [];
  };

  for (const page of pages) {
    const pitch = linePitch(page);
    const pageMargins = margins(page);
    page.items.forEach((item, i) => {
      if (item.kind === 'line') {
        lines.push({ ...item.line, page: page.number, ...pageMargins, pitch });
        open = undefined;
        return;
      }
      const continues = open !== undefined && i === 0 && sameColumns(open.columns, item.table.columns);
      if (!open || !continues) {
        flushLines();
        tables += 1;
        open = { table: { kind: 'table', table: tables, rows: [] }, columns: item.table.columns };
        blocks.push(open.table);
      }
      appendRows(open.table, item.table, page.number, copies, continues);
      open.columns = item.table.columns;
    });
    // A table ending the page may go on at the top of the next one; anything else ends it.
    if (page.items[page.items.length - 1]?.kind !== 'table') open = undefined;
  }
  flushLines();
  return { blocks, copies };
}

/** The rows of a page's table added to the document's table, its cells placed and merged copies noted. */
function appendRows(table: Table, grid: GridTable, page: number, copies: Map<Cell, Cell>, continues: boolean): void {
  const first = table.rows.length;
  const skip = continues ? repeatedHeaderRows(table, grid) : 0;
  grid.rows.slice(skip).forEach((row, r) => {
    const rowNumber = first + r + 1;
    table.rows.push(
      row.slots.map((slot, c) => ({
        kind: 'cell',
        text: slot.text,
        segments: [],
        place: { table: table.table, row: rowNumber, column: c + 1, page },
        merged: slot.mergedInto !== undefined,
      })),
    );
  });
  grid.rows.slice(skip).forEach((row, r) => {
    row.slots.forEach((slot, c) => {
      if (!slot.mergedInto || slot.mergedInto.row < skip) return;
      const original = table.rows[first + slot.mergedInto.row - skip]?.[slot.mergedInto.column];
      if (original) copies.set(table.rows[first + r]![c]!, original);
    });
  });
}

/**
 * A table at the top of a page goes on from the one that ended the page before when its
 * column rules stand where that one's did.
 */
function sameColumns(before: readonly number[], after: readonly number[]): boolean {
  return before.length === after.length && before.every((x, i) => Math.abs(x - after[i]!) <= COLUMN_TOLERANCE);
}

/** Points by which a continued table's column rules may differ from the page before. */
const COLUMN_TOLERANCE = 4;

/**
 * Rows at the top of a continued table that are not rows of their own: those repeating the
 * table's first rows (its header), and an empty slice of a row the page break cut in two.
 */
function repeatedHeaderRows(table: Table, grid: GridTable): number {
  let n = 0;
  while (n < grid.rows.length && n < table.rows.length) {
    const texts = grid.rows[n]!.slots.map((s) => s.text);
    const earlier = table.rows[n]!.map((c) => c.text);
    if (texts.every((t) => t === '') || texts.some((t, i) => t !== earlier[i])) break;
    n += 1;
  }
  while (n < grid.rows.length && grid.rows[n]!.slots.every((s) => s.text === '')) n += 1;
  return n;
}

/** The font size most of the document's running text is set in. */
function bodyFontSize(pages: PageLayout[]): number {
  const lines = pages.flatMap((p) => p.items.flatMap((item) => (item.kind === 'line' ? [item.line] : [])));
  return dominantValue(lines.map((l) => l.size), lines.map((l) => l.text.length), 0.5) ?? 12;
}

/**
 * The left and right edges of a page's running text. Justified lines all end at the right
 * margin and continued lines all start at the left one, so each is where two lines or more
 * meet it farthest out. A page whose lines share no edge (a title page) takes the edges of
 * all pages of its width.
 */
function textMargins(pages: PageLayout[]): (page: PageLayout) => { left: number; right: number } {
  const linesOf = (page: PageLayout): Fragment[] => page.items.flatMap((item) => (item.kind === 'line' ? [item.line] : []));
  const byWidth = new Map<number, Fragment[]>();
  for (const page of pages) {
    const key = Math.round(page.width);
    byWidth.set(key, [...(byWidth.get(key) ?? []), ...linesOf(page)]);
  }
  return (page) => {
    const own = linesOf(page);
    const all = byWidth.get(Math.round(page.width)) ?? own;
    const left = sharedEdge(own.map((l) => l.x0), 'lowest') ?? sharedEdge(all.map((l) => l.x0), 'lowest') ?? 0;
    const right = sharedEdge(own.map((l) => l.x1), 'highest') ?? sharedEdge(all.map((l) => l.x1), 'highest') ?? page.width;
    return { left, right };
  };
}

/** The lowest (or highest) value that two values or more share, within a point. */
function sharedEdge(values: number[], side: 'lowest' | 'highest'): number | undefined {
  const sorted = [...values].sort((a, b) => (side === 'lowest' ? a - b : b - a));
  for (let i = 1; i < sorted.length; i += 1) if (Math.abs(sorted[i]! - sorted[i - 1]!) <= EDGE_TOLERANCE) return sorted[i - 1];
  return undefined;
}

/** Points by which the ends of justified lines may differ. */
const EDGE_TOLERANCE = 1;

/** The usual distance between the baselines of consecutive lines on a page. */
function linePitch(page: PageLayout): number {
  const lines = page.items.flatMap((item) => (item.kind === 'line' ? [item.line] : []));
  const gaps = lines.slice(1).map((l, i) => l.baseline - lines[i]!.baseline).filter((g) => g > 0);
  const size = median(lines.map((l) => l.size)) ?? 12;
  return median(gaps.filter((g) => g < 3 * size)) ?? 1.5 * size;
}
