import { Decimal } from 'decimal.js';
import { halfUnit, inBase, interval, type Figure } from '../src/extract/figure.js';
import { extractPerUnitProducts, type PerUnitProduct } from '../src/extract/statements/per-unit.js';
import { formatFigure, formatIn, meets, writtenUnit, type Interval } from '../src/lint/arithmetic.js';
import type { Localized, Rule } from '../src/lint/types.js';

/**
 * Count × standard (× months, years, 次) must make the amount stated for it, within
 * rounding: in one sentence (…共计6万元), in one table row (覆盖人数 / 人均标准 / 金额), and —
 * as a warning, the link being inferred — a project's 数量指标 × 成本指标 against its budget.
 */
export const rule: Rule = {
  meta: {
    id: 'per-unit',
    defaultSeverity: 'error',
    description: {
      zh: '数量 × 标准与所写金额不符（人数 × 人均标准 ≠ 金额）',
      en: 'A count times a per-unit standard does not make the stated amount',
    },
    docs: 'docs/rules/per-unit.md',
  },
  check({ facts, report }) {
    for (const p of facts.of(extractPerUnitProducts)) {
      const product = productInterval(p);
      const direction = mismatch(p, product);
      if (!direction) continue;
      if (p.link !== 'section') {
        report({ message: amountMessage(p, product), source: p.amount.source, start: p.amount.start, end: p.amount.end });
        continue;
      }
      // The link to the budget is inferred, so this is a warning; it points at the count target.
      const { source, start, end } = p.count;
      report({ message: budgetMessage(p, product, direction), source, start, end, severity: 'warning' });
    }
  },
};

/** Whether the product exceeds the stated amount ('above') or falls short of it ('below'), when that is a finding. */
function mismatch(p: PerUnitProduct, product: Interval): 'above' | 'below' | undefined {
  const stated = interval(p.amount);
  if (meets(product, stated)) return undefined;
  const above = product.lo.gt(stated.hi);
  const minimumOnly = p.periods.basis === 'at-least-once';
  if (p.link === 'section') {
    // A budget may fund more than the standard pays for, and a shortfall may be met elsewhere.
    if (above) return p.coFunded ? undefined : 'above';
    return p.wholeBudget && !minimumOnly ? 'below' : undefined;
  }
  // Paid per 次 with no number of 次: a larger amount may pay several times.
  if (!above && minimumOnly) return undefined;
  return above ? 'above' : 'below';
}

/** count × standard × periods, as an interval: counts of whole units are exact, standards rounded. */
function productInterval({ count, standard, periods }: PerUnitProduct): Interval {
  const n = count.decimals === 0 && count.scale.eq(1) ? { lo: inBase(count), hi: inBase(count) } : interval(count);
  const s = standardInterval(standard);
  return { lo: n.lo.times(s.lo).times(periods.count), hi: n.hi.times(s.hi).times(periods.count) };
}

/** A range standard (5000-25000元/人) spans from its minimum to its maximum. */
function standardInterval(s: Figure): Interval {
  if (!s.range) return interval(s);
  const half = halfUnit(s.decimals).times(s.scale);
  return { lo: s.range.min.times(s.scale).minus(half), hi: s.range.max.times(s.scale).plus(half) };
}

/** The product's value (the range's ends for a range standard), in 元. */
function productValues({ count, standard, periods }: PerUnitProduct): Decimal[] {
  const perUnit = standard.range ? [standard.range.min, standard.range.max] : [standard.value];
  return perUnit.map((v) => inBase(count).times(v).times(standard.scale).times(periods.count));
}

// ---------------------------------------------------------------------------------------
// Messages

function amountMessage(p: PerUnitProduct, product: Interval): Localized {
  const values = productValues(p);
  const terms = termsOf(p);
  const stated = money(inBase(p.amount), p.amount);
  const diff = money(distance(values, product, p.amount), p.amount);
  const subject = p.subject ? { zh: `${p.subject}：`, en: `${p.subject}: ` } : { zh: '', en: '' };
  const note = notesOf(p);
  if (values.length === 2) {
    const [lo, hi] = values.map((v) => money(v, p.amount));
    return {
      zh: `${subject.zh}${terms.zh} = ${lo} 至 ${hi}，所写金额 ${stated} 不在此范围内（相差 ${diff}）；按数量和标准，金额应在 ${lo} 至 ${hi} 之间${note.zh}`,
      en: `${subject.en}${terms.en} = ${lo} to ${hi}, but the stated amount ${stated} is outside that range (off by ${diff}); given the count and the standard it should lie between ${lo} and ${hi}${note.en}`,
    };
  }
  const value = values[0]!;
  const expected = withYuan(value, p.amount);
  return {
    zh: `${subject.zh}${terms.zh} = ${expected}，与所写金额 ${stated} 不符（相差 ${diff}）；按数量和标准，金额应为 ${money(value, p.amount)}${note.zh}`,
    en: `${subject.en}${terms.en} = ${expected}, but the stated amount is ${stated} (off by ${diff}); given the count and the standard it should be ${money(value, p.amount)}${note.en}`,
  };
}

function budgetMessage(p: PerUnitProduct, product: Interval, direction: 'above' | 'below'): Localized {
  const values = productValues(p);
  const budget = money(inBase(p.amount), p.amount);
  const diff = money(distance(values, product, p.amount), p.amount);
  const result = values.map((v) => money(v, p.amount)).join(' 至 ');
  const count = `数量指标“${p.countName}” ${countText(p.count)}`;
  const standard = `成本指标“${p.standardName}” ${standardText(p.standard)}`;
  const terms = termsOf(p);
  const funded = affordable(p);
  const fundedZh = funded ? `；按此标准，预算 ${budget} 对应 ${funded}` : '';
  const fundedEn = funded ? `; at this standard the budget of ${budget} pays for ${funded}` : '';
  const actual = actualNote(p);
  const note = notesOf(p);
  if (direction === 'above') {
    return {
      zh: `${count} × ${standard}${periodTerm(p).zh} = ${result}，超过项目预算 ${budget}（多 ${diff}）${fundedZh}${actual.zh}${note.zh}`,
      en: `The quantity target "${p.countName}" × the cost standard "${p.standardName}": ${terms.en} = ${result}, more than the project budget of ${budget} (by ${diff})${fundedEn}${actual.en}${note.en}`,
    };
  }
  return {
    zh: `${count} × ${standard}${periodTerm(p).zh} = ${result}，少于全部用于此项的项目预算 ${budget}（少 ${diff}）${fundedZh}${actual.zh}${note.zh}`,
    en: `The quantity target "${p.countName}" × the cost standard "${p.standardName}": ${terms.en} = ${result}, less than the project budget of ${budget} that goes wholly to it (by ${diff})${fundedEn}${actual.en}${note.en}`,
  };
}

function termsOf(p: PerUnitProduct): Localized {
  const base = `${countText(p.count)} × ${standardText(p.standard)}`;
  const period = periodTerm(p);
  return { zh: base + period.zh, en: base + period.en };
}

function periodTerm({ periods }: PerUnitProduct): Localized {
  if (periods.basis === 'year') return { zh: ' × 12个月', en: ' × 12 months' };
  if (periods.basis === 'stated' && periods.figure) return { zh: ` × ${formatFigure(periods.figure)}`, en: ` × ${formatFigure(periods.figure)}` };
  return { zh: '', en: '' };
}

/** Assumptions the arithmetic rests on, said so the reader can overrule them. */
function notesOf({ periods, standard }: PerUnitProduct): Localized {
  if (periods.basis === 'year') return { zh: '（月标准按全年12个月计）', en: ' (a monthly standard taken over the 12 months of a year)' };
  if (periods.basis === 'at-least-once') {
    const each = standard.per?.[0] ?? '';
    return { zh: `（按每${each}至少一${periods.unit}计）`, en: ` (counting at least one ${periods.unit} per ${each})` };
  }
  return { zh: '', en: '' };
}

/** "实际完成值 200个 × 1000元/个 = 20万元，与预算相符": the actual count that fits the budget. */
function actualNote(p: PerUnitProduct): Localized {
  const actual = p.actualCount;
  if (!actual) return { zh: '', en: '' };
  const value = inBase(actual).times(inBase(p.standard)).times(p.periods.count);
  if (p.standard.range || !meets({ lo: value, hi: value }, interval(p.amount))) return { zh: '', en: '' };
  const text = `${countText(actual)} × ${standardText(p.standard)}${periodTerm(p).zh} = ${money(value, p.amount)}`;
  return { zh: `；实际完成值 ${text}，与预算相符`, en: `; the actual value ${text} matches the budget` };
}

/** How many units the budget pays for at the standard: "200个". */
function affordable(p: PerUnitProduct): string | undefined {
  if (p.standard.range) return undefined;
  const each = inBase(p.standard).times(p.periods.count);
  if (each.lte(0)) return undefined;
  const n = inBase(p.amount).div(each);
  return n.isInteger() ? `${n.toFixed(0)}${writtenUnit(p.count)}` : `约${n.floor().toFixed(0)}${writtenUnit(p.count)}`;
}

/** How far the stated amount lies from the product (from the nearer end of a range). */
function distance(values: Decimal[], product: Interval, amount: Figure): Decimal {
  const stated = inBase(amount);
  if (values.length === 2) return stated.lt(product.lo) ? values[0]!.minus(stated) : stated.minus(values[1]!);
  return values[0]!.minus(stated).abs();
}

const COMPARATOR_SIGN: Record<string, string> = { '<=': '≤', '>=': '≥', '<': '<', '>': '>' };

/** "45人", "≤320个". */
function countText(count: Figure): string {
  return (count.comparator ? COMPARATOR_SIGN[count.comparator] : '') + formatFigure(count);
}

/** "300元/人/月", "5000-25000元/人", "0.5万元/人". */
function standardText(s: Figure): string {
  const value = s.range ? `${s.range.min.toFixed(s.decimals)}-${s.range.max.toFixed(s.decimals)}` : s.value.toFixed(s.decimals);
  return `${value}${writtenUnit(s)}/${(s.per ?? []).join('/')}`;
}

/** A value in the written unit of `like`, with as many decimals as it needs (at least the figure's, at most 4). */
function money(value: Decimal, like: Figure): string {
  const decimals = Math.max(like.decimals, Math.min(value.div(like.scale).decimalPlaces(), 4));
  return formatIn(value, like, decimals);
}

/** "320000元 = 32万元" when the amount is written in 万元, else just "162000元". */
function withYuan(value: Decimal, like: Figure): string {
  const written = money(value, like);
  return like.scale.eq(1) ? written : `${value.toDecimalPlaces(2).toFixed()}元 = ${written}`;
}
