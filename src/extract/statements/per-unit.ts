import { Decimal } from 'decimal.js';
import type { Cell, Table } from '../../model/document.js';
import type { Project } from '../../structure/types.js';
import { sameMeasure } from '../../lint/arithmetic.js';
import type { Facts } from '../facts.js';
import { inBase, type Figure, type TextUnit } from '../figure.js';
import { clauseStart, closingBracket, depthAt, sentenceAround } from '../text-spans.js';
import { compact, extractIndicatorTables, type IndicatorRow } from './indicators.js';

/**
 * How many periods a per-period standard is paid for: 300元/人/月 over a year is paid 12
 * times. A plain per-unit standard (1500元/人) is paid once.
 */
export interface Periods {
  /** The standard's period (月, 年, 次 …), when it has one. */
  unit?: string;
  count: Decimal;
  /**
   * - 'one': no period, a yearly standard for one year, or 元/人·次 against a count of 人次;
   * - 'stated': the text gives the number of periods (`figure`: 6个月, 2次);
   * - 'year': a monthly standard with no number of months, taken over a year (12);
   * - 'at-least-once': 元/人·次 with no number of 次, so the product is only a minimum.
   */
  basis: 'one' | 'stated' | 'year' | 'at-least-once';
  figure?: Figure;
}

/**
 * How the count, the standard and the amount are known to be about one thing:
 * - 'clause': one clause chain that ends in a total ("为40名职工发放人均1500元的救助金，共计6万元");
 * - 'row': one table row with a count, a standard and an amount (覆盖人数 / 人均标准 / 金额);
 * - 'section': inferred — a project's indicator table has exactly one 数量指标 count and one
 *   成本指标 standard per the same unit, and the project states one budget.
 */
export type PerUnitLink = 'clause' | 'row' | 'section';

/** A claim that count × standard (× periods) makes an amount. */
export interface PerUnitProduct {
  count: Figure;
  standard: Figure;
  /** The stated amount; for 'section', the project budget. */
  amount: Figure;
  periods: Periods;
  link: PerUnitLink;
  /** 'row': what the row pays for (its name cell). */
  subject?: string;
  /** 'section': the names of the 数量指标 and 成本指标 rows. */
  countName?: string;
  standardName?: string;
  /** 'section': the budget is said to go wholly to this purpose (全部用于…), so a product short of it is a finding too. */
  wholeBudget?: boolean;
  /** 'section': the project says a shortfall is made up from other money (缺口, 不足部分由…弥补). */
  coFunded?: boolean;
  /** 'section': the 实际完成值 count, when it differs from the target. */
  actualCount?: Figure;
}

const ONE = new Decimal(1);
const MONTHS_IN_YEAR = new Decimal(12);

/** Every per-unit product the document states or implies, in reading order of kind. */
export function extractPerUnitProducts(facts: Facts): PerUnitProduct[] {
  return [...inClauses(facts), ...inTableRows(facts), ...inProjects(facts)];
}

// ---------------------------------------------------------------------------------------
// Shared

/** The count is of what the standard is per: 40名 with 元/人, 215户 with 元/户, 320个 with 元/个. */
export function countsWhatStandardIsPer(count: Figure, standard: Figure): boolean {
  const per = standard.per?.[0];
  if (count.kind !== 'count' || standard.kind !== 'standard' || per === undefined) return false;
  // Compare the count with itself re-measured in the standard's per-unit (名 ≡ 人, 人次 ≡ 人).
  return sameMeasure(count, { ...count, unit: per });
}

/** Periods a standard runs over, or undefined when they cannot be told (元/人/天 with no days). */
function periodsOf(standard: Figure, count: Figure, candidates: Figure[]): Periods | undefined {
  const per = standard.per ?? [];
  const unit = per[1];
  if (unit === undefined) return { count: ONE, basis: 'one' };
  if (per.length > 2) return undefined;
  if (count.unit.endsWith(unit)) return { unit, count: ONE, basis: 'one' }; // 人次 × 元/人·次
  const stated = candidates.filter(
    (f) => f !== count && f.unit === unit && !f.comparator && (f.kind === 'duration' || f.kind === 'count'),
  );
  if (stated.length > 1) return undefined;
  if (stated[0]) return { unit, count: stated[0].value, basis: 'stated', figure: stated[0] };
  if (unit === '月') return { unit, count: MONTHS_IN_YEAR, basis: 'year' };
  if (unit === '年') return { unit, count: ONE, basis: 'one' };
  if (TIMES.has(unit)) return { unit, count: ONE, basis: 'at-least-once' };
  return undefined;
}

/** Periods counted in occasions: a standard per 次 is paid at least once. */
const TIMES = new Set(['次', '批', '批次', '期', '场']);

// ---------------------------------------------------------------------------------------
// Clause chains: "为40名困难职工发放人均1500元的救助金，共计6万元"

/** An amount introduced as the total of what comes before it (not 公共, 共有). */
const TOTAL_BEFORE =
  /(?:共计|合计|总计|共需|总共|累计|(?<!公)共(?=发放|拨付|支出|使用|投入|安排|补助|资助|救助|慰问))[^\d，,。；;：:]{0,10}$/;
/** The total is only approximate. */
const APPROXIMATE_BEFORE = /(?:约|近|将近|大约|超过)$/;
const APPROXIMATE_AFTER = /^(?:左右|上下)/;
/** "共计8万元（含场地费）": the total includes more than the product. */
const INCLUDES_MORE_AFTER = /^\s*[（(](?:含|包括|包含|其中)/;
/** Between the product and the total: the total covers more than the product. */
const MORE_ITEMS = /并|另|还|此外|及|和|同时|等/;
/** A count in a clause about a change is not the count paid for. */
const CHANGE = /增加|减少|增长|下降|比上年|较上年|同比|与上年/;

function inClauses(facts: Facts): PerUnitProduct[] {
  const found: PerUnitProduct[] = [];
  for (const { unit } of facts.structure.units) {
    const figures = facts.figuresOf(unit);
    for (const amount of figures) {
      if (!isStatedTotal(unit.text, amount)) continue;
      const product = clauseChainBefore(unit.text, figures, amount);
      if (product) found.push(product);
    }
  }
  return found;
}

function isStatedTotal(text: string, f: Figure): boolean {
  if (f.kind !== 'amount' || f.comparator || f.range) return false;
  const before = text.slice(clauseStart(text, f.start), f.start);
  const after = text.slice(f.end);
  return TOTAL_BEFORE.test(before) && !APPROXIMATE_BEFORE.test(before) && !APPROXIMATE_AFTER.test(after) && !INCLUDES_MORE_AFTER.test(after);
}

/**
 * The count and standard the total sums up: in the same sentence, after any other amount,
 * not inside a bracketed aside closed before the total; exactly one standard and exactly
 * one count of what it is per.
 */
function clauseChainBefore(text: string, figures: Figure[], amount: Figure): PerUnitProduct | undefined {
  const sentenceStart = sentenceAround(text, amount.start).start;
  const before = figures.filter((f) => f.start >= sentenceStart && f.end <= amount.start && !isAside(text, f, amount));
  const lastAmount = lastIndexOfAmount(before);
  const chain = before.slice(lastAmount + 1);
  const chainStart = before[lastAmount]?.end ?? sentenceStart;
  const standards = chain.filter((f) => f.kind === 'standard');
  if (standards.length !== 1) return undefined;
  const standard = withPeriodWords(text, standards[0]!, text.slice(chainStart, amount.start));
  if (!standard) return undefined;
  const counts = chain.filter((f) => countsWhatStandardIsPer(f, standard) && !inChangeClause(text, f));
  if (counts.length !== 1 || standard.comparator || counts[0]!.comparator) return undefined;
  const count = counts[0]!;
  if (MORE_ITEMS.test(text.slice(Math.max(count.end, standard.end), amount.start))) return undefined;
  if (PER_SOMETHING_BEFORE.test(text.slice(clauseStart(text, count.start), count.start))) return undefined;
  const periods = periodsOf(standard, count, chain);
  if (!periods || hasOtherMultiplier(chain, count, periods)) return undefined;
  return { count, standard, amount, periods, link: 'clause' };
}

/** "每期100人": the count is itself per something, so the total multiplies by more. */
const PER_SOMETHING_BEFORE = /每[\u4e00-\u9fff]{1,2}$/;

/** A number of times or a duration the product does not use ("培训3期", "为期3天"): another factor may be in play. */
function hasOtherMultiplier(figures: Figure[], count: Figure, periods: Periods): boolean {
  const used = (f: Figure) => f === count || f === periods.figure;
  return figures.some((f) => !used(f) && (f.kind === 'duration' || (f.kind === 'count' && TIMES.has(f.unit))));
}

/** "人均每月200元", "月人均补助300元": words before the standard that give its period. */
const PERIOD_BEFORE = /(?:每|按)(月|季度|年)|(月|季度|年)(?:人均|户均)|(?:人均|户均)(月|季度|年)/;
/** Words that make a standard monthly (or quarterly) somewhere in its chain. */
const PERIOD_WORDS = /[每按]月|月均|月人均|人均每?月|[每按]季度/;

/**
 * The standard with the period its words give ("人均每月200元" is per 人 per 月), or
 * undefined when the chain speaks of months the standard does not show ("按月发放…每人300元").
 */
function withPeriodWords(text: string, standard: Figure, chain: string): Figure | undefined {
  const per = standard.per ?? [];
  if (per.length !== 1) return standard;
  const m = PERIOD_BEFORE.exec(text.slice(clauseStart(text, standard.start), standard.start));
  const period = m?.[1] ?? m?.[2] ?? m?.[3];
  if (period) return { ...standard, per: [...per, period] };
  return PERIOD_WORDS.test(chain) ? undefined : standard;
}

function lastIndexOfAmount(figures: Figure[]): number {
  for (let i = figures.length - 1; i >= 0; i--) if (figures[i]!.kind === 'amount') return i;
  return -1;
}

/** "为50名职工（其中女职工20名）发放…": a figure in brackets closed before the total. */
function isAside(text: string, f: Figure, amount: Figure): boolean {
  return depthAt(text, f.start) > 0 && closingBracket(text, f.start) < amount.start;
}

function inChangeClause(text: string, f: Figure): boolean {
  return CHANGE.test(text.slice(clauseStart(text, f.start), f.start));
}

// ---------------------------------------------------------------------------------------
// Table rows: 覆盖人数（人） | 人均标准（元/人） | 金额（元）

function inTableRows(facts: Facts): PerUnitProduct[] {
  const found: PerUnitProduct[] = [];
  for (const block of facts.doc.blocks) {
    if (block.kind !== 'table') continue;
    const header = headerRow(facts, block);
    for (const row of block.rows.slice(header === undefined ? 0 : header + 1)) {
      const product = rowProduct(facts, row);
      if (product) found.push(product);
    }
  }
  return found;
}

/** The first row with words and no money or count in it. */
function headerRow(facts: Facts, table: Table): number | undefined {
  const index = table.rows.findIndex(
    (row) =>
      row.filter((cell) => compact(cell.text) !== '').length >= 2 &&
      row.every((cell) => !facts.figuresOf(cell).some(isPerUnitPart)),
  );
  return index < 0 ? undefined : index;
}

function isPerUnitPart(f: Figure): boolean {
  return f.kind === 'count' || f.kind === 'standard' || f.kind === 'amount';
}

/**
 * The one figure a cell holds and nothing else (bare numbers already carry the unit of their
 * column header: see column-units.ts).
 */
function valueOf(facts: Facts, cell: Cell): Figure | undefined {
  const figures = facts.figuresOf(cell);
  const f = figures[0];
  return figures.length === 1 && f && compact(cell.text) === compact(f.raw) ? f : undefined;
}

function rowProduct(facts: Facts, row: Cell[]): PerUnitProduct | undefined {
  const values = row.map((cell) => valueOf(facts, cell)).filter((f): f is Figure => !!f);
  const standards = values.filter((f) => f.kind === 'standard');
  const amounts = values.filter((f) => f.kind === 'amount');
  const standard = standards[0];
  if (standards.length !== 1 || amounts.length !== 1 || !standard || standard.comparator) return undefined;
  const counts = values.filter((f) => countsWhatStandardIsPer(f, standard));
  const count = counts[0];
  if (counts.length !== 1 || !count || count.comparator) return undefined;
  const periods = periodsOf(standard, count, values);
  if (!periods || hasOtherMultiplier(values, count, periods)) return undefined;
  const subject = row.find((cell) => /[\u4e00-\u9fff]/.test(cell.text) && facts.figuresOf(cell).length === 0);
  return { count, standard, amount: amounts[0]!, periods, link: 'row', subject: subject && compact(subject.text) };
}

// ---------------------------------------------------------------------------------------
// Projects: 数量指标 × 成本指标 against the project budget

/** A budget amount: 全年预算数10万元, 申报20万元, 财政批复20万元 (not 执行数). */
const BUDGET_BEFORE = /(?:预算数|预算金额|预算资金|预算安排|年初预算|全年预算|申报(?:资金|金额|预算)?|批复(?:资金|金额|预算)?)[为是：:]?$/;
const WHOLE_BUDGET = /全部用于|全额用于/;
const CO_FUNDED = /缺口|不足部分|不足的部分|补足|弥补|自筹|配套/;
const COUNT_NAME = /人数|数量|户数|个数|家数|人次|户次/;

interface IndicatorValue {
  row: IndicatorRow;
  figure: Figure;
}

function inProjects(facts: Facts): PerUnitProduct[] {
  const tables = facts.of(extractIndicatorTables);
  const found: PerUnitProduct[] = [];
  for (const project of facts.structure.projects) {
    const rows = tables.filter((t) => t.project === project).flatMap((t) => t.rows);
    if (rows.length === 0) continue;
    const budget = projectBudget(facts, project);
    if (!budget) continue;
    const counts = rows.flatMap(quantityTargets);
    const standards = rows.flatMap(costStandards);
    const stated = paragraphsOf(facts, project).flatMap((p) => facts.figuresOf(p));
    for (const count of counts) {
      if (count.figure.comparator && !corroborated(count.figure, stated)) continue;
      const link = linkUnambiguously(count, counts, standards);
      const product = link && completeSection(facts, project, link, budget);
      if (product) found.push(product);
    }
  }
  return found;
}

/** 产出指标 / 数量指标 rows: the count each targets. */
function quantityTargets(row: IndicatorRow): IndicatorValue[] {
  const quantity = row.level1?.includes('产出') && (row.level2?.includes('数量') || COUNT_NAME.test(compact(row.name.text)));
  if (!quantity) return [];
  return row.targetFigures.filter((f) => f.kind === 'count').map((figure) => ({ row, figure }));
}

/** 成本指标 rows: the standards each targets. */
function costStandards(row: IndicatorRow): IndicatorValue[] {
  if (!row.level1?.includes('成本') && !row.level2?.includes('成本')) return [];
  return row.targetFigures.filter((f) => f.kind === 'standard').map((figure) => ({ row, figure }));
}

/**
 * The link holds only with one standard per the count's unit, one count of that unit, and
 * names that speak of the same thing ("补助驿站数量" and "驿站补助标准" share 驿站).
 */
function linkUnambiguously(count: IndicatorValue, counts: IndicatorValue[], standards: IndicatorValue[]): [IndicatorValue, IndicatorValue] | undefined {
  const matching = standards.filter((s) => countsWhatStandardIsPer(count.figure, s.figure));
  const standard = matching[0];
  if (matching.length !== 1 || !standard || standard.figure.comparator) return undefined;
  // "月生活补贴标准 1100元/人": a period the figure does not show.
  if (standard.figure.per?.length === 1 && /月|季度/.test(compact(standard.row.name.text))) return undefined;
  const rivals = counts.filter((c) => countsWhatStandardIsPer(c.figure, standard.figure));
  if (rivals.length !== 1 || !samePurpose(count.row.name.text, standard.row.name.text)) return undefined;
  return [count, standard];
}

/** Words every indicator name may carry, which say nothing about what is counted or paid. */
const GENERIC_NAME_WORDS = /补助|补贴|标准|人数|数量|个数|户数|人次|户次|发放|资金|经费|金额|成本|人均|户均|指标|年度|全年|[“”"‘’「」（）()\s]/g;

/** Whether two indicator names share a word of two or more characters beyond the generic ones. */
function samePurpose(a: string, b: string): boolean {
  const pieces = (name: string) => name.replace(GENERIC_NAME_WORDS, '|').split('|');
  const other = pieces(b).join('|');
  return pieces(a).some((piece) => [...piece].some((_, i) => i + 2 <= piece.length && other.includes(piece.slice(i, i + 2))));
}

/**
 * A target written as a bound ("≤320个") is taken as the planned count only when the
 * project's text states that count plainly ("覆盖了全市320个驿站").
 */
function corroborated(count: Figure, stated: Figure[]): boolean {
  return stated.some((f) => f.kind === 'count' && !f.comparator && f.value.eq(count.value) && sameMeasure(f, count));
}

function completeSection(
  facts: Facts,
  project: Project,
  [count, standard]: [IndicatorValue, IndicatorValue],
  budget: { figure: Figure; whole: boolean },
): PerUnitProduct | undefined {
  const periods = periodsOf(standard.figure, count.figure, []);
  if (!periods) return undefined;
  return {
    count: count.figure,
    standard: standard.figure,
    amount: budget.figure,
    periods,
    link: 'section',
    countName: plainName(count.row.name),
    standardName: plainName(standard.row.name),
    wholeBudget: budget.whole,
    coFunded: paragraphsOf(facts, project).some((p) => CO_FUNDED.test(p.text)),
    actualCount: differentActual(count),
  };
}

/** An indicator name without its quotation marks, to be quoted in a message: 补助“驿站”数量 → 补助驿站数量. */
function plainName(cell: Cell): string {
  return compact(cell.text).replace(/[“”"‘’「」]/g, '');
}

function differentActual({ row, figure }: IndicatorValue): Figure | undefined {
  const actual = row.actualFigures.filter((f) => f.kind === 'count');
  const only = actual.length === 1 ? actual[0] : undefined;
  return only && !only.value.eq(figure.value) && sameMeasure(only, figure) ? only : undefined;
}

function paragraphsOf(facts: Facts, project: Project): TextUnit[] {
  return facts.structure.units.filter((u) => u.scope.project === project && 'paragraph' in u.unit.place).map((u) => u.unit);
}

/** The project's one budget amount: every budget figure it states has the same value. */
function projectBudget(facts: Facts, project: Project): { figure: Figure; whole: boolean } | undefined {
  const budgets: Figure[] = [];
  for (const unit of paragraphsOf(facts, project)) {
    for (const f of facts.figuresOf(unit)) {
      if (f.kind === 'amount' && !f.comparator && BUDGET_BEFORE.test(unit.text.slice(clauseStart(unit.text, f.start), f.start))) budgets.push(f);
    }
  }
  const first = budgets[0];
  if (!first || budgets.some((b) => !inBase(b).eq(inBase(first)))) return undefined;
  const whole = budgets.some((b) => {
    const sentence = sentenceAround(b.source.text, b.start);
    return WHOLE_BUDGET.test(b.source.text.slice(sentence.start, sentence.end));
  });
  return { figure: first, whole };
}
