/**
 * One page laid out as a reader sees it: its tables (ruled, or aligned in columns without
 * rules), and the lines of its running text in reading order, tables and lines in the order
 * they come down the page.
 */
import type { PageContent } from './geometry.js';
import { latticeTables, type GridTable } from './lattice.js';
import { fragmentsOf, groupLines, type Fragment } from './lines.js';
import { readingOrder } from './reading-order.js';
import { streamTables } from './stream.js';

export type PageItem = { kind: 'table'; table: GridTable } | { kind: 'line'; line: Fragment };

export interface PageLayout {
  number: number;
  width: number;
  height: number;
  items: PageItem[];
  /** Characters the page draws that map to no Unicode character. */
  unmapped: number;
}

export function layoutPage(page: PageContent): PageLayout {
  const ruled = latticeTables(page.rulings, page.runs);
  const aligned = streamTables(groupLines(ruled.rest).map(fragmentsOf));
  const lines = readingOrder(aligned.rest, page.width);
  const items: PageItem[] = lines.map((line) => ({ kind: 'line', line }));
  for (const table of [...ruled.tables, ...aligned.tables].sort((a, b) => a.top - b.top)) {
    const before = items.findIndex((item) => item.kind === 'line' && item.line.top >= table.top);
    items.splice(before < 0 ? items.length : before, 0, { kind: 'table', table });
  }
  return { number: page.number, width: page.width, height: page.height, items, unmapped: page.unmapped };
}
