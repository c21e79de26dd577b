/**
 * The straight rules a page draws, read from its operator list: table borders stroked as
 * lines or rectangles, or filled as thin rectangles (as Excel and WPS export them). Curves,
 * diagonal lines, clipping paths, invisible (white) rules, shading and dots are left out.
 *
 * The operator list is pdf.js's (`page.getOperatorList()`): in version 4 a `constructPath`
 * holds the path's sub-operators and coordinates, and the painting operator follows it.
 * Coordinates are in user space; the current transformation matrix (cm, q/Q, form
 * XObjects) is tracked here and composed with the viewport's, so rules come out in the
 * same page space as the text.
 */
import type { Ruling } from './geometry.js';

/** An affine matrix [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = readonly [number, number, number, number, number, number];

/** The operator codes that scope the graphics state (pdf.js's `OPS`). */
export interface StateCodes {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
}

/** The operator codes used here (pdf.js's `OPS`). */
export interface OperatorCodes extends StateCodes {
  constructPath: number;
  moveTo: number;
  lineTo: number;
  curveTo: number;
  curveTo2: number;
  curveTo3: number;
  closePath: number;
  rectangle: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  setStrokeRGBColor: number;
  setFillRGBColor: number;
}

export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

/** Rules thinner than this (points) when filled are lines; a filled box thicker is shading. */
const MAX_RULE_THICKNESS = 3;
/** How far from horizontal or vertical (points over the length) a stroked line may lean. */
const MAX_LEAN = 0.5;
/** Shorter strokes are ticks, dots or hatching, not rules. */
const MIN_RULE_LENGTH = 2;

export function compose(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/**
 * Follows the graphics state through q/Q, cm and form XObjects (which save the state and set
 * their own matrix): the state after `fn` when it is one of those, undefined for any other
 * operator. `stack` holds the saved states.
 */
export function followState<S extends { ctm: Matrix }>(fn: number | undefined, args: unknown[] | null, codes: StateCodes, stack: S[], state: S): S | undefined {
  if (fn === codes.save) {
    stack.push({ ...state });
    return state;
  }
  if (fn === codes.restore || fn === codes.paintFormXObjectEnd) return stack.pop() ?? state;
  if (fn === codes.transform) return { ...state, ctm: compose(state.ctm, args as unknown as Matrix) };
  if (fn === codes.paintFormXObjectBegin) {
    stack.push({ ...state });
    const matrix = args?.[0] as Matrix | null | undefined;
    return matrix ? { ...state, ctm: compose(state.ctm, matrix) } : state;
  }
  return undefined;
}

interface GraphicsState {
  ctm: Matrix;
  strokeVisible: boolean;
  fillVisible: boolean;
}

/** A path as painted: its straight edges in page space and its axis-aligned rectangles. */
interface Path {
  edges: [number, number, number, number][];
  boxes: { x0: number; y0: number; x1: number; y1: number }[];
}

/** The rules painted by `ops`, in the page space that `viewport` maps user space into. */
export function rulingsOf(ops: OperatorList, codes: OperatorCodes, viewport: Matrix): Ruling[] {
  const rulings: Ruling[] = [];
  const stack: GraphicsState[] = [];
  let state: GraphicsState = { ctm: viewport, strokeVisible: true, fillVisible: true };
  let path: Path | undefined;

  for (let i = 0; i < ops.fnArray.length; i += 1) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[] | null;
    const next = followState(fn, args, codes, stack, state);
    if (next) state = next;
    else if (fn === codes.setStrokeRGBColor) state.strokeVisible = !isWhite(args);
    else if (fn === codes.setFillRGBColor) state.fillVisible = !isWhite(args);
    else if (fn === codes.constructPath) path = appendPath(path, args, codes, state.ctm);
    else if (path) {
      const strokes = fn === codes.stroke || fn === codes.closeStroke || isFillStroke(fn, codes);
      const fills = fn === codes.fill || fn === codes.eoFill || isFillStroke(fn, codes);
      if (strokes && state.strokeVisible) rulings.push(...strokedRules(path));
      if (fills && state.fillVisible) rulings.push(...filledRules(path));
      path = undefined;
    }
  }
  return rulings;
}

function isFillStroke(fn: number | undefined, codes: OperatorCodes): boolean {
  return fn === codes.fillStroke || fn === codes.eoFillStroke || fn === codes.closeFillStroke || fn === codes.closeEOFillStroke;
}

/** An RGB colour (0–255 per channel) light enough not to show on white paper. */
function isWhite(args: unknown[] | null): boolean {
  const rgb = args as ArrayLike<number> | null;
  if (!rgb || rgb.length < 3) return false;
  return (rgb[0] ?? 0) >= 240 && (rgb[1] ?? 0) >= 240 && (rgb[2] ?? 0) >= 240;
}

/** Adds the sub-paths of one `constructPath` to the path being built. */
function appendPath(path: Path | undefined, args: unknown[] | null, codes: OperatorCodes, ctm: Matrix): Path {
  const target = path ?? { edges: [], boxes: [] };
  const subOps = (args?.[0] ?? []) as ArrayLike<number>;
  const coords = (args?.[1] ?? []) as ArrayLike<number>;
  let k = 0;
  let start: [number, number] | undefined;
  let current: [number, number] | undefined;
  const at = (n: number): number => coords[k + n] ?? 0;
  for (let j = 0; j < subOps.length; j += 1) {
    const op = subOps[j];
    if (op === codes.moveTo) {
      current = apply(ctm, at(0), at(1));
      start = current;
      k += 2;
    } else if (op === codes.lineTo) {
      const next = apply(ctm, at(0), at(1));
      if (current) target.edges.push([current[0], current[1], next[0], next[1]]);
      current = next;
      k += 2;
    } else if (op === codes.curveTo) {
      current = apply(ctm, at(4), at(5));
      k += 6;
    } else if (op === codes.curveTo2 || op === codes.curveTo3) {
      current = apply(ctm, at(2), at(3));
      k += 4;
    } else if (op === codes.closePath) {
      if (current && start) target.edges.push([current[0], current[1], start[0], start[1]]);
      current = start;
    } else if (op === codes.rectangle) {
      appendRectangle(target, ctm, at(0), at(1), at(2), at(3));
      current = apply(ctm, at(0), at(1));
      start = current;
      k += 4;
    }
  }
  return target;
}

function appendRectangle(path: Path, ctm: Matrix, x: number, y: number, w: number, h: number): void {
  const corners = [apply(ctm, x, y), apply(ctm, x + w, y), apply(ctm, x + w, y + h), apply(ctm, x, y + h)];
  corners.forEach((c, n) => {
    const d = corners[(n + 1) % 4]!;
    path.edges.push([c[0], c[1], d[0], d[1]]);
  });
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  // Only a rectangle that stays axis-aligned in page space is a box.
  const aligned = (Math.abs(corners[0]![0] - corners[1]![0]) < 0.01 || Math.abs(corners[0]![1] - corners[1]![1]) < 0.01);
  if (aligned) path.boxes.push({ x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) });
}

/** Each straight, axis-aligned edge of a stroked path. */
function strokedRules(path: Path): Ruling[] {
  const rules: Ruling[] = [];
  for (const [x0, y0, x1, y1] of path.edges) {
    const dx = Math.abs(x1 - x0);
    const dy = Math.abs(y1 - y0);
    if (dy <= MAX_LEAN && dx >= MIN_RULE_LENGTH) rules.push({ axis: 'h', at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) });
    else if (dx <= MAX_LEAN && dy >= MIN_RULE_LENGTH) rules.push({ axis: 'v', at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) });
  }
  return rules;
}

/** Each thin filled rectangle, as the line along its middle. */
function filledRules(path: Path): Ruling[] {
  const rules: Ruling[] = [];
  for (const box of path.boxes) {
    const width = box.x1 - box.x0;
    const height = box.y1 - box.y0;
    if (height <= MAX_RULE_THICKNESS && width >= MIN_RULE_LENGTH && width > height) {
      rules.push({ axis: 'h', at: (box.y0 + box.y1) / 2, from: box.x0, to: box.x1 });
    } else if (width <= MAX_RULE_THICKNESS && height >= MIN_RULE_LENGTH && height > width) {
      rules.push({ axis: 'v', at: (box.x0 + box.x1) / 2, from: box.y0, to: box.y1 });
    }
  }
  return rules;
}
