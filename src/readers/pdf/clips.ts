/**
 * Text a page draws outside its clipping path: not printed, yet in the text layer. Some
 * exporters lay a long document out as one tall sheet and cut it into pages by clipping,
 * so the lines at the cut are drawn on both pages and shown on one; a reader of the printed
 * page reads them once.
 *
 * The clip is read from the operator list (`clip`/`eoClip` after a `constructPath`, scoped
 * by q/Q and form XObjects), each clipping path taken as its bounding box: never smaller than
 * what it lets through. A run is dropped only when it lies outside every clip in force where
 * text is drawn; a page that draws any text without a clip keeps all its text.
 */
import type { Box, Run } from './geometry.js';
import { apply, followState, type Matrix, type OperatorList, type StateCodes } from './rulings.js';

/** The operator codes read here (pdf.js's `OPS`). */
export interface ClipCodes extends StateCodes {
  constructPath: number;
  clip: number;
  eoClip: number;
  showText: number;
  showSpacedText: number;
  nextLineShowText: number;
  nextLineSetSpacingShowText: number;
}

interface ClipState {
  ctm: Matrix;
  /** The clip in page space; undefined while nothing clips. */
  clip: Box | undefined;
}

/** How far (points) a run may stick out of a clip and still count as inside it. */
const SLACK = 1;

/**
 * The regions text is drawn in on this page (the clip in force at each text operator), or
 * undefined when some text is drawn unclipped and so nothing can be left out.
 */
export function textClipsOf(ops: OperatorList, codes: ClipCodes, viewport: Matrix): Box[] | undefined {
  const shows = new Set([codes.showText, codes.showSpacedText, codes.nextLineShowText, codes.nextLineSetSpacingShowText]);
  const regions = new Map<string, Box>();
  const stack: ClipState[] = [];
  let state: ClipState = { ctm: viewport, clip: undefined };
  let pending: Box | undefined;
  let clipping = false;

  for (let i = 0; i < ops.fnArray.length; i += 1) {
    const fn = ops.fnArray[i]!;
    const args = ops.argsArray[i] as unknown[] | null;
    const next = followState(fn, args, codes, stack, state);
    if (next) state = next;
    else if (fn === codes.constructPath) pending = extend(pending, pathBox(args, state.ctm));
    else if (fn === codes.clip || fn === codes.eoClip) clipping = true;
    else if (shows.has(fn)) {
      if (!state.clip) return undefined;
      regions.set(`${state.clip.x0},${state.clip.top},${state.clip.x1},${state.clip.bottom}`, state.clip);
    } else {
      // Any other operator ends the path (endPath, or a painting one); a clip takes effect then.
      if (pending && clipping) state.clip = state.clip ? intersect(state.clip, pending) : pending;
      pending = undefined;
      clipping = false;
    }
  }
  return [...regions.values()];
}

/** The runs that lie, at least in part, inside one of `regions` (all runs when there are none known). */
export function visibleRuns(runs: Run[], regions: Box[] | undefined): Run[] {
  if (!regions) return runs;
  return runs.filter((run) => regions.some((r) => inside(run, r)));
}

function inside(run: Run, r: Box): boolean {
  const middle = (run.top + run.bottom) / 2;
  return middle >= r.top - SLACK && middle <= r.bottom + SLACK && run.x1 > r.x0 - SLACK && run.x0 < r.x1 + SLACK;
}

/** The page-space bounding box of a `constructPath`, from the bounds pdf.js gives with it. */
function pathBox(args: unknown[] | null, ctm: Matrix): Box | undefined {
  const bounds = args?.[2] as ArrayLike<number> | null | undefined;
  if (!bounds || bounds.length < 4) return undefined;
  const [x0, y0, x1, y1] = [bounds[0]!, bounds[1]!, bounds[2]!, bounds[3]!];
  const corners = [apply(ctm, x0, y0), apply(ctm, x1, y0), apply(ctm, x1, y1), apply(ctm, x0, y1)];
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  return { x0: Math.min(...xs), x1: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

function extend(a: Box | undefined, b: Box | undefined): Box | undefined {
  if (!a || !b) return a ?? b;
  return { x0: Math.min(a.x0, b.x0), x1: Math.max(a.x1, b.x1), top: Math.min(a.top, b.top), bottom: Math.max(a.bottom, b.bottom) };
}

function intersect(a: Box, b: Box): Box {
  return { x0: Math.max(a.x0, b.x0), x1: Math.min(a.x1, b.x1), top: Math.max(a.top, b.top), bottom: Math.min(a.bottom, b.bottom) };
}
