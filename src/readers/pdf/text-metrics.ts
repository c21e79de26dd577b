/**
 * What the reading of a document's flow needs to know of its pages: the running text's font
 * size, left and right edges and line spacing, and how low its tables reach.
 */
import { dominantValue, median } from './geometry.js';
import type { Fragment } from './lines.js';
import type { PageLayout } from './page-layout.js';

export function linesOf(page: PageLayout): Fragment[] {
  return page.items.flatMap((item) => (item.kind === 'line' ? [item.line] : []));
}

/** The font size most of the document's running text is set in. */
export function bodyFontSize(pages: PageLayout[]): number {
  const lines = pages.flatMap(linesOf);
  return dominantValue(lines.map((l) => l.size), lines.map((l) => l.text.length), 0.5) ?? 12;
}

/**
 * The left and right edges of a page's running text. The left is where its lines start
 * farthest left (running headers, page numbers and tables are gone by now). The right is where
 * its longest lines end: where two lines or more end together when that is near the longest
 * (justified text, leaving out a line whose punctuation hangs past the margin), else the
 * longest line's end. A page with few lines (a title page) takes the edges of all pages of its
 * width, as margins a few lines cannot show.
 */
export function textMargins(pages: PageLayout[]): (page: PageLayout) => { left: number; right: number } {
  const byWidth = new Map<number, Fragment[]>();
  for (const page of pages) {
    const key = Math.round(page.width);
    const lines = byWidth.get(key) ?? [];
    lines.push(...linesOf(page));
    byWidth.set(key, lines);
  }
  return (page) => {
    const own = linesOf(page);
    return marginsOf(own.length >= OWN_MARGIN_LINES ? own : byWidth.get(Math.round(page.width))!);
  };
}

function marginsOf(lines: Fragment[]): { left: number; right: number } {
  const longest = Math.max(...lines.map((l) => l.x1));
  const shared = sharedEdge(lines.map((l) => l.x1));
  const size = median(lines.map((l) => l.size)) ?? 12;
  return { left: Math.min(...lines.map((l) => l.x0)), right: shared !== undefined && longest - shared <= 1.5 * size ? shared : longest };
}

/** Lines a page needs to show its own margins. */
const OWN_MARGIN_LINES = 3;

/** The highest value that two values or more share, within a point. */
function sharedEdge(values: number[]): number | undefined {
  const sorted = [...values].sort((a, b) => b - a);
  for (let i = 1; i < sorted.length; i += 1) if (Math.abs(sorted[i]! - sorted[i - 1]!) <= EDGE_TOLERANCE) return sorted[i - 1];
  return undefined;
}

/** Points by which the ends of justified lines may differ. */
const EDGE_TOLERANCE = 1;

/** The usual distance between the baselines of consecutive lines on a page. */
export function linePitch(page: PageLayout): number {
  const lines = linesOf(page);
  const gaps = lines.slice(1).map((l, i) => l.baseline - lines[i]!.baseline).filter((g) => g > 0);
  const size = median(lines.map((l) => l.size)) ?? 12;
  return median(gaps.filter((g) => g < 3 * size)) ?? 1.5 * size;
}

/**
 * How low tables reach on pages of a given height: the lowest edge of any table on them. A
 * table stops there when the page is full (exports of spreadsheets and Word alike leave the
 * tables' pages their own bottom margin, often above that of the running text).
 */
export function tableFoot(pages: PageLayout[]): (page: PageLayout) => number {
  const lowest = new Map<number, number>();
  for (const page of pages) {
    const key = Math.round(page.height);
    const bottoms = page.items.flatMap((item) => (item.kind === 'table' ? [item.table.bottom] : []));
    lowest.set(key, Math.max(lowest.get(key) ?? 0, ...bottoms));
  }
  return (page) => lowest.get(Math.round(page.height)) ?? page.height;
}
