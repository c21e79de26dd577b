/**
 * Tables printed without rules, their columns kept apart only by white space: consecutive
 * lines each split by wide gaps into pieces that stand in the same columns, with figures in
 * one of them. Columns are the strips of the page that no piece of these lines crosses; each
 * line is a row. A line of one piece in the first column (a label without figures, "其中：")
 * inside such a run is a row too.
 */
import type { GridTable } from './lattice.js';
import type { Fragment } from './lines.js';
import { isFigureText } from './figure-text.js';

/** Fewer rows than this is not a table (a name and a date side by side, say). */
const MIN_ROWS = 3;
/** A column gap narrower than this (points) is a word space. */
const MIN_GAP = 6;

export interface StreamResult {
  tables: GridTable[];
  /** The lines left to the running text, in their order. */
  rest: Fragment[][];
}

/** The unruled tables among a page's lines (each a list of fragments), and the other lines. */
export function streamTables(lines: Fragment[][]): StreamResult {
  const tables: GridTable[] = [];
  const rest: Fragment[][] = [];
  let i = 0;
  while (i < lines.length) {
    const run = tableRun(lines, i);
    const table = run > 0 ? gridOf(lines.slice(i, i + run)) : undefined;
    if (table) {
      tables.push(table);
      i += run;
    } else {
      rest.push(lines[i]!);
      i += 1;
    }
  }
  return { tables, rest };
}

/** How many lines from `start` on could form a table (0 when the line starts none). */
function tableRun(lines: Fragment[][], start: number): number {
  if ((lines[start]?.length ?? 0) < 2) return 0;
  let end = start + 1;
  let left = lines[start]![0]!.x0;
  while (end < lines.length) {
    const line = lines[end]!;
    const labelOnly = line.length === 1 && Math.abs(line[0]!.x0 - left) <= 2 * line[0]!.size && (lines[end + 1]?.length ?? 0) >= 2;
    if (line.length < 2 && !labelOnly) break;
    left = Math.min(left, line[0]!.x0);
    end += 1;
  }
  return end - start >= MIN_ROWS ? end - start : 0;
}

/** The run of lines as a table, or undefined when its pieces do not stand in columns with figures. */
function gridOf(lines: Fragment[][]): GridTable | undefined {
  const pieces = lines.flat();
  const gaps = freeStrips(pieces);
  if (gaps.length === 0) return undefined;
  const xs = [Math.min(...pieces.map((p) => p.x0)), ...gaps.map(([a, b]) => (a + b) / 2), Math.max(...pieces.map((p) => p.x1))];
  const columnOf = (f: Fragment): number => xs.findIndex((x, c) => c > 0 && (f.x0 + f.x1) / 2 < x) - 1;
  const rows = lines.map((line) => {
    const texts: string[] = Array.from({ length: xs.length - 1 }, () => '');
    for (const f of line) {
      const c = Math.max(0, columnOf(f));
      texts[c] = texts[c] ? `${texts[c]} ${f.text}` : f.text;
    }
    return { top: Math.min(...line.map((f) => f.top)), bottom: Math.max(...line.map((f) => f.bottom)), slots: texts.map((text) => ({ text })) };
  });
  if (!hasFigureColumn(rows.map((r) => r.slots.map((s) => s.text)))) return undefined;
  return { x0: xs[0]!, x1: xs[xs.length - 1]!, top: rows[0]!.top, bottom: rows[rows.length - 1]!.bottom, columns: xs, rows };
}

/** The x strips, between the leftmost and rightmost piece, that no piece covers. */
function freeStrips(pieces: Fragment[]): [number, number][] {
  const sorted = [...pieces].sort((a, b) => a.x0 - b.x0);
  const strips: [number, number][] = [];
  let reach = sorted[0]?.x1 ?? 0;
  for (const piece of sorted.slice(1)) {
    if (piece.x0 - reach >= MIN_GAP) strips.push([reach, piece.x0]);
    reach = Math.max(reach, piece.x1);
  }
  return strips;
}

/** Some column other than the first holds figures in most rows. */
function hasFigureColumn(rows: string[][]): boolean {
  const columns = rows[0]?.length ?? 0;
  for (let c = 1; c < columns; c += 1) {
    const figures = rows.filter((row) => isFigureText(row[c] ?? '')).length;
    if (figures >= Math.max(2, Math.ceil(0.5 * rows.length))) return true;
  }
  return false;
}
