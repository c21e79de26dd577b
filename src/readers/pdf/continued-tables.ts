/**
 * The rows of each page's part of a table added to the document's table. A table continued
 * on the next page goes on as the same table: the header rows it repeats there are dropped,
 * and so is an empty slice of a row the page break cut. (A row whose text the break cut in two
 * stays two rows: nothing in the page tells it from two rows of their own, and joining two
 * rows of their own would lose one.)
 */
import type { Cell, Table } from '../../model/document.js';
import type { GridRow, GridTable } from './lattice.js';

/** Adds `grid`'s rows to `table`, each cell placed on `page`; merged copies are noted in `copies`. */
export function appendRows(table: Table, grid: GridTable, page: number, copies: Map<Cell, Cell>, continued: boolean): void {
  const skip = continued ? repeatedRows(table, grid.rows) : 0;
  const rows = grid.rows.slice(skip);
  const first = table.rows.length;
  rows.forEach((row, r) => {
    table.rows.push(
      row.slots.map((slot, c) => ({
        kind: 'cell',
        text: slot.text,
        segments: [],
        place: { table: table.table, row: first + r + 1, column: c + 1, page },
        merged: slot.mergedInto !== undefined,
      })),
    );
  });
  rows.forEach((row, r) => {
    row.slots.forEach((slot, c) => {
      if (!slot.mergedInto || slot.mergedInto.row < skip) return;
      const original = table.rows[first + slot.mergedInto.row - skip]?.[slot.mergedInto.column];
      if (original) copies.set(table.rows[first + r]![c]!, original);
    });
  });
}

/**
 * Rows at the top of a continued part that are not rows of their own: those repeating the
 * table's first rows (its header), and an empty slice of a row the page break cut.
 */
function repeatedRows(table: Table, rows: readonly GridRow[]): number {
  let n = 0;
  while (n < rows.length && n < table.rows.length) {
    const texts = rows[n]!.slots.map((s) => s.text);
    const earlier = table.rows[n]!.map((c) => c.text);
    if (texts.every((t) => t === '') || texts.some((t, i) => t !== earlier[i])) break;
    n += 1;
  }
  while (n < rows.length && rows[n]!.slots.every((s) => s.text === '')) n += 1;
  return n;
}

/**
 * A table at the top of a page goes on from the one that ended the page before when its
 * column rules stand where that one's did.
 */
export function sameColumns(before: readonly number[], after: readonly number[]): boolean {
  return before.length === after.length && before.every((x, i) => Math.abs(x - after[i]!) <= COLUMN_TOLERANCE);
}

/** Points by which a continued table's column rules may differ from the page before. */
const COLUMN_TOLERANCE = 4;
