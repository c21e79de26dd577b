import type { Cell } from '../model/document.js';
import type { Figure } from '../extract/figure.js';
import { compact, isDash } from './header.js';
import type { Column, ColumnGroup, StandardTable, TableRecord } from './types.js';

/**
 * Small queries over the standard-table model that rules comparing tables share: a column by
 * the words of its header, the total row, a cell's value with blanks read as zero.
 */

/** One cell of a standard table as a quantity: its figure, or none for a blank (an exact zero). */
export interface TableValue {
  table: StandardTable;
  record: TableRecord;
  column: Column;
  cell: Cell;
  /** Undefined when the cell is blank or a dash: an exact zero. */
  figure?: Figure;
}

/**
 * The value of a record in a column. Blank cells and dashes are zeros; a merged copy or words
 * in the cell say nothing about the figure, so those give undefined.
 */
export function valueAt(table: StandardTable, record: TableRecord, column: Column): TableValue | undefined {
  const cell = table.table.rows[record.row]?.[column.index];
  if (!cell || cell.merged) return undefined;
  const figure = record.values.get(column.index);
  if (figure) return { table, record, column, cell, figure };
  const text = compact(cell.text);
  return text === '' || isDash(text) ? { table, record, column, cell } : undefined;
}

/** Generic last words of a header path: the column is named by the words above them. */
const GENERIC = /^(?:合计|小计|决算数|预算数|金额|预算|决算)$/;

/**
 * The one value column of a group whose header path passes the test. Where several do
 * ("本年支出 | 小计 | 基本支出"), the one whose last words are 小计/合计 is the total; any other
 * ambiguity gives undefined rather than a guess.
 */
export function columnWhere(group: ColumnGroup, test: (path: string[]) => boolean): Column | undefined {
  const found = group.valueColumns.filter((c) => test(c.path));
  if (found.length <= 1) return found[0];
  const totals = found.filter((c) => /^(?:合计|小计)$/.test(c.path.at(-1) ?? ''));
  return totals.length === 1 ? totals[0] : undefined;
}

/** Whether a column's header path ends with (or is) these words. */
export function lastIs(words: RegExp): (path: string[]) => boolean {
  return (path) => words.test(path.at(-1) ?? '');
}

/** The words that name a column in a message: "本年支出合计", "基本支出", "一般公共预算财政拨款". */
export function columnName(column: Column): string {
  const last = column.path.at(-1) ?? '';
  const before = column.path.at(-2);
  return GENERIC.test(last) && before ? before + last : last;
}

/** The first record of a group (or of the table) whose label passes the test, in reading order. */
export function recordLabelled(table: StandardTable, label: RegExp, group?: ColumnGroup): TableRecord | undefined {
  return table.records.find((r) => (!group || r.group === group) && !r.code && label.test(r.label));
}

/** The 合计 (总计) row of a table with one group of figures by code. */
export function totalRecord(table: StandardTable, group?: ColumnGroup): TableRecord | undefined {
  return recordLabelled(table, /^(?:合计|总计)$/, group);
}

/** The records of a table by 科目编码 (the first row of each code). */
export function recordsByCode(table: StandardTable): Map<string, TableRecord> {
  const byCode = new Map<string, TableRecord>();
  for (const record of table.records) if (record.code && !byCode.has(record.code.digits)) byCode.set(record.code.digits, record);
  return byCode;
}

/** Whether any cell of the table holds a figure: an empty table (本表无数据) has none. */
export function hasFigures(table: StandardTable): boolean {
  return table.records.some((r) => r.values.size > 0);
}

/** A 科目名称 compared across tables and text: no spaces, one kind of bracket, no （类）/（款）/（项）. */
export function subjectName(name: string): string {
  return compact(name)
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/（[类款项]）$/, '');
}

/** A row's name for messages: "201 一般公共服务支出", "本年收入合计"; '' for a row with neither code nor name. */
export function rowName(record: TableRecord): string {
  const code = record.code?.digits;
  if (code && record.label) return `${code} ${record.label}`;
  return code ?? record.label;
}
