import { Decimal } from 'decimal.js';
import { inBase, interval, type Figure } from '../extract/figure.js';

/**
 * Interval arithmetic on rounded figures (DESIGN, "Rounding"): a relation is inconsistent
 * only when the interval computed from the parts cannot meet the interval of the stated
 * result. All values are in base units (元 for money).
 */
export interface Interval {
  lo: Decimal;
  hi: Decimal;
}

export const ZERO = new Decimal(0);
export const HUNDRED = new Decimal(100);
/** An exact zero: a blank cell of a standard table. */
export const ZERO_INTERVAL: Readonly<Interval> = Object.freeze({ lo: ZERO, hi: ZERO });

export function sumIntervals(figures: Figure[]): Interval {
  let lo = ZERO;
  let hi = ZERO;
  for (const f of figures) {
    const i = interval(f);
    lo = lo.plus(i.lo);
    hi = hi.plus(i.hi);
  }
  return { lo, hi };
}

export function meets(a: Interval, b: Interval): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}

/** The percentage part/total can be, given both are rounded (total assumed positive). */
export function ratioPercent(part: Figure, total: Figure): Interval | undefined {
  const p = interval(part);
  const t = interval(total);
  if (t.lo.lte(ZERO)) return undefined;
  return { lo: p.lo.div(t.hi).times(HUNDRED), hi: p.hi.div(t.lo).times(HUNDRED) };
}

export function sumValues(figures: Figure[]): Decimal {
  return figures.reduce((acc, f) => acc.plus(inBase(f)), ZERO);
}

/** Two figures measure the same thing (money with money, people with people …). */
export function sameMeasure(a: Figure, b: Figure): boolean {
  if (a.kind === 'amount' || b.kind === 'amount') return a.kind === b.kind;
  return canonicalUnit(a.unit) === canonicalUnit(b.unit);
}

/** 名 counts people like 人; 户次/人次 count like 户/人. */
function canonicalUnit(unit: string): string {
  if (unit === '名' || unit === '人次') return '人';
  if (unit === '户次') return '户';
  return unit;
}

const SCALE_NAMES: [number, string][] = [
  [1e8, '亿'],
  [1e4, '万'],
  [1e3, '千'],
];

/**
 * The written unit of a figure: 万元 for an amount with scale 10000, % for shares, 万人 for
 * "1.2万名" (the scale belongs to the unit, or formatIn would print "1.2人").
 */
export function writtenUnit(f: Figure): string {
  const scale = f.scale.toNumber();
  const name = SCALE_NAMES.find(([s]) => s === scale)?.[1] ?? '';
  return name + (f.kind === 'amount' ? '元' : f.unit);
}

/**
 * Formats a base-unit value in the written unit of `like`, with `decimals` decimals
 * (trailing zeros kept, as budget tables print them).
 */
export function formatIn(value: Decimal, like: Figure, decimals = like.decimals): string {
  return value.div(like.scale).toFixed(decimals) + writtenUnit(like);
}

/** A figure as written, normalised: "340.96万元", "26.04%", "50人". */
export function formatFigure(f: Figure): string {
  return formatIn(inBase(f), f);
}

export function maxDecimals(figures: Figure[]): number {
  return figures.reduce((d, f) => Math.max(d, f.decimals), 0);
}
