import type { Cell, Paragraph } from '../../src/model/document.js';

/** A paragraph text unit for tests: one source line starting at line 1, column 1. */
export function paragraphUnit(text: string, paragraph = 1): Paragraph {
  return { kind: 'paragraph', heading: false, text, segments: [{ offset: 0, start: { line: paragraph, column: 1 } }], place: { paragraph } };
}

/** A table cell text unit for tests (table 1, row 1, column 1 unless given). */
export function cellUnit(text: string, place: Cell['place'] = { table: 1, row: 1, column: 1 }, merged = false): Cell {
  return { kind: 'cell', text, segments: [{ offset: 0, start: { line: 1, column: 2 } }], place, merged };
}
