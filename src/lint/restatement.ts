/**
 * A figure of the text that restates a table's cell, compared on intervals (DESIGN,
 * "Rounding"): in base units, so a narrative in 万元 compares with a table in 元.
 */
import { halfUnit, inBase, interval, type Figure } from '../extract/figure.js';
import { ZERO, ZERO_INTERVAL, meets } from './arithmetic.js';


/** The base-unit width of one unit in a figure's last written decimal (0.01万元 = 100元). */
function step(f: Figure) {
  return halfUnit(f.decimals).times(f.scale).times(2);
}

/**
 * Whether the stated figure can be the cell's value: their intervals meet. A figure written
 * in a coarser unit than the table's (万元 for a table in 元) may also be the table's value cut
 * off at the stated decimals rather than rounded, as budget systems convert: 782,164元 is
 * "78.21万元" as well as "78.22万元". A larger gap is no conversion.
 */
export function restates(stated: Figure, cell: Figure | undefined): boolean {
  const table = cell ? interval(cell) : ZERO_INTERVAL;
  if (meets(interval(stated), table)) return true;
  if (!cell || step(stated).lte(step(cell))) return false;
  const value = inBase(stated);
  const cut = value.gte(ZERO) ? { lo: value, hi: value.plus(step(stated)) } : { lo: value.minus(step(stated)), hi: value };
  return meets(cut, table);
}
