/**
 * Tables drawn with rules: the rules of a page that meet form a grid; each slot of the grid
 * takes the text printed in it, and slots with no rule between them are one merged cell, its
 * text given to every slot it covers (as the .docx reader does with merged Word cells).
 *
 * Where a ruled table leaves out the rules between its rows (only the header and the outer
 * frame ruled, as many financial tables are printed), the rows are found from the text: each
 * line holding a figure is a row, and a label wrapped onto the lines around its figures
 * belongs to that row.
 */
import { clusterValues, median, overlap, union, type Box, type Ruling, type Run } from './geometry.js';
import { groupLines } from './lines.js';
import { isFigureText } from './figure-text.js';
import { joinLines, joinRuns } from './text-join.js';

/** A table rebuilt on one page. */
export interface GridTable extends Box {
  /** Column boundaries, left to right (one more than the columns). */
  columns: number[];
  rows: GridRow[];
}

export interface GridRow {
  top: number;
  bottom: number;
  slots: Slot[];
}

export interface Slot {
  text: string;
  /**
   * For a slot covered by a merged cell that starts above or to its left: that cell's slot
   * (row and column indexes in this table). Its text is that cell's.
   */
  mergedInto?: { row: number; column: number };
}

/** Rules this close (points) are one line drawn in several strokes or with some thickness. */
const SNAP = 2;
/** Collinear pieces this close are one rule. */
const JOIN = 3;
/** A boundary counts as ruled where rules cover this share of it. */
const COVERED = 0.5;
/** Bands of the grid thinner than this are the gap between double rules, not rows. */
const SLIVER = 2.5;

/** The ruled tables of a page and the runs not inside any of them. */
export function latticeTables(rulings: readonly Ruling[], runs: readonly Run[]): { tables: GridTable[]; rest: Run[] } {
  const horizontal = mergeRulings(rulings.filter((r) => r.axis === 'h'));
  const vertical = mergeRulings(rulings.filter((r) => r.axis === 'v'));
  const tables: GridTable[] = [];
  let rest = [...runs];
  for (const group of connectedGroups(horizontal, vertical)) {
    const grid = gridOf(group.h, group.v);
    if (!grid) continue;
    const inside = rest.filter((r) => contains(grid.box, r));
    const table = fillGrid(grid, inside);
    if (!table) continue;
    tables.push(table);
    const taken = new Set(inside);
    rest = rest.filter((r) => !taken.has(r));
  }
  return { tables: tables.sort((a, b) => a.top - b.top), rest };
}

/** Pieces of one rule (collinear, touching or overlapping) made one. */
function mergeRulings(rulings: readonly Ruling[]): Ruling[] {
  const sorted = [...rulings].sort((a, b) => a.at - b.at);
  const merged: Ruling[] = [];
  let band: Ruling[] = [];
  const flush = (): void => {
    const pieces = band.sort((a, b) => a.from - b.from);
    const at = pieces.reduce((sum, r) => sum + r.at, 0) / pieces.length;
    let current: Ruling | undefined;
    for (const piece of pieces) {
      if (current && piece.from <= current.to + JOIN) current.to = Math.max(current.to, piece.to);
      else {
        current = { axis: piece.axis, at, from: piece.from, to: piece.to };
        merged.push(current);
      }
    }
    band = [];
  };
  for (const ruling of sorted) {
    if (band.length > 0 && ruling.at - band[band.length - 1]!.at > SNAP) flush();
    band.push(ruling);
  }
  if (band.length > 0) flush();
  return merged;
}

interface RulingGroup {
  h: Ruling[];
  v: Ruling[];
}

/** Horizontal and vertical rules grouped by whether they meet (a table's frame and inner rules). */
function connectedGroups(horizontal: Ruling[], vertical: Ruling[]): RulingGroup[] {
  const { find, join } = disjointSets(horizontal.length + vertical.length);
  const byX = vertical.map((v, i) => ({ v, i: horizontal.length + i })).sort((a, b) => a.v.at - b.v.at);
  horizontal.forEach((h, hi) => {
    for (let k = lowerBound(byX, h.from - JOIN); k < byX.length && byX[k]!.v.at <= h.to + JOIN; k += 1) {
      const { v, i } = byX[k]!;
      if (h.at >= v.from - JOIN && h.at <= v.to + JOIN) join(hi, i);
    }
  });
  const groups = new Map<number, RulingGroup>();
  [...horizontal, ...vertical].forEach((r, i) => {
    const root = find(i);
    const group = groups.get(root) ?? { h: [], v: [] };
    (r.axis === 'h' ? group.h : group.v).push(r);
    groups.set(root, group);
  });
  return [...groups.values()].filter((g) => g.h.length > 0 && g.v.length > 0);
}

function lowerBound(sorted: { v: Ruling }[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.v.at < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

interface Grid {
  box: Box;
  xs: number[];
  ys: number[];
  h: Ruling[];
  v: Ruling[];
}

/** The grid of a group of rules, or undefined when it has fewer than two cells. */
function gridOf(h: Ruling[], v: Ruling[]): Grid | undefined {
  const box = union([
    ...h.map((r) => ({ x0: r.from, x1: r.to, top: r.at, bottom: r.at })),
    ...v.map((r) => ({ x0: r.at, x1: r.at, top: r.from, bottom: r.to })),
  ]);
  const xs = boundaries([box.x0, ...v.map((r) => r.at), box.x1]);
  const ys = boundaries([box.top, ...h.map((r) => r.at), box.bottom]);
  if ((xs.length - 1) * (ys.length - 1) < 2) return undefined;
  return { box, xs, ys, h, v };
}

function boundaries(values: number[]): number[] {
  return clusterValues(values, SLIVER);
}

function contains(box: Box, run: Run): boolean {
  const x = (run.x0 + run.x1) / 2;
  const y = (run.top + run.bottom) / 2;
  return x >= box.x0 - 1 && x <= box.x1 + 1 && y >= box.top - 1 && y <= box.bottom + 1;
}

/** Which of the bands between `edges` holds `value` (the first or last when outside). */
function bandOf(edges: readonly number[], value: number): number {
  let low = 0;
  let high = edges.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (edges[middle]! <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Share of [from, to] that rules at `at` cover. */
function coverage(rulings: readonly Ruling[], at: number, from: number, to: number): number {
  if (to <= from) return 0;
  let covered = 0;
  for (const r of rulings) if (Math.abs(r.at - at) <= SLIVER) covered += overlap(r.from, r.to, from, to);
  return covered / (to - from);
}

/** A run placed in the grid: its column, and its centre line for sorting into rows. */
interface Piece {
  run: Run;
  column: number;
  y: number;
}

/** The grid's slots filled with the runs inside it; undefined when it holds no text. */
function fillGrid(grid: Grid, runs: Run[]): GridTable | undefined {
  if (runs.length === 0) return undefined;
  const { xs } = grid;
  const pieces = runs.flatMap((run) => splitAtColumns(run, xs)).map((run) => ({
    run,
    column: bandOf(xs, (run.x0 + run.x1) / 2),
    y: (run.top + run.bottom) / 2,
  }));
  const bands = rowBands(grid, pieces);
  const columnCount = xs.length - 1;

  // Boundaries: ruled (or found from the text) above each band's slot, left of each slot.
  const ruledAbove = bands.map((band) =>
    Array.from({ length: columnCount }, (_, c) => band.ruledTop || coverage(grid.h, band.top, xs[c]!, xs[c + 1]!) >= COVERED),
  );
  const ruledLeft = bands.map((band) =>
    Array.from({ length: columnCount }, (_, c) => c === 0 || coverage(grid.v, xs[c]!, band.top, band.bottom) >= COVERED),
  );
  const owner = mergedCells(bands.length, columnCount, ruledAbove, ruledLeft);

  const rowEdges = [...bands.map((b) => b.top), bands[bands.length - 1]!.bottom];
  const runsOf = new Map<number, Run[]>();
  for (const piece of pieces) {
    const key = owner[bandOf(rowEdges, piece.y)]![piece.column]!;
    const cellRuns = runsOf.get(key);
    if (cellRuns) cellRuns.push(piece.run);
    else runsOf.set(key, [piece.run]);
  }
  const rows = bands.map((band, r) => ({
    top: band.top,
    bottom: band.bottom,
    slots: owner[r]!.map((key, c): Slot => {
      const text = cellText(runsOf.get(key) ?? []);
      if (key === r * columnCount + c) return { text };
      return { text, mergedInto: { row: Math.floor(key / columnCount), column: key % columnCount } };
    }),
  }));
  return { ...grid.box, columns: xs, rows };
}

/**
 * A run printed across a column rule holds the text of two cells (some PDFs draw a whole row
 * with one string): it is cut where the rule is, sharing its width among its characters.
 */
function splitAtColumns(run: Run, xs: readonly number[]): Run[] {
  const inner = xs.slice(1, -1).filter((x) => x > run.x0 + 0.5 * run.size && x < run.x1 - 0.5 * run.size);
  if (inner.length === 0 || run.text.length < 2) return [run];
  const chars = [...run.text];
  const weights = chars.map((ch) => (ch.charCodeAt(0) < 0x300 ? 0.5 : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const parts: Run[] = [];
  let start = 0;
  let x = run.x0;
  for (const cut of [...inner, Infinity]) {
    let end = start;
    let width = 0;
    while (end < chars.length && x + ((width + weights[end]! / 2) / total) * (run.x1 - run.x0) < cut) {
      width += weights[end]!;
      end += 1;
    }
    if (end > start) {
      const x1 = x + (width / total) * (run.x1 - run.x0);
      parts.push({ ...run, text: chars.slice(start, end).join(''), x0: x, x1 });
      x = x1;
    }
    start = end;
  }
  return parts;
}

interface Band {
  top: number;
  bottom: number;
  /** The band was cut from a taller one along a line of text, not along a rule. */
  ruledTop: boolean;
}

/** The grid's rows, with rows that have no rules between them found from the text. */
function rowBands(grid: Grid, pieces: Piece[]): Band[] {
  const bands: Band[] = [];
  for (let r = 0; r + 1 < grid.ys.length; r += 1) {
    const top = grid.ys[r]!;
    const bottom = grid.ys[r + 1]!;
    const inside = pieces.filter((p) => p.y >= top && p.y < bottom);
    const cuts = unruledRowCuts(inside);
    let edge = top;
    for (const cut of cuts) {
      bands.push({ top: edge, bottom: cut, ruledTop: edge !== top });
      edge = cut;
    }
    bands.push({ top: edge, bottom, ruledTop: edge !== top });
  }
  return bands;
}

/**
 * Where a band holds several rows with no rule between them: each line that has a figure
 * (in a column where figures stand on more than one line) is a row; a line without figures
 * close to one (a wrapped label) joins it, one farther away is a row of its own.
 */
function unruledRowCuts(pieces: Piece[]): number[] {
  if (pieces.length < 2) return [];
  const lines = lineSlots(pieces);
  if (lines.length < 2) return [];
  // The text each line holds in each column (a number may be drawn in several runs: "2024" "年").
  const figureLines = new Map<number, Set<number>>();
  lines.forEach((line, l) => {
    const columns = new Set(line.map((p) => p.column));
    for (const column of columns) {
      const runs = line.filter((p) => p.column === column).map((p) => p.run);
      if (!isFigureText(joinRuns(runs.sort((a, b) => a.x0 - b.x0)))) continue;
      figureLines.set(column, (figureLines.get(column) ?? new Set()).add(l));
    }
  });
  if (![...figureLines.values()].some((set) => set.size >= 2)) return [];
  const anchors = lines.map((_, l) => l).filter((l) => [...figureLines.values()].some((set) => set.has(l)));
  const centre = (l: number): number => median(lines[l]!.map((p) => p.y))!;
  const pitch = median(anchors.slice(1).map((a, k) => centre(a) - centre(anchors[k]!))) ?? Infinity;
  const rowOfLine = lines.map((_, l) => {
    if (anchors.includes(l)) return l;
    const nearest = anchors.reduce((best, a) => (Math.abs(centre(a) - centre(l)) < Math.abs(centre(best) - centre(l)) ? a : best));
    return Math.abs(centre(nearest) - centre(l)) <= 0.6 * pitch ? nearest : l;
  });
  const rows = [...new Set(rowOfLine)].map((row) => union(lines.flatMap((line, l) => (rowOfLine[l] === row ? line.map((p) => p.run) : []))));
  rows.sort((a, b) => a.top - b.top);
  return rows.slice(1).map((row, k) => (rows[k]!.bottom + row.top) / 2);
}

/** Pieces grouped into lines of text by their centre, top to bottom. */
function lineSlots(pieces: Piece[]): Piece[][] {
  const sorted = [...pieces].sort((a, b) => a.y - b.y);
  const lines: Piece[][] = [];
  for (const piece of sorted) {
    const line = lines[lines.length - 1];
    const first = line?.[0];
    if (first && piece.y - first.y <= 0.5 * Math.min(first.run.size, piece.run.size)) line.push(piece);
    else lines.push([piece]);
  }
  return lines;
}

/**
 * For each slot, the key (row × columns + column) of the cell it belongs to: slots with no
 * rule between them are one cell, keyed by its top-left slot.
 */
function mergedCells(rowCount: number, columnCount: number, ruledAbove: boolean[][], ruledLeft: boolean[][]): number[][] {
  const { find, join } = disjointSets(rowCount * columnCount);
  for (let r = 0; r < rowCount; r += 1) {
    for (let c = 0; c < columnCount; c += 1) {
      const key = r * columnCount + c;
      if (c > 0 && !ruledLeft[r]![c]) join(key, key - 1);
      if (r > 0 && !ruledAbove[r]![c]) join(key, key - columnCount);
    }
  }
  return Array.from({ length: rowCount }, (_, r) => Array.from({ length: columnCount }, (_, c) => find(r * columnCount + c)));
}

/**
 * Sets of the numbers 0 … size − 1, joined two at a time; each set is known by its smallest
 * member (for merged slots, the top-left one).
 */
function disjointSets(size: number): { find: (i: number) => number; join: (a: number, b: number) => void } {
  const parent = Array.from({ length: size }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const join = (a: number, b: number): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  return { find, join };
}

/** A cell's text: its lines top to bottom, each left to right. */
function cellText(runs: Run[]): string {
  return joinLines(groupLines(runs).map((line) => joinRuns(line)));
}
