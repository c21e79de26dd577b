/**
 * The lines of a page's running text in the order a reader reads them. A page set in two
 * columns (a gutter down the middle that no line crosses) is read column by column between
 * the full-width lines above and below; otherwise top to bottom. Fragments of one line within
 * a column are joined with a space (a name set apart from its title, say).
 */
import { median, overlap, union } from './geometry.js';
import { fragmentOf, type Fragment } from './lines.js';

/** The narrowest gutter (in points) that makes a page two columns. */
const MIN_GUTTER = 12;
/** Lines on each side of the gutter needed to call it one. */
const MIN_COLUMN_LINES = 5;
/** Share of lines that may cross the gutter (titles over both columns). */
const CROSSING_SHARE = 0.1;

/** Lines (each a fragment joining the pieces of one line in one column), in reading order. */
export function readingOrder(lines: Fragment[][], pageWidth: number): Fragment[] {
  const fragments = lines.flat();
  const gutter = findGutter(fragments, pageWidth);
  if (!gutter) return lines.map(joinFragments);
  const ordered: Fragment[] = [];
  let left: Fragment[][] = [];
  let right: Fragment[][] = [];
  const flushColumns = (): void => {
    ordered.push(...left.map(joinFragments), ...right.map(joinFragments));
    left = [];
    right = [];
  };
  for (const line of lines) {
    if (line.some((f) => f.x0 < gutter.x1 && f.x1 > gutter.x0)) {
      flushColumns();
      ordered.push(joinFragments(line));
      continue;
    }
    const l = line.filter((f) => f.x1 <= gutter.x0);
    const r = line.filter((f) => f.x0 >= gutter.x1);
    if (l.length > 0) left.push(l);
    if (r.length > 0) right.push(r);
  }
  flushColumns();
  return ordered;
}

function joinFragments(line: Fragment[]): Fragment {
  if (line.length === 1) return line[0]!;
  const joined = fragmentOf(line.flatMap((f) => f.runs));
  return { ...joined, text: line.map((f) => f.text).join(' ') };
}

/**
 * A vertical strip in the middle of the page that (almost) no line crosses, with lines of text
 * on both sides of it that sit beside each other down the page. A title over both columns
 * crosses it: it is read where it stands.
 */
function findGutter(fragments: readonly Fragment[], pageWidth: number): { x0: number; x1: number } | undefined {
  if (fragments.length < 2 * MIN_COLUMN_LINES) return undefined;
  const allowed = Math.floor(CROSSING_SHARE * fragments.length);
  let best: { x0: number; x1: number } | undefined;
  let start: number | undefined;
  for (let x = Math.ceil(0.3 * pageWidth); x <= Math.floor(0.7 * pageWidth) + 1; x += 1) {
    const free = x <= 0.7 * pageWidth && fragments.filter((f) => f.x0 < x && f.x1 > x).length <= allowed;
    if (free && start === undefined) start = x;
    if (!free && start !== undefined) {
      if (!best || x - 1 - start > best.x1 - best.x0) best = { x0: start, x1: x - 1 };
      start = undefined;
    }
  }
  if (!best || best.x1 - best.x0 < MIN_GUTTER) return undefined;
  const { x0, x1 } = best;
  const left = fragments.filter((f) => f.x1 <= x0);
  const right = fragments.filter((f) => f.x0 >= x1);
  if (left.length < MIN_COLUMN_LINES || right.length < MIN_COLUMN_LINES) return undefined;
  // Columns of running text, not a label column beside a figure column.
  const width = (f: Fragment): number => f.x1 - f.x0;
  if ((median(left.map(width)) ?? 0) < 0.25 * pageWidth || (median(right.map(width)) ?? 0) < 0.25 * pageWidth) return undefined;
  // The two sides must run beside each other down the page.
  const l = union(left);
  const r = union(right);
  if (overlap(l.top, l.bottom, r.top, r.bottom) < 0.5 * Math.min(l.bottom - l.top, r.bottom - r.top)) return undefined;
  return best;
}
