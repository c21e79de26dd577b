import type { Column, StandardTable, TableRecord } from '../src/tables/types.js';
import { meets } from '../src/lint/arithmetic.js';
import type { Localized, Report, Rule } from '../src/lint/types.js';
import {
  amountColumns,
  columnName,
  partsInterval,
  recordName,
  reportOn,
  sumHolds,
  sumWords,
  summarySides,
  termAt,
  termInterval,
  type SummarySide,
  type Term,
} from '../src/lint/table-sums.js';

/**
 * A 总表 (收入支出决算总表, 财政拨款收入支出决算总表, 收支预算总表) must balance: on the income
 * side 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 总计, on the spending side
 * 本年支出合计 + 结余分配 + 年末结转和结余 = 总计 (a budget 总表 without a year's total adds its
 * items up to 收入总计 / 支出总计), and the two sides' 总计 are equal.
 */
export const rule: Rule = {
  meta: {
    id: 'table-balance',
    defaultSeverity: 'error',
    description: {
      zh: '收支总表不平衡：总计与本年合计加结转结余不符，或收入总计与支出总计不等',
      en: 'A 总表 does not balance: a 总计 differs from the year’s total plus carry-overs, or income and spending 总计 differ',
    },
    docs: 'docs/rules/table-balance.md',
  },
  check({ facts, report }) {
    for (const table of facts.tables.tables) {
      if (table.kind === 'summary' || table.kind === 'appropriation-summary') checkTable(table, report);
    }
  },
};

/** A side's 总计 in one column, against the lines that add up to it. */
interface SideSum {
  side: SummarySide;
  index: number;
  column: Column;
  total: Term;
  parts: Term[];
  holds: boolean;
}

function checkTable(table: StandardTable, report: (r: Report) => void): void {
  const sides = summarySides(table).filter((s) => s.grandTotal);
  const sums = sides.flatMap((side, index) => sideSums(table, side, index));
  const pair = sides.length === 2 ? bothTotals(table, sides as [SummarySide, SummarySide]) : undefined;
  const mainHolds = (i: number) => sums.every((s) => s.index !== i || s.column !== mainColumn(s.side) || s.holds);
  for (const sum of sums.filter((s) => !s.holds)) {
    // Both 总计 agree and the other side adds up: the slip is in a line, not in the 总计.
    const linesAtFault = pair?.agree === true && sum.column === mainColumn(sum.side) && mainHolds(1 - sum.index);
    const found = reportOn(sum.total, sideMessage(table, sum, linesAtFault));
    if (found) report(found);
  }
  if (pair && !pair.agree && sums.every((s) => s.holds)) {
    const found = reportOn(pair.right, pair.message);
    if (found) report(found);
  }
}

function sideSums(table: StandardTable, side: SummarySide, index: number): SideSum[] {
  if (!side.yearTotal && !side.itemsListed) return [];
  const terms = side.yearTotal ? [side.yearTotal, ...side.balanceLines] : [...side.items, ...side.balanceLines];
  if (terms.length === 0) return [];
  return amountColumns(side.group).map((column) => {
    const total = termAt(table, side.grandTotal!, column, recordName(side.grandTotal!));
    const parts = terms.map((r) => termOf(table, side, r, column));
    return { side, index, column, total, parts, holds: sumHolds(total, parts) };
  });
}

/**
 * A term of a side; the year's total carries what its items add up to, so that a wrong
 * 本年收入合计 (reported by table-row-sum) does not also unbalance the side.
 */
function termOf(table: StandardTable, side: SummarySide, record: TableRecord, column: Column): Term {
  const term = termAt(table, record, column, recordName(record));
  if (record !== side.yearTotal || side.items.length === 0 || !side.itemsListed) return term;
  const items = side.items.map((r) => termAt(table, r, column, recordName(r)));
  return sumHolds(term, items) ? term : { ...term, corrected: partsInterval(items) };
}

/** The 总计 of each side in its main column (the only one, or the 合计 column): they must be equal. */
function bothTotals(table: StandardTable, [income, spending]: [SummarySide, SummarySide]): { agree: boolean; right: Term; message: Localized } | undefined {
  const a = mainColumn(income);
  const b = mainColumn(spending);
  if (!a || !b) return undefined;
  const left = termAt(table, income.grandTotal!, a, recordName(income.grandTotal!));
  const right = termAt(table, spending.grandTotal!, b, recordName(spending.grandTotal!));
  if (!left.figure && !right.figure) return undefined;
  const words = sumWords(right, [left]);
  const [l, r] = [sideName(income, 0), sideName(spending, 1)];
  return {
    agree: meets(termInterval(left), termInterval(right)),
    right,
    message: {
      zh: `${table.title}：${l.zh}“${left.name}” ${words.sum} 与${r.zh}“${right.name}” ${words.total.zh} 不等，相差 ${words.diff}；收支总表两方的总计应相等`,
      en: `${table.title}: the ${l.en} side’s “${left.name}” ${words.sum} and the ${r.en} side’s “${right.name}” ${words.total.en} differ by ${words.diff}; both sides of a 总表 must add up to the same 总计`,
    },
  };
}

function mainColumn(side: SummarySide): Column | undefined {
  const columns = amountColumns(side.group);
  if (columns.length === 1) return columns[0];
  return columns.find((c) => /^(?:合计|总计)$/.test(c.path.at(-1) ?? ''));
}

/** 收入 or 支出, from the side's heading or its lines; 第N栏 when neither says. */
function sideName(side: SummarySide, index: number): Localized {
  const words = [side.group.valueColumns[0]?.path[0] ?? '', side.yearTotal?.label ?? '', side.grandTotal?.label ?? ''].join(' ');
  if (/支出/.test(words)) return { zh: '支出方', en: 'spending' };
  if (/收入/.test(words)) return { zh: '收入方', en: 'income' };
  return { zh: `第${index + 1}栏`, en: `column group ${index + 1}` };
}

function sideMessage(table: StandardTable, { side, index, column, total, parts }: SideSum, linesAtFault: boolean): Localized {
  const words = sumWords(total, parts);
  const name = columnName(side.group, column);
  const several = amountColumns(side.group).length > 1;
  const which = sideName(side, index);
  const zhWhere = several ? `“${name}”列` : '';
  const enWhere = several ? ` column “${name}”` : '';
  return {
    zh:
      `${table.title} ${which.zh}${zhWhere}：${words.terms} = ${words.sum}，与${total.name} ${words.total.zh} 相差 ${words.diff}；` +
      (linesAtFault ? '两方总计一致，应核对以上各项' : `按各项之和，${total.name}应为 ${words.sum}`),
    en:
      `${table.title}, ${which.en} side${enWhere}: ${words.terms} = ${words.sum}, but ${total.name} is ${words.total.en}, a difference of ${words.diff}; ` +
      (linesAtFault ? 'both sides’ 总计 agree, so check the lines above it' : `the lines add up to ${words.sum}`),
  };
}
