import type { Decimal } from 'decimal.js';
import type { Cell } from '../src/model/document.js';
import { inBase } from '../src/extract/figure.js';
import { ZERO, formatFigure, formatIn, maxDecimals, meets, sumIntervals } from '../src/lint/arithmetic.js';
import type { Localized, Rule } from '../src/lint/types.js';
import { classNamed } from '../src/tables/codes.js';
import { columnName, columnWhere, hasFigures, lastIs, recordLabelled, recordsByCode, rowName, totalRecord, valueAt, type TableValue } from '../src/tables/lookup.js';
import type { Column, ColumnGroup, StandardTable, StandardTableKind, TableRecord } from '../src/tables/index.js';

/**
 * The same quantity printed in two standard tables must agree within rounding: the 总表's
 * income by source and spending by 类 against the 收入/支出决算表, the 财政拨款总表 against the
 * function table of each kind of appropriation, the 基本支出 of the function table against the
 * 基本支出 (economic classification) table, and the 支出决算表 row by row against the
 * 一般公共预算财政拨款支出决算表 wherever the template makes them equal (docs: the conditions).
 */
export const rule: Rule = {
  meta: {
    id: 'table-cross-check',
    defaultSeverity: 'error',
    description: {
      zh: '同一数额在两张报表中不一致（总表与收入表、支出表，财政拨款总表与功能分类表，基本支出表等）',
      en: 'The same amount differs between two standard tables (summary vs income/expenditure tables, appropriations summary vs function tables, basic expenditure …)',
    },
    docs: 'docs/rules/table-cross-check.md',
  },
  check({ facts, report }) {
    // A cell that disagrees with two tables (the 财政拨款总表 and the 支出决算表) is one mistake.
    const reported = new Set<Cell>();
    for (const set of tableSets(facts.tables.tables)) {
      for (const pair of pairsOf(set)) {
        if (!comparable(pair) || agree(pair)) continue;
        const [earlier, later] = inReadingOrder(pair);
        const at = reportedCell(later);
        if (reported.has(at.cell)) continue;
        reported.add(at.cell);
        report({ message: message(earlier, later), source: at.cell, start: at.start, end: at.end });
      }
    }
  },
};

// ---------------------------------------------------------------------------------------
// Sides and pairs

/** One side of a comparison: a cell, or the cells it is the sum of (人员经费合计 + 公用经费合计). */
interface Side {
  table: StandardTable;
  values: TableValue[];
}

type Pair = [Side, Side];

type TableSet = Partial<Record<StandardTableKind, StandardTable>>;

/**
 * The standard tables grouped into sets of one table per kind, in reading order: a report that
 * bundles a department's tables with its units' starts a new set where a kind comes again.
 * Tables of another basis (决算 beside 预算) are never paired.
 */
function tableSets(tables: StandardTable[]): TableSet[] {
  const sets: TableSet[] = [];
  let current: TableSet = {};
  for (const table of tables) {
    const basis = Object.values(current)[0]?.basis;
    if (current[table.kind] || (basis && basis !== table.basis)) {
      sets.push(current);
      current = {};
    }
    current[table.kind] = table;
  }
  sets.push(current);
  return sets;
}

function pairsOf(set: TableSet): Pair[] {
  const withFigures = (kind: StandardTableKind) => {
    const table = set[kind];
    return table && hasFigures(table) ? table : undefined;
  };
  const summary = withFigures('summary');
  const income = withFigures('income');
  const expenditure = withFigures('expenditure');
  const appropriation = withFigures('appropriation-summary');
  const general = withFigures('general-function');
  const basic = withFigures('general-basic');
  const pairs: Pair[] = [];
  if (summary && income) pairs.push(...summaryAndIncome(summary, income));
  if (summary && expenditure) pairs.push(...summaryAndExpenditure(summary, expenditure));
  if (summary && appropriation) pairs.push(...summaryAndAppropriation(summary, appropriation));
  for (const fund of FUNDS) {
    const table = withFigures(fund.table);
    if (appropriation && table) pairs.push(...appropriationAndFunction(appropriation, table, fund.column));
  }
  if (general && basic) pairs.push(...functionAndBasic(general, basic));
  if (expenditure && general) pairs.push(...expenditureAndFunction(expenditure, general));
  return pairs;
}

function single(value: TableValue | undefined): Side | undefined {
  return value && { table: value.table, values: [value] };
}

function pair(a: Side | undefined, b: Side | undefined): Pair[] {
  return a && b ? [[a, b]] : [];
}

/** The two sides can be the same amount: blanks are exact zeros, figures intervals. */
function agree([a, b]: Pair): boolean {
  return meets(sideInterval(a), sideInterval(b));
}

function sideInterval(side: Side) {
  return sumIntervals(side.values.flatMap((v) => (v.figure ? [v.figure] : [])));
}

function sideValue(side: Side): Decimal {
  return side.values.reduce((sum, v) => (v.figure ? sum.plus(inBase(v.figure)) : sum), ZERO);
}

/** Money in a table with a unit compares with money; a table without one only with another. */
function comparable([a, b]: Pair): boolean {
  const kinds = new Set([...a.values, ...b.values].flatMap((v) => (v.figure ? [v.figure.kind] : [])));
  return kinds.size <= 1;
}

// ---------------------------------------------------------------------------------------
// The sides of the 总表 (收入 beside 支出)

const INCOME_TOTAL = /^(?:本年)?收入合计$/;
const SPENDING_TOTAL = /^(?:本年)?支出合计$/;
/** Rows of the other years' money: a 总计 that includes them is not this year's total. */
const CARRIED = /结转|结余/;

interface SummarySides {
  income: ColumnGroup;
  spending: ColumnGroup;
}

/** The 收入 and 支出 groups of a 总表, told apart by their total rows. */
function incomeAndSpendingSides(table: StandardTable): SummarySides | undefined {
  const income = recordLabelled(table, /收入(?:合计|总计)$/)?.group;
  const spending = recordLabelled(table, /支出(?:合计|总计)$/)?.group;
  return income && spending && income !== spending ? { income, spending } : undefined;
}

/** The figures column of one side of a 总表: its only one, or its 合计. */
function sideColumn(group: ColumnGroup): Column | undefined {
  return group.valueColumns.length === 1 ? group.valueColumns[0] : columnWhere(group, lastIs(/^(?:合计|小计)$/));
}

/**
 * This year's total of one side: 本年收入合计 / 本年支出合计, or the 总计 of a 预算 总表 that
 * lists nothing carried over from other years (there the two are the same).
 */
function yearTotal(table: StandardTable, group: ColumnGroup, side: '收入' | '支出'): TableRecord | undefined {
  const year = recordLabelled(table, side === '收入' ? INCOME_TOTAL : SPENDING_TOTAL, group);
  if (year) return year;
  const column = sideColumn(group);
  const carried = table.records.some((r) => r.group === group && CARRIED.test(r.label) && column && r.values.has(column.index));
  return carried ? undefined : recordLabelled(table, new RegExp(`^${side}总计$`), group);
}

/** The rows of a 收入 side above its first total or carried-over row: this year's income. */
function incomeRows(table: StandardTable, group: ColumnGroup): TableRecord[] {
  const rows: TableRecord[] = [];
  for (const record of table.records) {
    if (record.group !== group) continue;
    if (/合计|总计/.test(record.label) || CARRIED.test(record.label)) break;
    rows.push(record);
  }
  return rows;
}

/** The 类 rows of a 支出 side, by the 类 their names carry. */
function classRows(table: StandardTable, group: ColumnGroup): Map<string, TableRecord> {
  const rows = new Map<string, TableRecord>();
  for (const record of table.records) {
    if (record.group !== group || record.code) continue;
    const code = classNamed(record.label, 'function');
    if (code && !rows.has(code)) rows.set(code, record);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------
// Columns of the tables by code

/** Words of the income sources, which a total column never carries. */
const SOURCE = /财政拨款|补助|事业|经营|附属|其他/;
/** Words of the parts of spending and of other years' money. */
const NOT_SPENDING_TOTAL = /基本支出|项目支出|上缴|经营|附属|结转|结余|收入|科目|名称|人员经费|公用经费/;

const incomeTotalColumn = (path: string[]) => /^(?:本年收入合计|收入合计|合计|小计)$/.test(path.at(-1) ?? '') && !path.some((p) => SOURCE.test(p));
const spendingTotalColumn = (path: string[]) => /^(?:本年支出合计|支出合计|合计|小计)$/.test(path.at(-1) ?? '') && !path.some((p) => NOT_SPENDING_TOTAL.test(p));
const appropriationColumn = (path: string[]) => path.some((p) => /^财政拨款/.test(p));

/** The 合计 row of a table by code and the value of a column in it. */
function totalValue(table: StandardTable, test: (path: string[]) => boolean): TableValue | undefined {
  const total = totalRecord(table);
  const column = total && columnWhere(total.group, test);
  return total && column && valueAt(table, total, column);
}

/** The income sources the 总表 lists one per row and the 收入决算表 one per column. */
const SOURCES = [/^上级补助收入$/, /^事业收入$/, /^(?:事业单位)?经营收入$/, /^附属单位上缴(?:上级)?收入$/, /^其他收入$/];

function summaryAndIncome(summary: StandardTable, income: StandardTable): Pair[] {
  const sides = incomeAndSpendingSides(summary);
  const column = sides && sideColumn(sides.income);
  const total = totalRecord(income);
  if (!sides || !column || !total) return [];
  const at = (record: TableRecord | undefined) => single(record && valueAt(summary, record, column));
  const incomeAt = (test: (path: string[]) => boolean) => {
    const c = columnWhere(total.group, test);
    return single(c && valueAt(income, total, c));
  };
  const rows = incomeRows(summary, sides.income);
  const pairs = pair(at(yearTotal(summary, sides.income, '收入')), incomeAt(incomeTotalColumn));
  pairs.push(...pair(appropriationIncome(summary, rows, column), incomeAt(appropriationColumn)));
  for (const source of SOURCES) {
    pairs.push(...pair(at(rows.find((r) => source.test(r.label))), incomeAt(lastIs(source))));
  }
  return pairs;
}

/** The kinds of appropriation, as the 总表's rows and the 财政拨款总表's columns name them. */
const FUNDS: { table: StandardTableKind; column: RegExp }[] = [
  { table: 'general-function', column: /^一般公共预算/ },
  { table: 'government-fund', column: /^政府性基金/ },
  { table: 'state-capital', column: /^国有资本经营/ },
];

/** 财政拨款收入 of a 总表: its own row, or the sum of its 一般公共预算 / 政府性基金 / 国有资本经营 rows. */
function appropriationIncome(summary: StandardTable, rows: TableRecord[], column: Column): Side | undefined {
  const own = rows.find((r) => /^财政拨款(?:收入)?$/.test(r.label));
  const parts = own ? [own] : rows.filter((r) => FUNDS.some((f) => f.column.test(r.label)));
  const values = parts.map((r) => valueAt(summary, r, column));
  if (values.length === 0 || values.some((v) => !v)) return undefined;
  return { table: summary, values: values as TableValue[] };
}

function summaryAndExpenditure(summary: StandardTable, expenditure: StandardTable): Pair[] {
  const sides = incomeAndSpendingSides(summary);
  const column = sides && sideColumn(sides.spending);
  const total = totalRecord(expenditure);
  const totalColumn = total && columnWhere(total.group, spendingTotalColumn);
  if (!sides || !column || !total || !totalColumn) return [];
  const yearRow = yearTotal(summary, sides.spending, '支出');
  const pairs = pair(single(yearRow && valueAt(summary, yearRow, column)), single(valueAt(expenditure, total, totalColumn)));
  const byCode = recordsByCode(expenditure);
  for (const [code, record] of classRows(summary, sides.spending)) {
    const other = byCode.get(code);
    if (other) pairs.push(...pair(single(valueAt(summary, record, column)), single(valueAt(expenditure, other, totalColumn))));
  }
  return pairs;
}

/** The 财政拨款 income by kind in the 总表 and in the 财政拨款总表 (本年收入 only). */
function summaryAndAppropriation(summary: StandardTable, appropriation: StandardTable): Pair[] {
  const a = incomeAndSpendingSides(summary);
  const b = incomeAndSpendingSides(appropriation);
  const aColumn = a && sideColumn(a.income);
  const bColumn = b && sideColumn(b.income);
  if (!a || !b || !aColumn || !bColumn) return [];
  const aRows = incomeRows(summary, a.income);
  const bRows = incomeRows(appropriation, b.income);
  return FUNDS.flatMap((fund) => {
    const x = aRows.find((r) => fund.column.test(r.label));
    const y = bRows.find((r) => fund.column.test(r.label));
    return pair(single(x && valueAt(summary, x, aColumn)), single(y && valueAt(appropriation, y, bColumn)));
  });
}

/**
 * One kind of appropriation in the 财政拨款总表 (its column of the 支出 side) against the table
 * of that kind: the year's total and each 类.
 */
function appropriationAndFunction(appropriation: StandardTable, table: StandardTable, fund: RegExp): Pair[] {
  const sides = incomeAndSpendingSides(appropriation);
  const column = sides && columnWhere(sides.spending, (path) => fund.test(path.at(-1) ?? ''));
  const total = totalRecord(table);
  const totalColumn = total && columnWhere(total.group, spendingTotalColumn);
  if (!sides || !column || !total || !totalColumn) return [];
  const yearRow = yearTotal(appropriation, sides.spending, '支出');
  const pairs = pair(single(yearRow && valueAt(appropriation, yearRow, column)), single(valueAt(table, total, totalColumn)));
  const byCode = recordsByCode(table);
  for (const [code, record] of classRows(appropriation, sides.spending)) {
    const other = byCode.get(code);
    if (other) pairs.push(...pair(single(valueAt(appropriation, record, column)), single(valueAt(table, other, totalColumn))));
  }
  return pairs;
}

/**
 * 基本支出 of the function table against the 基本支出 table: its 合计 row, or 人员经费合计 +
 * 公用经费合计 where the 决算 template prints the two halves side by side.
 */
function functionAndBasic(general: StandardTable, basic: StandardTable): Pair[] {
  return pair(single(totalValue(general, lastIs(/^基本支出$/))), basicTotal(basic));
}

function basicTotal(basic: StandardTable): Side | undefined {
  const total = totalRecord(basic);
  if (total) {
    const column = sideColumn(total.group);
    return single(column && valueAt(basic, total, column));
  }
  const parts = [/^人员经费合计$/, /^公用经费合计$/].map((label) => recordLabelled(basic, label));
  const values = parts.map((r) => {
    const column = r && sideColumn(r.group);
    return r && column && valueAt(basic, r, column);
  });
  return values.every((v) => v) ? { table: basic, values: values as TableValue[] } : undefined;
}

/**
 * The 支出决算表 holds every source's spending, the function table only the 一般公共预算
 * 财政拨款's: a row of the one is the row of the other plus the spending from other money,
 * which is never negative. Where the two tables' totals of a column agree, nothing else was
 * spent in that column, so each row must agree too.
 */
function expenditureAndFunction(expenditure: StandardTable, general: StandardTable): Pair[] {
  const columns: ((path: string[]) => boolean)[] = [spendingTotalColumn, lastIs(/^基本支出$/), lastIs(/^项目支出$/)];
  const totalA = totalRecord(expenditure);
  const totalB = totalRecord(general);
  if (!totalA || !totalB) return [];
  const byCode = recordsByCode(expenditure);
  const pairs: Pair[] = [];
  for (const test of columns) {
    const a = columnWhere(totalA.group, test);
    const b = columnWhere(totalB.group, test);
    const totals = pair(single(a && valueAt(expenditure, totalA, a)), single(b && valueAt(general, totalB, b)))[0];
    if (!totals || !totals.some((s) => s.values[0]!.figure) || !agree(totals) || !comparable(totals)) continue;
    for (const record of general.records) {
      const other = record.code && byCode.get(record.code.digits);
      if (other) pairs.push(...pair(single(valueAt(expenditure, other, a!)), single(valueAt(general, record, b!))));
    }
  }
  return pairs;
}

// ---------------------------------------------------------------------------------------
// Messages

function inReadingOrder([a, b]: Pair): Pair {
  return a.table.table.table <= b.table.table.table ? [a, b] : [b, a];
}

/** The cell a finding is reported on: the later table's figure (or blank cell). */
function reportedCell(side: Side) {
  const value = side.values.find((v) => v.figure) ?? side.values[0]!;
  const f = value.figure;
  return { cell: value.cell, start: f ? f.start : 0, end: f ? f.end : value.cell.text.length };
}

/** "支出决算表“合计”行“基本支出”列" — the column left out where the side has only one. */
function place(value: TableValue, lang: 'zh' | 'en'): string {
  const single = value.record.group.valueColumns.length === 1;
  if (lang === 'en') return `row “${rowName(value.record)}”${single ? '' : `, column “${columnName(value.column)}”`}`;
  return `“${rowName(value.record)}”行${single ? '' : `“${columnName(value.column)}”列`}`;
}

interface Formatting {
  like: NonNullable<TableValue['figure']>;
  decimals: number;
}

function amount(value: TableValue, lang: 'zh' | 'en'): string {
  return value.figure ? formatFigure(value.figure) : lang === 'zh' ? '空白' : 'blank';
}

function describe(side: Side, fmt: Formatting, lang: 'zh' | 'en'): string {
  const title = side.table.title;
  // A sum with one figure among blanks is that figure: "A 1000.00 = 1000.00" says nothing more.
  const shown = side.values.filter((v) => v.figure);
  const parts = shown.length > 0 ? shown : side.values;
  if (parts.length === 1) {
    const value = parts[0]!;
    return lang === 'zh' ? `${title}${place(value, 'zh')}为 ${amount(value, 'zh')}` : `${title}, ${place(value, 'en')}: ${amount(value, 'en')}`;
  }
  const terms = parts.map((v) => `${v.record.label} ${amount(v, lang)}`).join(' + ');
  const sum = formatIn(sideValue(side), fmt.like, fmt.decimals);
  return lang === 'zh' ? `${title} ${terms} = ${sum}` : `${title}: ${terms} = ${sum}`;
}

function message(earlier: Side, later: Side): Localized {
  const figures = [...later.values, ...earlier.values].flatMap((v) => (v.figure ? [v.figure] : []));
  const like = figures[0]!;
  // Tables in 元 and in 万元: the later table's unit, with its own decimals.
  const decimals = figures.every((f) => f.scale.equals(like.scale)) ? maxDecimals(figures) : like.decimals;
  const fmt: Formatting = { like, decimals };
  const diff = formatIn(sideValue(later).minus(sideValue(earlier)).abs(), fmt.like, fmt.decimals);
  const right = formatIn(sideValue(earlier), fmt.like, fmt.decimals);
  return {
    zh: `${describe(later, fmt, 'zh')}，与${describe(earlier, fmt, 'zh')}不符，相差 ${diff}；同一数额两表应一致，若以${earlier.table.title}为准应为 ${right}`,
    en: `${describe(later, fmt, 'en')} does not match ${describe(earlier, fmt, 'en')}: a difference of ${diff}. The two tables must agree; if ${earlier.table.title} is right, it should be ${right}`,
  };
}
