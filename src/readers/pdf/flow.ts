/**
 * The pages, laid out, read on as one document: lines joined into paragraphs (also over page
 * breaks), tables continued over pages made one, each block given its place (its page).
 */
import type { Block, Cell, Paragraph, Table } from '../../model/document.js';
import { appendRows, sameColumns } from './continued-tables.js';
import { median } from './geometry.js';
import type { GridTable } from './lattice.js';
import type { PageItem, PageLayout } from './page-layout.js';
import { paragraphsOf, type PageLine } from './paragraphs.js';
import { bodyFontSize, tableFoot, linePitch, textMargins } from './text-metrics.js';

/** Lines right above a table that may caption it: its title, its number, its unit. */
const CAPTION_LINES = 3;
/** Points of slack in where a table reaching the foot of its page ends. */
const FOOT_TOLERANCE = 1.5;

/**
 * The table being built: the column rules of its last part, the lines captioning it, and
 * whether that part reached the foot of its page (a table goes on over a page only when the
 * page had no room for its next row; one that stops higher up ends there).
 */
interface OpenTable {
  table: Table;
  columns: number[];
  caption: string[];
  reachesFoot: boolean;
}

/** The blocks of the document, and each merged copy of a cell with the cell it copies. */
export function documentFlow(pages: PageLayout[]): { blocks: Block[]; copies: Map<Cell, Cell> } {
  const blocks: Block[] = [];
  const copies = new Map<Cell, Cell>();
  const bodySize = bodyFontSize(pages);
  const margins = textMargins(pages);
  const foot = tableFoot(pages);
  let lines: PageLine[] = [];
  let paragraphs = 0;
  let tables = 0;
  let open: OpenTable | undefined;
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
    const firstTable = page.items.findIndex((item) => item.kind === 'table');
    // A table continued on this page, under the same title and unit line repeated (or nothing).
    const resumes = open !== undefined && firstTable >= 0 && repeatsCaption(page.items.slice(0, firstTable), open.caption);
    page.items.forEach((item, i) => {
      if (item.kind === 'line') {
        if (resumes && i < firstTable) return;
        lines.push({ ...item.line, page: page.number, ...pageMargins, pitch });
        return;
      }
      const continued = open !== undefined && open.reachesFoot && resumes && i === firstTable && sameColumns(open.columns, item.table.columns);
      if (!continued) {
        const caption = lines.filter((l) => l.page === page.number).slice(-CAPTION_LINES).map((l) => l.text);
        flushLines();
        tables += 1;
        open = { table: { kind: 'table', table: tables, rows: [] }, columns: [], caption, reachesFoot: false };
        blocks.push(open.table);
      }
      appendRows(open!.table, item.table, page.number, copies, continued);
      open!.columns = item.table.columns;
      open!.reachesFoot = reachesFoot(item.table, foot(page));
    });
    // A table ending the page may go on at the top of the next one; anything else ends it.
    if (page.items[page.items.length - 1]?.kind !== 'table') open = undefined;
  }
  flushLines();
  return { blocks, copies };
}

/** A table ends near the foot of its page when no more than a row or two would fit below it. */
function reachesFoot(table: GridTable, foot: number): boolean {
  const heights = table.rows.map((row) => row.bottom - row.top);
  const room = Math.max(2 * (median(heights) ?? 0), ...heights) + FOOT_TOLERANCE;
  return table.bottom >= foot - room;
}

/**
 * The lines above a table at the top of a page repeat the caption of the table that ended the
 * page before (nothing at all, the same lines, or those lines marked 续 "continued").
 */
function repeatsCaption(items: PageItem[], caption: readonly string[]): boolean {
  return items.every((item) => item.kind === 'line' && (caption.includes(item.line.text) || CONTINUED.test(item.line.text)));
}

/** "续表", "表四（续）", "续上表". */
const CONTINUED = /^(?:续表|续上表)|[（(]续[）)]$/;
