/**
 * Runs grouped into the lines a reader sees: runs on one baseline (digits set a little lower
 * than the Chinese around them still count as on it), in x order. A line broken by a wide gap
 * is several pieces (fragments): the two halves of a two-column page, say, or the label and
 * the figure of a row aligned with spaces.
 */
import { union, type Box, type Run } from './geometry.js';
import { joinRuns } from './text-join.js';

export interface Fragment extends Box {
  runs: Run[];
  text: string;
  baseline: number;
  size: number;
}

/** How far apart (in ems of the smaller font) two baselines of one line may be. */
const SAME_BASELINE = 0.4;
/** A gap this wide (in ems) splits a line into fragments. */
const FRAGMENT_GAP = 2;

/**
 * Runs grouped into lines, top to bottom, each line's runs left to right. Footnote marks set
 * small and raised above a line (superscripts) are left out: they are no part of the words or
 * figures beside them, and would otherwise split "238.22亿①元" into a line of its own.
 */
export function groupLines(runs: readonly Run[]): Run[][] {
  const sorted = [...runs].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const lines: Run[][] = [];
  let line: Run[] = [];
  let baseline = 0;
  let size = 0;
  for (const run of sorted) {
    if (line.length > 0 && run.baseline - baseline > SAME_BASELINE * Math.min(size, run.size)) {
      lines.push(line);
      line = [];
    }
    if (line.length === 0) {
      baseline = run.baseline;
      size = run.size;
    }
    line.push(run);
  }
  if (line.length > 0) lines.push(line);
  return lines.filter((l, i) => !isSuperscript(l, lines[i + 1])).map((l) => l.sort((a, b) => a.x0 - b.x0));
}

/** A line of a few small characters whose baseline is inside the next line's text: a superscript. */
function isSuperscript(line: readonly Run[], next: readonly Run[] | undefined): boolean {
  if (!next || line.reduce((n, r) => n + r.text.trim().length, 0) > 3) return false;
  const size = Math.max(...line.map((r) => r.size));
  const nextSize = Math.max(...next.map((r) => r.size));
  const baseline = line[0]!.baseline;
  const inside = next.some((r) => baseline > r.top && baseline < r.baseline && line.some((l) => l.x0 < r.x1 + r.size && l.x1 > r.x0 - r.size));
  return size <= 0.75 * nextSize && inside;
}

/** The fragments of one line (its runs in x order). */
export function fragmentsOf(line: readonly Run[]): Fragment[] {
  const fragments: Fragment[] = [];
  let current: Run[] = [];
  for (const run of line) {
    const last = current[current.length - 1];
    if (last && run.x0 - last.x1 > FRAGMENT_GAP * Math.max(run.size, last.size)) {
      fragments.push(fragmentOf(current));
      current = [];
    }
    current.push(run);
  }
  if (current.length > 0) fragments.push(fragmentOf(current));
  return fragments;
}

export function fragmentOf(runs: Run[]): Fragment {
  // The font size most of the characters are set in (not that of a figure beside them).
  const charsBySize = new Map<number, number>();
  for (const r of runs) charsBySize.set(r.size, (charsBySize.get(r.size) ?? 0) + r.text.length);
  const size = [...charsBySize].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
  const main = runs.find((r) => r.size === size)!;
  return { runs, text: joinRuns(runs), ...union(runs), baseline: main.baseline, size };
}
