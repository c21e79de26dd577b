/**
 * The relations the execution, gap and change statements claim, checked on intervals
 * (DESIGN, "Rounding"): each predicate is false only when no values the rounded figures
 * stand for can satisfy the relation, and undefined when the relation cannot be evaluated
 * (a base of zero or less): that is no finding, and no evidence for a unit slip either.
 */
import { Decimal } from 'decimal.js';
import { interval, type Figure } from '../extract/figure.js';
import type { Change } from '../extract/statements/changes.js';
import type { ExecutionRate } from '../extract/statements/execution.js';
import type { FundingGap } from '../extract/statements/gaps.js';
import { HUNDRED, ZERO, meets, ratioPercent, type Interval } from './arithmetic.js';

/** true: consistent; false: inconsistent; undefined: cannot be evaluated. */
export type Verdict = boolean | undefined;

/** numerator ÷ denominator can be the stated percentage (完成预算r%, 到位率, 使用率). */
export function ratioHolds(numerator: Figure, denominator: Figure, rate: Figure): Verdict {
  const ratio = ratioPercent(numerator, denominator);
  return ratio && meets(ratio, interval(rate));
}

/** need − available can be the stated gap (缺口). */
export function gapHolds(need: Figure, available: Figure, gap: Figure): boolean {
  const n = interval(need);
  const a = interval(available);
  return meets({ lo: n.lo.minus(a.hi), hi: n.hi.minus(a.lo) }, interval(gap));
}

/**
 * The rate a change of `amount` gives when it ends at `current`: amount ÷ (current − amount)
 * for an increase, amount ÷ (current + amount) for a decrease, in percent. Increasing in the
 * amount and decreasing in the current, so the bounds come from the corners.
 */
export function changeRate(current: Figure, amount: Figure, direction: 'up' | 'down'): Interval | undefined {
  const c = interval(current);
  const a = interval(amount);
  const aLo = Decimal.max(a.lo, ZERO);
  const sign = direction === 'up' ? -1 : 1;
  const lowBase = c.hi.plus(aLo.times(sign));
  const highBase = c.lo.plus(a.hi.times(sign));
  if (lowBase.lte(ZERO) || highBase.lte(ZERO)) return undefined;
  return { lo: aLo.div(lowBase).times(HUNDRED), hi: a.hi.div(highBase).times(HUNDRED) };
}

/** 增加A，增长r%: the rate can follow from the amount and the current figure. */
export function changeRateHolds(current: Figure, amount: Figure, rate: Figure, direction: 'up' | 'down'): Verdict {
  const computed = changeRate(current, amount, direction);
  return computed && meets(computed, interval(rate));
}

/** current − previous (an increase) or previous − current (a decrease) can be the stated amount. */
export function changeAmountHolds(current: Figure, previous: Figure, amount: Figure, direction: 'up' | 'down'): boolean {
  return meets(signedDifference(current, previous, direction), interval(amount));
}

/** (current − previous) ÷ previous, or its opposite for a decrease, can be the stated rate. */
export function rateFromPreviousHolds(current: Figure, previous: Figure, rate: Figure, direction: 'up' | 'down'): Verdict {
  const c = interval(current);
  const p = interval(previous);
  if (p.lo.lte(ZERO)) return undefined;
  const grown = { lo: c.lo.div(p.hi).minus(1).times(HUNDRED), hi: c.hi.div(p.lo).minus(1).times(HUNDRED) };
  const computed = direction === 'up' ? grown : { lo: grown.hi.neg(), hi: grown.lo.neg() };
  return meets(computed, interval(rate));
}

/** 持平 / 无变化: the current and the previous figure can be equal. */
export function flatHolds(current: Figure, previous: Figure): boolean {
  return meets(interval(current), interval(previous));
}

function signedDifference(current: Figure, previous: Figure, direction: 'up' | 'down'): Interval {
  const c = interval(current);
  const p = interval(previous);
  const up = { lo: c.lo.minus(p.hi), hi: c.hi.minus(p.lo) };
  return direction === 'up' ? up : { lo: up.hi.neg(), hi: up.lo.neg() };
}

/** A stated amount or rate can be zero (持平 with "增加0万元" is no contradiction). */
export function zeroHolds(figure: Figure): boolean {
  const i = interval(figure);
  return i.lo.lte(ZERO) && i.hi.gte(ZERO);
}

/**
 * One relation a statement claims, over figures in a fixed order, so that both the rule of
 * the statement and the unit-magnitude rule (which re-reads one figure in another unit) can
 * evaluate it.
 */
export interface Check<K extends string = string> {
  kind: K;
  figures: Figure[];
  holds(figures: Figure[]): Verdict;
  /** For a change: which way it goes. */
  direction?: 'up' | 'down';
}

export type ChangeCheckKind = 'change-rate' | 'change-amount' | 'rate-from-previous' | 'flat' | 'flat-change';

/**
 * The relations a change claims. With last year's figure stated, the amount and the rate
 * are checked against it (figures: current, previous, amount | rate); otherwise the rate
 * against the amount and the current figure (current, amount, rate). 持平 claims the two
 * years are equal (current, previous) and that any change stated with it is zero (amount | rate).
 */
export function changeChecks(change: Change): Check<ChangeCheckKind>[] {
  const { current, previous, amount, rate, direction } = change;
  if (direction === 'flat') {
    const checks: Check<ChangeCheckKind>[] = [amount, rate]
      .filter((f): f is Figure => !!f)
      .map((f) => ({ kind: 'flat-change', figures: [f], holds: ([x]) => zeroHolds(x!) }));
    if (current && previous) checks.push({ kind: 'flat', figures: [current, previous], holds: ([c, p]) => flatHolds(c!, p!) });
    return checks;
  }
  if (!current) return [];
  const checks: Check<ChangeCheckKind>[] = [];
  if (previous) {
    if (amount) checks.push({ kind: 'change-amount', direction, figures: [current, previous, amount], holds: ([c, p, a]) => changeAmountHolds(c!, p!, a!, direction) });
    if (rate) checks.push({ kind: 'rate-from-previous', direction, figures: [current, previous, rate], holds: ([c, p, r]) => rateFromPreviousHolds(c!, p!, r!, direction) });
  } else if (amount && rate) {
    checks.push({ kind: 'change-rate', direction, figures: [current, amount, rate], holds: ([c, a, r]) => changeRateHolds(c!, a!, r!, direction) });
  }
  return checks;
}

/** 完成预算r% and its kin: numerator ÷ denominator = rate (figures: numerator, denominator, rate). */
export function executionCheck(stated: ExecutionRate): Check<'execution'> {
  return {
    kind: 'execution',
    figures: [stated.numerator.figure, stated.denominator.figure, stated.rate],
    holds: ([n, d, r]) => ratioHolds(n!, d!, r!),
  };
}

/** need − available = gap (figures: need, available, gap). */
export function gapCheck(gap: FundingGap): Check<'gap'> {
  return { kind: 'gap', figures: [gap.need, gap.available, gap.gap], holds: ([n, a, g]) => gapHolds(n!, a!, g!) };
}
