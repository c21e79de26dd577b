/**
 * Sums inside a standard table (table-row-sum, table-column-sum, table-balance): a total cell
 * against the cells that make it up, on intervals (DESIGN, "Rounding"), and the words that
 * show the arithmetic. A blank cell is an exact zero: the template leaves zeros blank.
 */
import type { Decimal } from 'decimal.js';
import type { Cell } from '../model/document.js';
import { inBase, interval, type Figure } from '../extract/figure.js';
import { classNamed } from '../tables/codes.js';
import { compact } from '../tables/header.js';
import { rowName } from '../tables/lookup.js';
import type { Column, ColumnGroup, StandardTable, TableRecord } from '../tables/types.js';
import { ZERO, ZERO_INTERVAL, formatIn, maxDecimals, meets, sumValues, type Interval } from './arithmetic.js';
import type { Localized, Report } from './types.js';

/** One cell of a sum: its figure (none when blank) and the words that name it in a message. */
export interface Term {
  figure?: Figure;
  /** The cell, blank or not, to report on when the term is a total. */
  cell?: Cell;
  name: string;
  /**
   * What the cell should hold by its own parts, when it is a total found inconsistent: the
   * total above it is checked against this as well, so one wrong cell is reported once.
   */
  corrected?: Interval;
}


export function termInterval(term: Term): Interval {
  return term.figure ? interval(term.figure) : ZERO_INTERVAL;
}

function sumOf(intervals: Interval[]): Interval {
  return intervals.reduce((acc, i) => ({ lo: acc.lo.plus(i.lo), hi: acc.hi.plus(i.hi) }), ZERO_INTERVAL);
}

/**
 * Whether the parts can add up to the total: with the parts as stated, or with a part that
 * is itself a wrong total replaced by what its own parts give (that part is reported already).
 */
export function sumHolds(total: Term, parts: Term[]): boolean {
  const stated = termInterval(total);
  if (meets(sumOf(parts.map(termInterval)), stated)) return true;
  return parts.some((p) => p.corrected) && meets(sumOf(parts.map((p) => p.corrected ?? termInterval(p))), stated);
}

/** The interval the parts add up to, for a total found inconsistent. */
export function partsInterval(parts: Term[]): Interval {
  return sumOf(parts.map(termInterval));
}

/** Figures listed by name in a message before "等N项". */
const LISTED = 6;

/** "1503.52": a table figure without its unit (the unit follows the sum). */
function plain(f: Figure): string {
  return f.value.toFixed(f.decimals);
}

export interface SumWords {
  /** "基本支出 1503.52 + 项目支出 603.14" (blank parts left out: they are zero). */
  terms: string;
  /** "2106.66万元". */
  sum: string;
  /** "2106.65万元", or 空白 for a blank total. */
  total: { zh: string; en: string };
  /** "0.01万元". */
  diff: string;
}

/** The arithmetic of a failed sum, in the unit and decimals of the table. */
export function sumWords(total: Term, parts: Term[]): SumWords {
  const stated = parts.filter((p) => p.figure);
  const figures = stated.map((p) => p.figure!);
  const like = total.figure ?? figures[0]!;
  const decimals = Math.max(maxDecimals(figures), total.figure?.decimals ?? 0);
  const sum = sumValues(figures);
  const totalValue: Decimal = total.figure ? inBase(total.figure) : ZERO;
  const listed = stated.slice(0, LISTED).map((p) => `${p.name} ${plain(p.figure!)}`);
  let terms = listed.join(' + ');
  if (stated.length > LISTED) terms += ` + …等${stated.length}项`;
  if (stated.length === 0) terms = parts.length > 0 ? `${parts.slice(0, LISTED).map((p) => p.name).join('、')}${parts.length > LISTED ? `等${parts.length}项` : ''}均为空` : '（无）';
  return {
    terms,
    sum: formatIn(sum, like, decimals),
    total: total.figure ? { zh: formatIn(totalValue, like, decimals), en: formatIn(totalValue, like, decimals) } : { zh: '空白（按 0 计）', en: 'blank (0)' },
    diff: formatIn(sum.minus(totalValue).abs(), like, decimals),
  };
}

/** A finding on the total's cell. */
export function reportOn(total: Term, message: Localized): Report | undefined {
  const cell = total.figure?.source ?? total.cell;
  if (!cell) return undefined;
  if (total.figure) return { message, source: cell, start: total.figure.start, end: total.figure.end };
  return { message, source: cell, start: 0, end: cell.text.length };
}

/** The cell of a record in a column (undefined beyond a short row). */
export function cellAt(table: StandardTable, record: TableRecord, column: Column): Cell | undefined {
  return table.table.rows[record.row]?.[column.index];
}

/** The term of a record in a value column. */
export function termAt(table: StandardTable, record: TableRecord, column: Column, name: string): Term {
  return { figure: record.values.get(column.index), cell: cellAt(table, record, column), name };
}

/**
 * A column's name for messages: its header path without the words every value column of its
 * group shares ("财政拨款“三公”经费/合计/预算数" → "合计/预算数"), or its last word.
 */
export function columnName(group: ColumnGroup, column: Column): string {
  const paths = group.valueColumns.map((c) => c.path);
  let common = 0;
  while (paths.length > 1 && paths.every((p) => p.length > common + 1 && p[common] === column.path[common])) common++;
  const name = column.path.slice(common).join('/');
  return name || column.path.at(-1) || `第${column.index + 1}列`;
}

/** A record's name for messages: "20106 财政事务", "本年收入合计". */
export function recordName(record: TableRecord): string {
  return rowName(record) || `第${record.row + 1}行`;
}

/** How a row's name is numbered in the template. */
type Numbering =
  /** "一、一般公共服务支出": an item of the side. */
  | 'item'
  /** "1.一般公共预算资金", "（一）…": a sub-item of the row above. */
  | 'sub'
  /** "其中：…": a selection under the row above, not a full breakdown. */
  | 'among'
  | 'none';

/** The name cell's text as written, numbering included. */
function writtenName(table: StandardTable, record: TableRecord): string {
  const name = record.group.nameColumn ? table.table.rows[record.row]?.[record.group.nameColumn.index] : undefined;
  return compact((name && !name.merged && compact(name.text) !== '' ? name : record.labelCell).text);
}

function numberingOf(table: StandardTable, record: TableRecord): Numbering {
  const text = writtenName(table, record);
  if (/^其中[:：]?/.test(text)) return 'among';
  if (/^[一二三四五六七八九十]+、/.test(text)) return 'item';
  if (/^(?:\d+[.、．](?!\d)|[（(][一二三四五六七八九十\d]+[）)])/.test(text)) return 'sub';
  return 'none';
}

/** 总计, 收入总计, 支出总计: the last line of a side of a 总表. */
const GRAND_TOTAL = /^(?:收入|支出|收支)?总计$/;
/** 本年收入合计, 本年支出合计 (收入合计, 支出合计 in some editions). */
const YEAR_TOTAL = /^(?:本年)?(?:收入|支出)合计$/;
/** A line of the balance below the year's total: 年初结转和结余, 使用非财政拨款结余, 结余分配 … */
const BALANCE_LINE = /^(?:年初|年末|年终|上年|本年)|^(?:使用|用)|^结余分配/;
/** A carry-over line, whose breakdown the next numbered lines give. */
const CARRY_OVER = /结转|结余/;

/**
 * The lines of one side of a 总表 (收入 or 支出, one column group), read top-down:
 * the items (一、… 八、) with their sub-items, the year's total, the balance lines and the
 * grand total. `breakdowns` are the full breakdowns a line lists under it: "1.…2.…3.…"
 * under an item, "一、…二、…" under 年初财政拨款结转和结余. "其中" lines are selections
 * and belong to neither.
 */
export interface SummarySide {
  group: ColumnGroup;
  items: TableRecord[];
  /**
   * Every item is numbered (一、…) or names a 类 of spending: the template's list. Other
   * 总表 (a government's 收支决算总表) list sub-items unnumbered under their item, so their
   * items cannot be added up.
   */
  itemsListed: boolean;
  yearTotal?: TableRecord;
  /** The lines added to the year's total (or to the items, when there is no year's total). */
  balanceLines: TableRecord[];
  grandTotal?: TableRecord;
  breakdowns: { parent: TableRecord; parts: TableRecord[] }[];
}

/** The sides of a 总表 (收支总表, 财政拨款收支总表), one per column group. */
export function summarySides(table: StandardTable): SummarySide[] {
  return table.groups.map((group) => sideOf(table, group, table.records.filter((r) => r.group === group)));
}

function sideOf(table: StandardTable, group: ColumnGroup, records: TableRecord[]): SummarySide {
  const side: SummarySide = { group, items: [], itemsListed: true, balanceLines: [], breakdowns: [] };
  /** The numbering of the lines that break down the last line listed, if any follow it. */
  let breakdownNumbering: Numbering | undefined;
  let among = false;
  for (const record of records) {
    if (record.label === '' && record.values.size === 0) continue;
    if (GRAND_TOTAL.test(record.label)) {
      side.grandTotal = record;
      break;
    }
    const numbering = numberingOf(table, record);
    if (breakdownNumbering && numbering === breakdownNumbering) {
      side.breakdowns.at(-1)!.parts.push(record);
      continue;
    }
    // "其中" and the unnumbered lines after it, up to the next line of the balance.
    if (numbering === 'among') among = true;
    if (numbering === 'among' || numbering === 'sub') continue;
    if (among && numbering === 'none' && !BALANCE_LINE.test(record.label) && !YEAR_TOTAL.test(record.label)) continue;
    among = false;
    if (side.breakdowns.at(-1)?.parts.length === 0) side.breakdowns.pop();
    side.breakdowns.push({ parent: record, parts: [] });
    const balance = side.yearTotal !== undefined || (numbering === 'none' && BALANCE_LINE.test(record.label));
    // 年初财政拨款结转和结余 is broken down by fund in numbered lines (一、…); an item by 1.、2.、….
    breakdownNumbering = balance && numbering === 'none' && CARRY_OVER.test(record.label) ? 'item' : 'sub';
    if (YEAR_TOTAL.test(record.label) && !side.yearTotal) side.yearTotal = record;
    else if (balance) side.balanceLines.push(record);
    else {
      side.items.push(record);
      if (numbering !== 'item' && !classNamed(record.label, 'function')) side.itemsListed = false;
    }
  }
  if (side.breakdowns.at(-1)?.parts.length === 0) side.breakdowns.pop();
  return side;
}

/**
 * Value columns of two records that hold the same thing: the same header path at the same
 * place in their groups (the two halves of a 基本支出 table each have one 决算数 column).
 */
export function sameColumn(from: TableRecord, column: Column, to: TableRecord): Column | undefined {
  if (from.group === to.group) return column;
  const k = from.group.valueColumns.indexOf(column);
  const other = to.group.valueColumns[k];
  return other && other.path.join('/') === column.path.join('/') ? other : undefined;
}

/** Headers of columns that are not amounts: rates, shares, changes. */
const NOT_AMOUNT = /%|％|率|比上年|增减|增长|下降|比重|占比/;

/** Columns whose figures can be added: amounts, not rates or changes. */
export function amountColumns(group: ColumnGroup): Column[] {
  return group.valueColumns.filter((c) => !c.path.some((p) => NOT_AMOUNT.test(p)));
}
