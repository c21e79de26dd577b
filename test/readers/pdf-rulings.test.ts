/**
 * The rules read from a page's operator list: stroked lines and rectangles, thin filled
 * rectangles, through the transformation matrix; not clipping paths, curves, white rules or
 * shading.
 */
import { describe, expect, it } from 'vitest';
import { rulingsOf, type Matrix, type OperatorCodes } from '../../src/readers/pdf/rulings.js';

/** Operator codes as pdf.js numbers them (only their being distinct matters here). */
const OPS: OperatorCodes = {
  save: 10,
  restore: 11,
  transform: 12,
  moveTo: 13,
  lineTo: 14,
  curveTo: 15,
  curveTo2: 16,
  curveTo3: 17,
  closePath: 18,
  rectangle: 19,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
  constructPath: 91,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  setStrokeRGBColor: 58,
  setFillRGBColor: 59,
};
const CLIP = 29;
const END_PATH = 28;

/** A 600-point-high page: PDF user space (y up) to page space (y down). */
const VIEWPORT: Matrix = [1, 0, 0, -1, 0, 600];

function run(ops: [number, unknown[] | null][]): ReturnType<typeof rulingsOf> {
  return rulingsOf({ fnArray: ops.map(([fn]) => fn), argsArray: ops.map(([, args]) => args) }, OPS, VIEWPORT);
}

const path = (subOps: number[], coords: number[]): [number, unknown[]] => [OPS.constructPath, [subOps, coords, null]];

describe('rules from the operator list', () => {
  it('reads stroked lines and the edges of stroked rectangles, in page space', () => {
    const rules = run([path([OPS.moveTo, OPS.lineTo], [50, 500, 250, 500]), [OPS.stroke, null], path([OPS.rectangle], [50, 400, 100, 20]), [OPS.stroke, null]]);
    expect(rules).toEqual([
      { axis: 'h', at: 100, from: 50, to: 250 },
      { axis: 'h', at: 200, from: 50, to: 150 },
      { axis: 'v', at: 150, from: 180, to: 200 },
      { axis: 'h', at: 180, from: 50, to: 150 },
      { axis: 'v', at: 50, from: 180, to: 200 },
    ]);
  });

  it('reads a thin filled rectangle as the rule along its middle, and leaves out shading and dots', () => {
    const rules = run([
      path([OPS.rectangle, OPS.rectangle, OPS.rectangle, OPS.rectangle], [50, 500, 200, 1, 50, 300, 1, 100, 60, 200, 100, 40, 10, 10, 0.5, 0.5]),
      [OPS.eoFill, null],
    ]);
    expect(rules).toEqual([
      { axis: 'h', at: 99.5, from: 50, to: 250 },
      { axis: 'v', at: 50.5, from: 200, to: 300 },
    ]);
  });

  it('applies cm and form matrices, restored by Q and the end of the form', () => {
    const rules = run([
      [OPS.save, null],
      [OPS.transform, [2, 0, 0, 2, 10, 0]],
      path([OPS.moveTo, OPS.lineTo], [0, 250, 100, 250]),
      [OPS.stroke, null],
      [OPS.restore, null],
      [OPS.paintFormXObjectBegin, [[1, 0, 0, 1, 0, -100], null]],
      path([OPS.moveTo, OPS.lineTo], [0, 250, 100, 250]),
      [OPS.stroke, null],
      [OPS.paintFormXObjectEnd, null],
      path([OPS.moveTo, OPS.lineTo], [0, 250, 100, 250]),
      [OPS.stroke, null],
    ]);
    expect(rules).toEqual([
      { axis: 'h', at: 100, from: 10, to: 210 },
      { axis: 'h', at: 450, from: 0, to: 100 },
      { axis: 'h', at: 350, from: 0, to: 100 },
    ]);
  });

  it('leaves out clipping paths, curves, diagonals and white rules', () => {
    const rules = run([
      path([OPS.rectangle], [0, 0, 600, 600]),
      [CLIP, null],
      [END_PATH, null],
      path([OPS.moveTo, OPS.curveTo], [0, 0, 10, 10, 20, 20, 30, 0]),
      [OPS.stroke, null],
      path([OPS.moveTo, OPS.lineTo], [0, 0, 100, 100]),
      [OPS.stroke, null],
      [OPS.setStrokeRGBColor, [255, 255, 255]],
      path([OPS.moveTo, OPS.lineTo], [0, 300, 300, 300]),
      [OPS.stroke, null],
    ]);
    expect(rules).toEqual([]);
  });
});
