import type { StandardTable, TableRecord } from '../src/tables/types.js';
import type { Interval } from '../src/lint/arithmetic.js';
import type { Localized, Report, Rule } from '../src/lint/types.js';
import { recordsByCode } from '../src/tables/lookup.js';
import {
  amountColumns,
  columnName,
  partsInterval,
  recordName,
  reportOn,
  sameColumn,
  sumHolds,
  sumWords,
  summarySides,
  termAt,
  type Term,
} from '../src/lint/table-sums.js';

/**
 * Rows of a standard table that are sums of other rows must equal them in every amount
 * column: a 类 the 款 listed under it, a 款 its 项 (科目编码 by prefix), the 合计 row the 类,
 * 人员经费合计 the 工资福利支出 and 对个人和家庭的补助 and 公用经费合计 the other economic 类,
 * and in a 总表 本年收入合计 / 本年支出合计 the numbered items of its side.
 */
export const rule: Rule = {
  meta: {
    id: 'table-row-sum',
    defaultSeverity: 'error',
    description: {
      zh: '表中合计行（类、款、合计、人员经费合计、本年收入合计等）与其下各行之和不符',
      en: 'A total row of a standard table (类, 款, 合计, 人员经费合计, 本年收入合计 …) does not equal the rows it adds up',
    },
    docs: 'docs/rules/table-row-sum.md',
  },
  check({ facts, report }) {
    for (const table of facts.tables.tables) checkTable(table, report);
  },
};

/** A row and the rows it adds up; `parts` names them in messages (各款, 各项 …). */
interface RowSum {
  total: TableRecord;
  parts: TableRecord[];
  partsWord: { zh: string; en: string };
}

function checkTable(table: StandardTable, report: (r: Report) => void): void {
  const corrected = new Map<string, Interval>();
  const key = (record: TableRecord, column: number) => `${record.row}:${column}`;
  for (const sum of rowSums(table)) {
    for (const column of amountColumns(sum.total.group)) {
      const columns = sum.parts.map((p) => sameColumn(sum.total, column, p));
      if (columns.some((c) => c === undefined)) continue;
      const total = termAt(table, sum.total, column, recordName(sum.total));
      const parts: Term[] = sum.parts.map((p, i) => ({ ...termAt(table, p, columns[i]!, recordName(p)), corrected: corrected.get(key(p, columns[i]!.index)) }));
      if (sumHolds(total, parts)) continue;
      corrected.set(key(sum.total, column.index), partsInterval(parts));
      const found = reportOn(total, message(table, sum, columnName(sum.total.group, column), total, parts));
      if (found) report(found);
    }
  }
}

/** Every row sum of the table, the lowest first (a 款 before its 类, a 类 before 合计). */
function rowSums(table: StandardTable): RowSum[] {
  if (table.kind === 'summary' || table.kind === 'appropriation-summary') return summarySums(table);
  const coded = recordsByCode(table);
  const sums = codeSums(coded);
  sums.push(...totalRowSums(table, coded), ...fundingSums(table, coded));
  return sums;
}

/** The nearest listed row above a code: 2010601 → 20106, or 201 when no 款 is listed. */
function listedParent(digits: string, coded: Map<string, TableRecord>): TableRecord | undefined {
  for (let length = digits.length - 2; length >= 3; length -= 2) {
    const found = coded.get(digits.slice(0, length));
    if (found) return found;
  }
  return undefined;
}

const LEVEL_WORDS = { 1: { zh: '各类', en: 'classes' }, 2: { zh: '各款', en: 'items (款)' }, 3: { zh: '各项', en: 'items (项)' } } as const;

function partsWordOf(parts: TableRecord[]): { zh: string; en: string } {
  const levels = new Set(parts.map((p) => p.code?.level));
  const level = levels.size === 1 ? [...levels][0] : undefined;
  return level ? LEVEL_WORDS[level] : { zh: '所列各行', en: 'listed rows' };
}

/** 类 = Σ its listed 款 (or 项), 款 = Σ its listed 项: only where rows are listed under it. */
function codeSums(coded: Map<string, TableRecord>): RowSum[] {
  const children = new Map<TableRecord, TableRecord[]>();
  for (const [digits, record] of coded) {
    const parent = listedParent(digits, coded);
    if (parent) children.set(parent, [...(children.get(parent) ?? []), record]);
  }
  return [...children]
    .sort(([a], [b]) => b.code!.digits.length - a.code!.digits.length)
    .map(([total, parts]) => ({ total, parts, partsWord: partsWordOf(parts) }));
}

/** The 合计 row of a coded table: Σ of the rows with no listed row above them (the 类). */
const TOTAL_ROW = /^(?:合计|总计|本年(?:收入|支出)合计)$/;

function totalRowSums(table: StandardTable, coded: Map<string, TableRecord>): RowSum[] {
  const top = [...coded].filter(([digits]) => !listedParent(digits, coded)).map(([, r]) => r);
  if (top.length === 0) return [];
  return table.records
    .filter((r) => !r.code && TOTAL_ROW.test(r.label))
    .map((total) => ({ total, parts: top, partsWord: partsWordOf(top) }));
}

/**
 * In the 基本支出 table, 人员经费 = 工资福利支出 (301) + 对个人和家庭的补助 (303), and
 * 公用经费 = every other economic 类 listed (302 商品和服务支出, 310 资本性支出 …).
 */
const PERSONNEL_CLASSES = new Set(['301', '303']);

function fundingSums(table: StandardTable, coded: Map<string, TableRecord>): RowSum[] {
  if (table.kind !== 'general-basic') return [];
  const classes = [...coded.values()].filter((r) => r.code!.system === 'economic' && r.code!.level === 1);
  const sums: RowSum[] = [];
  for (const total of table.records) {
    if (total.code) continue;
    const personnel = /^人员经费(?:合计)?$/.test(total.label);
    if (!personnel && !/^公用经费(?:合计)?$/.test(total.label)) continue;
    const parts = classes.filter((r) => PERSONNEL_CLASSES.has(r.code!.digits) === personnel);
    if (parts.length > 0) sums.push({ total, parts, partsWord: LEVEL_WORDS[1] });
  }
  return sums;
}

/**
 * In a 总表: an item's sub-items (一、财政拨款收入 = 1.… + 2.… + 3.…), a carry-over line's
 * breakdown (年初财政拨款结转和结余 = 一、… + 二、… + 三、…), and 本年收入合计 / 本年支出合计
 * = the items of its side.
 */
function summarySums(table: StandardTable): RowSum[] {
  const sums: RowSum[] = [];
  for (const side of summarySides(table)) {
    for (const { parent, parts } of side.breakdowns) sums.push({ total: parent, parts, partsWord: { zh: '其下各行', en: 'rows listed under it' } });
    if (side.yearTotal && side.items.length > 0 && side.itemsListed) sums.push({ total: side.yearTotal, parts: side.items, partsWord: { zh: '各项', en: 'items' } });
  }
  return sums;
}

function message(table: StandardTable, sum: RowSum, column: string, total: Term, parts: Term[]): Localized {
  const words = sumWords(total, parts);
  const row = recordName(sum.total);
  return {
    zh: `${table.title} “${column}”列：${words.terms} = ${words.sum}，与“${row}”行 ${words.total.zh} 相差 ${words.diff}；按${sum.partsWord.zh}之和，“${row}”应为 ${words.sum}`,
    en: `${table.title}, column “${column}”: ${words.terms} = ${words.sum}, but row “${row}” shows ${words.total.en}, a difference of ${words.diff}; the ${sum.partsWord.en} under it add up to ${words.sum}`,
  };
}
