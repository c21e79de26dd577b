import { Decimal } from 'decimal.js';
import type { Cell, Paragraph } from '../model/document.js';

/** What a figure measures. */
export type FigureKind =
  | 'amount' // money: 元 千元 万元 亿元
  | 'share' // a percentage that is part of a whole (占26.04%)
  | 'rate' // any other percentage (增长2.56%, 完成预算100%, ≥95% 满意度)
  | 'count' // 人 名 户 个 家 辆 台（套） 次 项 批次 …
  | 'standard' // an amount per something: 600元/人, 300元/人/月, 1000元/个/年
  | 'year' // 2024年, 2024年度
  | 'date' // 2024年1月12日, 2024年12月31日
  | 'duration' // ≤1年, ≤30天
  | 'number'; // a bare number with no unit

export type Comparator = '>=' | '<=' | '>' | '<';

/** A text unit figures are read from: a paragraph or a table cell. */
export type TextUnit = Paragraph | Cell;

/**
 * One number read from the text, never a float: decimal.js values throughout.
 * `value` is the number as written (1309.54 in "1309.54万元"); `scale` turns it into the
 * base unit (10000 for 万元), so amounts in 元 and 万元 compare after `inBase`.
 */
export interface Figure {
  source: TextUnit;
  /** Offsets of `raw` in `source.text`. */
  start: number;
  end: number;
  /** The figure exactly as written, e.g. "1,777,750元", "≥95%", "300元/人/月". */
  raw: string;
  value: Decimal;
  /** Decimals as written: 2 for "1309.54"; 0 for integers and Chinese numerals. */
  decimals: number;
  /** Base unit: 元, %, 人, 个, 户, 年, 天 … ('' for a bare number). */
  unit: string;
  /** Multiplier from the written unit to the base unit: 10000 for 万元, 1 otherwise. */
  scale: Decimal;
  kind: FigureKind;
  /** For standards, what the amount is per, in order: 元/人/月 → ['人', '月']. */
  per?: string[];
  comparator?: Comparator;
  /** For "5000-25000元/人": min and max as written (value = min). */
  range?: { min: Decimal; max: Decimal };
  /** The words before the figure that name it: "基本支出" in "基本支出340.96万元，占26.04%". */
  label: string;
}

/**
 * Rules ask for a figure's base value and interval again and again (once per relation it
 * takes part in); figures never change once read, so each is computed once. The intervals
 * handed out are frozen, as they are shared.
 */
const baseValues = new WeakMap<Figure, Decimal>();
const intervals = new WeakMap<Figure, Readonly<{ lo: Decimal; hi: Decimal }>>();
/** ½·10⁻ᵈ for d decimals, by d. */
const halfUnits: Decimal[] = [];

/** The figure's value in its base unit (元 for money). */
export function inBase(f: Figure): Decimal {
  let value = baseValues.get(f);
  if (value === undefined) {
    value = f.value.times(f.scale);
    baseValues.set(f, value);
  }
  return value;
}

/**
 * The interval a rounded figure stands for, in base units: a figure stated with d decimals
 * may hide up to ½·10⁻ᵈ of its written unit (DESIGN, "Rounding"). Counts of people, sites
 * or items are whole numbers, not rounded ones: their interval is the point itself.
 */
export function interval(f: Figure): Readonly<{ lo: Decimal; hi: Decimal }> {
  let found = intervals.get(f);
  if (found === undefined) {
    found = Object.freeze(computeInterval(f));
    intervals.set(f, found);
  }
  return found;
}

function computeInterval(f: Figure): { lo: Decimal; hi: Decimal } {
  if (f.kind === 'count' && f.decimals === 0) return { lo: inBase(f), hi: inBase(f) };
  const half = halfUnit(f.decimals).times(f.scale);
  const v = inBase(f);
  return { lo: v.minus(half), hi: v.plus(half) };
}

/** ½·10⁻ᵈ, written as 5·10⁻⁽ᵈ⁺¹⁾: exact, and read without a power and a division. */
export function halfUnit(decimals: number): Decimal {
  return (halfUnits[decimals] ??= new Decimal(`5e-${decimals + 1}`));
}
