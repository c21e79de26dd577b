import type { Column, ColumnGroup, StandardTable, TableRecord } from '../src/tables/types.js';
import type { Interval } from '../src/lint/arithmetic.js';
import type { Localized, Report, Rule } from '../src/lint/types.js';
import { amountColumns, columnName, partsInterval, recordName, reportOn, sumHolds, sumWords, termAt, type Term } from '../src/lint/table-sums.js';

/**
 * Columns of a standard table that are sums of other columns must equal them in every row:
 * 本年收入合计 = 财政拨款收入 + 上级补助收入 + …, 本年支出合计 = 基本支出 + 项目支出 + …,
 * 合计 = 人员经费 + 公用经费, the 三公 合计 = 因公出国（境）费 + 公务用车购置及运行费 +
 * 公务接待费 and its 小计 = 购置费 + 运行费, for 预算数 and 决算数 alike. The total and its
 * parts are read from the header: a column headed 合计/小计 (or 本年收入合计 …) adds up the
 * columns beside it under the same heading.
 */
export const rule: Rule = {
  meta: {
    id: 'table-column-sum',
    defaultSeverity: 'error',
    description: {
      zh: '表中合计列（本年收入合计、本年支出合计、合计、小计）与各分列之和不符',
      en: 'A total column of a standard table (本年收入合计, 本年支出合计, 合计, 小计) does not equal the columns it adds up',
    },
    docs: 'docs/rules/table-column-sum.md',
  },
  check({ facts, report }) {
    for (const table of facts.tables.tables) checkTable(table, report);
  },
};

/** A total column and the columns it adds up. */
interface ColumnSum {
  total: Column;
  parts: Column[];
  /** How deep the total sits in the header: a 小计 under 合计 is checked first. */
  depth: number;
}

function checkTable(table: StandardTable, report: (r: Report) => void): void {
  const corrected = new Map<string, Interval>();
  for (const group of table.groups) {
    const sums = columnSums(group).sort((a, b) => b.depth - a.depth);
    for (const record of table.records.filter((r) => r.group === group && !numbersColumns(r))) {
      for (const sum of sums) {
        const total = termAt(table, record, sum.total, columnName(group, sum.total));
        const parts: Term[] = sum.parts.map((c) => ({ ...termAt(table, record, c, columnName(group, c)), corrected: corrected.get(`${record.row}:${c.index}`) }));
        if (sumHolds(total, parts)) continue;
        corrected.set(`${record.row}:${sum.total.index}`, partsInterval(parts));
        const found = reportOn(total, message(table, record.code || record.label ? recordName(record) : '', total, parts));
        if (found) report(found);
      }
    }
  }
}

/** A row numbering the columns (甲 | 乙 | 1 | 2 | 3 …) rather than holding figures. */
function numbersColumns(record: TableRecord): boolean {
  const values = [...record.values.values()];
  return !record.code && values.length >= 2 && values.every((f, i) => f.decimals === 0 && f.value.eq(i + 1));
}

/** Words that head a total column. */
const TOTAL = /^(?:合计|小计|总计)$|^(?:本年)?(?:收入|支出)合计$/;
/** Another measure of the same thing, never a part: 预算数 beside 决算数, last year's figure. */
const OTHER_MEASURE = /预算数|决算数|执行数|调整预算|上年(?:预算|决算|执行|实际)/;
/** Carried-over balances are no part of the year's income or spending. */
const CARRIED = /结转|结余/;

/**
 * The sums the header states: for each column headed by a total word at some level, the
 * other columns under the same heading and ending in the same words (预算数 / 决算数). Where
 * a part has its own 小计, that column stands for it; otherwise its own columns do.
 */
function columnSums(group: ColumnGroup): ColumnSum[] {
  const columns = amountColumns(group);
  const sums: ColumnSum[] = [];
  for (const total of columns) {
    const depth = total.path.findIndex((p) => TOTAL.test(p));
    if (depth < 0) continue;
    const prefix = total.path.slice(0, depth);
    const suffix = total.path.slice(depth + 1);
    const word = total.path[depth]!;
    const candidates = columns.filter((c) => c !== total && startsWith(c.path, prefix) && endsWith(c.path, suffix) && c.path.length > prefix.length + suffix.length);
    const parts = partsUnder(prefix, suffix, candidates, (node) => isPart(node, word));
    if (parts.length >= 2) sums.push({ total, parts, depth });
  }
  return sums;
}

/** Whether a heading under a total's heading names one of its parts. */
function isPart(node: string, totalWord: string): boolean {
  if (TOTAL.test(node) || OTHER_MEASURE.test(node)) return false;
  if (/^本年/.test(totalWord) && CARRIED.test(node)) return false;
  // 本年支出合计 adds spending columns only, 本年收入合计 income columns only.
  if (/支出/.test(totalWord) && /收入/.test(node)) return false;
  if (/收入/.test(totalWord) && /支出/.test(node)) return false;
  return true;
}

/** The columns standing for each heading under `prefix`: its own column, its 小计, or its parts. */
function partsUnder(prefix: string[], suffix: string[], columns: Column[], accept: (node: string) => boolean): Column[] {
  const nodes = [...new Set(columns.map((c) => c.path[prefix.length]!))].filter(accept);
  return nodes.flatMap((node) => {
    const under = columns.filter((c) => c.path[prefix.length] === node);
    const own = under.find((c) => c.path.length === prefix.length + 1 + suffix.length);
    if (own) return [own];
    const subtotal = under.find((c) => c.path.length === prefix.length + 2 + suffix.length && TOTAL.test(c.path[prefix.length + 1]!));
    if (subtotal) return [subtotal];
    return partsUnder([...prefix, node], suffix, under.filter((c) => c.path.length > prefix.length + 1 + suffix.length), accept);
  });
}

function startsWith(path: string[], prefix: string[]): boolean {
  return prefix.every((p, i) => path[i] === p);
}

function endsWith(path: string[], suffix: string[]): boolean {
  return suffix.every((s, i) => path[path.length - suffix.length + i] === s);
}

function message(table: StandardTable, row: string, total: Term, parts: Term[]): Localized {
  const words = sumWords(total, parts);
  const where = row ? ` “${row}”行` : '';
  return {
    zh: `${table.title}${where}：${words.terms} = ${words.sum}，与${total.name} ${words.total.zh} 相差 ${words.diff}；按各列之和，${total.name}应为 ${words.sum}`,
    en: `${table.title}${row ? `, row “${row}”` : ''}: ${words.terms} = ${words.sum}, but ${total.name} is ${words.total.en}, a difference of ${words.diff}; the columns add up to ${words.sum}`,
  };
}
