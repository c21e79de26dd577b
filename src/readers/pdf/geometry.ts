/**
 * What the PDF reader knows of a page: the runs of text it draws and the straight rules
 * (table borders) it strokes or fills, in page space: points, x to the right, y downwards
 * from the top of the page as printed (rotation applied).
 */

/** Text drawn in one go on one baseline: a piece of a line, a cell, a number. */
export interface Run {
  text: string;
  x0: number;
  x1: number;
  /** Top and bottom of the glyph box (font size above and below the baseline, roughly). */
  top: number;
  bottom: number;
  baseline: number;
  /** Font size in points. */
  size: number;
}

/** A horizontal (`y` fixed) or vertical (`x` fixed) rule from `from` to `to`. */
export interface Ruling {
  axis: 'h' | 'v';
  /** y of a horizontal rule, x of a vertical one. */
  at: number;
  from: number;
  to: number;
}

export interface PageContent {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  runs: Run[];
  rulings: Ruling[];
  /** Characters drawn with fonts that map them to no Unicode character (left out of the runs). */
  unmapped: number;
}

export interface Box {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

/** Length of the overlap of [a0, a1] and [b0, b1] (0 when they do not meet). */
export function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/** The smallest box holding all `boxes` (which must not be empty). */
export function union(boxes: readonly Box[]): Box {
  let x0 = Infinity;
  let x1 = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x0);
    x1 = Math.max(x1, b.x1);
    top = Math.min(top, b.top);
    bottom = Math.max(bottom, b.bottom);
  }
  return { x0, x1, top, bottom };
}

/**
 * Sorted values grouped where consecutive values lie within `tolerance`; each group is
 * represented by its mean. Used to snap the many drawn copies of one border to one line.
 */
export function clusterValues(values: readonly number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const centres: number[] = [];
  let sum = 0;
  let count = 0;
  let last = -Infinity;
  for (const v of sorted) {
    if (count > 0 && v - last > tolerance) {
      centres.push(sum / count);
      sum = 0;
      count = 0;
    }
    sum += v;
    count += 1;
    last = v;
  }
  if (count > 0) centres.push(sum / count);
  return centres;
}

/** The most common value of `values` weighted by `weight`, after rounding to `step`. */
export function dominantValue(values: readonly number[], weights: readonly number[], step: number): number | undefined {
  const tally = new Map<number, number>();
  values.forEach((v, i) => {
    const key = Math.round(v / step) * step;
    tally.set(key, (tally.get(key) ?? 0) + (weights[i] ?? 1));
  });
  let best: number | undefined;
  let bestWeight = -1;
  for (const [key, w] of tally) {
    if (w > bestWeight) {
      best = key;
      bestWeight = w;
    }
  }
  return best;
}

/** The median of `values` (undefined for none). */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
