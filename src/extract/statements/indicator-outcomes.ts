import type { Cell } from '../../model/document.js';
import { meets, sameMeasure } from '../../lint/arithmetic.js';
import type { Facts } from '../facts.js';
import { inBase, interval, type Figure } from '../figure.js';
import { compact, extractIndicatorTables, type IndicatorRow, type IndicatorTable } from './indicators.js';

/**
 * How a target is read: at least (≥, or a 数量指标 written without comparator), at most (≤,
 * or a 成本指标 / duration), or between the ends of a range.
 */
export type Reading = 'min' | 'max' | 'range';

/**
 * What an indicator row's actual value says about its target:
 * - 'met': the actual meets the target (equal within rounding, or better);
 * - 'fails': the actual misses the target as the target reads (90% against ≥95%);
 * - 'short': the actual passes the target's comparator but falls short of its value in the
 *   plain sense of the indicator (200个 against ≤320个 for a 数量指标);
 * - 'unmeasured': the actual is itself a bound or a range (≥95% against ≥95%), no measured value.
 */
export type OutcomeStatus = 'met' | 'fails' | 'short' | 'unmeasured';

export interface IndicatorOutcome {
  table: IndicatorTable;
  row: IndicatorRow;
  /** The leading figures of the target and actual cells. */
  target: Figure;
  actual: Figure;
  status: OutcomeStatus;
  /** How the target was read ('unmeasured' outcomes have none). */
  reading?: Reading;
  /** True when the target has no comparator and its reading comes from the indicator's category. */
  assumed: boolean;
}

/** Comparator words a cell may start with before its figure. */
const LEADING_WORDS = /^(?:[≥≤><＞＜≧≦=]|不低于|不少于|不小于|不超过|不高于|不多于|不大于|大于等于|小于等于|大于|小于|高于|低于|至少|最多|达到)?$/;
/** Quality indicators where less is better (差错率, 投诉率 …). */
const LESS_IS_BETTER = /差错|错误|投诉|事故|失误|偏差|超支|损失|不合格|返工|违规|违纪|闲置|流失|发生率|结余率|退回/;
const TIME_UNITS = new Set(['年', '月', '天', '小时', '分钟', '周', '工作日']);

/** The outcome of every indicator row whose target and actual cells open with comparable figures. */
export function extractIndicatorOutcomes(facts: Facts): IndicatorOutcome[] {
  const outcomes: IndicatorOutcome[] = [];
  for (const table of facts.of(extractIndicatorTables)) {
    for (const row of table.rows) {
      const outcome = outcomeOf(table, row);
      if (outcome) outcomes.push(outcome);
    }
  }
  return outcomes;
}

/** The figure a cell opens with ("≤320个" in "≤320个（含新建）"), if it opens with one. */
export function leadingFigure(cell: Cell, figures: Figure[]): Figure | undefined {
  const first = figures[0];
  if (!first) return undefined;
  return LEADING_WORDS.test(compact(cell.text.slice(0, first.start))) ? first : undefined;
}

function outcomeOf(table: IndicatorTable, row: IndicatorRow): IndicatorOutcome | undefined {
  const target = leadingFigure(row.target, row.targetFigures);
  const actual = leadingFigure(row.actual, row.actualFigures);
  if (!target || !actual || !comparable(target, actual)) return undefined;
  const base = { table, row, target, actual };
  if (actual.comparator || actual.range) return { ...base, status: 'unmeasured', assumed: false };
  const plain = plainDirection(row, target);
  const reading: Reading | undefined = target.range ? 'range' : comparatorReading(target) ?? plain;
  if (!reading) return meets(interval(target), interval(actual)) ? { ...base, status: 'met', assumed: false } : undefined;
  const assumed = !target.range && !target.comparator;
  if (fails(target, actual, reading)) return { ...base, status: 'fails', reading, assumed };
  const short = plain && plain !== reading && worse(target, actual, plain);
  return { ...base, status: short ? 'short' : 'met', reading, assumed };
}

/** Kinds a target can be a threshold of (a year or a date is a deadline, left to the reader). */
const THRESHOLD_KINDS = new Set(['amount', 'share', 'rate', 'count', 'standard', 'duration', 'number']);

/** Same measure, and for standards the same "per" units (元/人 with 元/人, not 元/户). */
function comparable(a: Figure, b: Figure): boolean {
  if (!THRESHOLD_KINDS.has(a.kind) || !THRESHOLD_KINDS.has(b.kind)) return false;
  if (a.kind !== b.kind && (a.kind === 'standard' || b.kind === 'standard')) return false;
  return sameMeasure(a, b) && (a.per ?? []).join('/') === (b.per ?? []).join('/');
}

function comparatorReading(target: Figure): Reading | undefined {
  if (target.comparator === '>=' || target.comparator === '>') return 'min';
  if (target.comparator === '<=' || target.comparator === '<') return 'max';
  return undefined;
}

/**
 * Which way an indicator is better, from its category: more is better for 数量, 质量 and
 * 满意度 (except rates of mistakes), less for 成本 amounts and for 时效 durations.
 */
export function plainDirection(row: IndicatorRow, figure: Figure): 'min' | 'max' | undefined {
  const levels = `${row.level1 ?? ''}${row.level2 ?? ''}`;
  const name = compact(row.name.text);
  const percent = figure.unit === '%';
  if (LESS_IS_BETTER.test(name)) return percent ? 'max' : undefined;
  if (/成本/.test(levels)) return figure.kind === 'amount' || figure.kind === 'standard' ? 'max' : undefined;
  if (/时效/.test(levels)) return percent ? 'min' : TIME_UNITS.has(figure.unit) ? 'max' : undefined;
  if (/数量|质量|满意度/.test(levels)) return 'min';
  return undefined;
}

/** The actual misses the target as it reads; the target is a threshold, the actual a rounded figure. */
function fails(target: Figure, actual: Figure, reading: Reading): boolean {
  const a = interval(actual);
  if (reading === 'range') {
    const scale = target.scale;
    return a.hi.lt(target.range!.min.times(scale)) || a.lo.gt(target.range!.max.times(scale));
  }
  const t = inBase(target);
  const strict = target.comparator === '>' || target.comparator === '<';
  if (reading === 'min') return strict ? a.hi.lte(t) : a.hi.lt(t);
  return strict ? a.lo.gte(t) : a.lo.gt(t);
}

/** The actual is on the worse side of the target's value, in the plain direction of the indicator. */
function worse(target: Figure, actual: Figure, plain: 'min' | 'max'): boolean {
  const a = interval(actual);
  const t = inBase(target);
  return plain === 'min' ? a.hi.lt(t) : a.lo.gt(t);
}
