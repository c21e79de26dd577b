/**
 * Unit slips: "10元" written where "10万元" is meant. A relation that fails as written but
 * holds once one money figure keeps its number and takes another unit (元 ↔ 万元 ↔ 亿元) is
 * a slip of the unit, not of the arithmetic; the unit-magnitude rule reports it and the
 * rules of the relation stay silent.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../extract/figure.js';

/** The money units a writer confuses, 10⁴ apart: 元, 万元, 亿元. */
const MONEY_SCALES: [Decimal, string][] = [
  [new Decimal(1), '元'],
  [new Decimal(1e4), '万元'],
  [new Decimal(1e8), '亿元'],
];

export interface UnitSlip {
  /** The figure as written ("10元"). */
  figure: Figure;
  /** The same number in the unit that makes the relation hold ("10万元"). */
  corrected: Figure;
  /** corrected ÷ written: 10⁴ or 10⁸ (or their inverses). */
  factor: Decimal;
}

/** A figure in 元, 万元 or 亿元: an amount, or a standard such as 800元/人. */
export function isMoneyUnit(f: Figure): boolean {
  return f.unit === '元' && MONEY_SCALES.some(([scale]) => scale.eq(f.scale));
}

/** The same number in another money unit: "10元" → "10万元", "每人每年0.08元" → "每人每年0.08万元". */
export function rescaled(f: Figure, scale: Decimal): Figure {
  const name = MONEY_SCALES.find(([s]) => s.eq(scale))?.[1] ?? '元';
  return { ...f, scale, raw: f.raw.replace(WRITTEN_MONEY_UNIT, name) };
}

const WRITTEN_MONEY_UNIT = /(?:亿|万)?元/;

/**
 * The one money figure whose unit, changed, makes `holds` true. A missing 万/亿 is the
 * usual slip, so re-reading a figure in a larger unit wins over re-reading another in a
 * smaller one (in "预算10万元，执行10元" both 10元→10万元 and 10万元→10元 would fit). When
 * the choice is still open, there is no slip to report. Only a relation that can be
 * evaluated and holds counts: a re-reading that leaves a base of zero proves nothing.
 */
export function unitSlip(figures: Figure[], holds: (figures: Figure[]) => boolean | undefined): UnitSlip | undefined {
  const found: UnitSlip[] = [];
  figures.forEach((f, i) => {
    if (!isMoneyUnit(f)) return;
    for (const [scale] of MONEY_SCALES) {
      if (scale.eq(f.scale)) continue;
      const corrected = rescaled(f, scale);
      if (holds(figures.map((g, j) => (j === i ? corrected : g))) === true) found.push({ figure: f, corrected, factor: scale.div(f.scale) });
    }
  });
  const larger = found.filter((s) => s.factor.gt(1));
  const candidates = larger.length > 0 ? larger : found;
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** "10⁴" or "10⁸" for a factor between money units. */
export function magnitudeText(factor: Decimal): string {
  const exponent = Math.round(Math.abs(Math.log10(factor.toNumber())));
  return exponent === 8 ? '10⁸' : '10⁴';
}
