import { Decimal } from 'decimal.js';
import { inBase, type Figure } from '../src/extract/figure.js';
import { extractChanges, type Change } from '../src/extract/statements/changes.js';
import { HUNDRED, formatFigure, formatIn } from '../src/lint/arithmetic.js';
import { unitSlip } from '../src/lint/magnitude.js';
import { changeChecks, type ChangeCheckKind } from '../src/lint/relations.js';
import type { Localized, Rule } from '../src/lint/types.js';

/**
 * A change on last year must agree with the figures it names: 增加A，增长r% ending at this
 * year's total C means r = A ÷ (C − A); a stated last-year figure P means A = C − P and
 * r = (C − P) ÷ P; 持平 means no change. Rounded figures are intervals.
 */
export const rule: Rule = {
  meta: {
    id: 'growth-rate',
    defaultSeverity: 'error',
    description: {
      zh: '增减额、增长（下降）率与本年数、上年数不符，或写“持平”却有增减',
      en: 'A year-on-year change (amount or rate) does not agree with this and last year’s figures, or “unchanged” is said of a change',
    },
    docs: 'docs/rules/growth-rate.md',
  },
  check({ facts, report }) {
    for (const change of facts.of(extractChanges)) {
      for (const check of changeChecks(change)) {
        if (check.holds(check.figures) !== false || unitSlip(check.figures, check.holds)) continue;
        const target = reportedFigure(check.kind, check.figures);
        const span = target ?? change;
        report({ message: message(check.kind, check.figures, change), source: change.source, start: span.start, end: span.end });
      }
    }
  },
};

/** The figure a finding points at: the stated rate or amount; 持平 itself for 'flat'. */
function reportedFigure(kind: ChangeCheckKind, figures: Figure[]): Figure | undefined {
  return kind === 'flat' ? undefined : figures[figures.length - 1];
}

function message(kind: ChangeCheckKind, figures: Figure[], change: Change): Localized {
  const direction = change.direction === 'down' ? 'down' : 'up';
  switch (kind) {
    case 'change-rate':
      return rateFromAmount(figures as [Figure, Figure, Figure], direction, change.subject);
    case 'change-amount':
      return amountFromPrevious(figures as [Figure, Figure, Figure], direction);
    case 'rate-from-previous':
      return rateFromPrevious(figures as [Figure, Figure, Figure], direction);
    case 'flat':
      return flatButDifferent(figures as [Figure, Figure]);
    case 'flat-change':
      return flatButChanged(figures[0]!);
  }
}

const WORDS = {
  // toPrevious: the operation that takes this year's figure back to last year's.
  up: { amount: '增加', rate: '增长', en: 'increase', toPrevious: '−' },
  down: { amount: '减少', rate: '下降', en: 'decrease', toPrevious: '+' },
};

/** "收、支总计 1309.54万元": a figure with the words that name it. */
function named(f: Figure, name?: string): string {
  const label = name || f.label;
  return label ? `${label} ${formatFigure(f)}` : formatFigure(f);
}

function percent(value: Decimal, decimals: number): string {
  return `${value.toFixed(decimals)}%`;
}

function rateFromAmount([current, amount, rate]: [Figure, Figure, Figure], direction: 'up' | 'down', subject: string): Localized {
  const w = WORDS[direction];
  const decimals = Math.max(current.decimals, amount.decimals);
  const previous = direction === 'up' ? inBase(current).minus(inBase(amount)) : inBase(current).plus(inBase(amount));
  const computed = percent(inBase(amount).div(previous).times(HUNDRED), rate.decimals);
  const previousText = formatIn(previous, current, decimals);
  return {
    zh: `本年${named(current, subject)}，${w.amount} ${formatFigure(amount)}，则上年为 ${formatFigure(current)} ${w.toPrevious} ${formatFigure(amount)} = ${previousText}，${w.rate}率 = ${formatFigure(amount)} ÷ ${previousText} = ${computed}，与所写 ${formatFigure(rate)} 不符；应为 ${computed}`,
    en: `This year's ${formatFigure(current)} after an ${w.en} of ${formatFigure(amount)} puts last year at ${formatFigure(current)} ${w.toPrevious} ${formatFigure(amount)} = ${previousText}; ${formatFigure(amount)} ÷ ${previousText} = ${computed}, but the stated rate is ${formatFigure(rate)}; it should be ${computed}`,
  };
}

function amountFromPrevious([current, previous, amount]: [Figure, Figure, Figure], direction: 'up' | 'down'): Localized {
  const w = WORDS[direction];
  const decimals = Math.max(current.decimals, previous.decimals, amount.decimals);
  const difference = inBase(current).minus(inBase(previous));
  const differenceText = formatIn(difference, amount, decimals);
  const actual = difference.isNegative() ? WORDS.down : WORDS.up;
  const should = `${actual.amount} ${formatIn(difference.abs(), amount, decimals)}`;
  return {
    zh: `本年 ${formatFigure(current)} − 上年 ${formatFigure(previous)} = ${differenceText}，与所写${w.amount} ${formatFigure(amount)} 不符；应为${should}`,
    en: `This year's ${formatFigure(current)} − last year's ${formatFigure(previous)} = ${differenceText}, but the text states an ${w.en} of ${formatFigure(amount)}; it should be an ${actual.en} of ${formatIn(difference.abs(), amount, decimals)}`,
  };
}

function rateFromPrevious([current, previous, rate]: [Figure, Figure, Figure], direction: 'up' | 'down'): Localized {
  const w = WORDS[direction];
  const decimals = Math.max(current.decimals, previous.decimals);
  const difference = inBase(current).minus(inBase(previous));
  const computed = difference.div(inBase(previous)).times(HUNDRED);
  const actual = computed.isNegative() ? WORDS.down : WORDS.up;
  const differenceText = formatIn(difference, current, decimals);
  return {
    zh: `（本年 ${formatFigure(current)} − 上年 ${formatFigure(previous)}）÷ 上年 ${formatFigure(previous)} = ${differenceText} ÷ ${formatFigure(previous)} = ${percent(computed, rate.decimals)}，与所写${w.rate} ${formatFigure(rate)} 不符；应为${actual.rate} ${percent(computed.abs(), rate.decimals)}`,
    en: `(This year's ${formatFigure(current)} − last year's ${formatFigure(previous)}) ÷ ${formatFigure(previous)} = ${percent(computed, rate.decimals)}, but the stated ${w.en} is ${formatFigure(rate)}; it should be an ${actual.en} of ${percent(computed.abs(), rate.decimals)}`,
  };
}

function flatButDifferent([current, previous]: [Figure, Figure]): Localized {
  const decimals = Math.max(current.decimals, previous.decimals);
  const difference = inBase(current).minus(inBase(previous));
  const actual = difference.isNegative() ? WORDS.down : WORDS.up;
  const amount = formatIn(difference.abs(), current, decimals);
  const rate = inBase(previous).gt(0) ? `，${actual.rate} ${percent(difference.abs().div(inBase(previous)).times(HUNDRED), 2)}` : '';
  const rateEn = inBase(previous).gt(0) ? ` (${percent(difference.abs().div(inBase(previous)).times(HUNDRED), 2)})` : '';
  return {
    zh: `写明与上年持平，但本年 ${formatFigure(current)} − 上年 ${formatFigure(previous)} = ${formatIn(difference, current, decimals)}：实为${actual.amount} ${amount}${rate}`,
    en: `The text says unchanged on last year, but this year's ${formatFigure(current)} − last year's ${formatFigure(previous)} = ${formatIn(difference, current, decimals)}: an ${actual.en} of ${amount}${rateEn}`,
  };
}

function flatButChanged(change: Figure): Localized {
  return {
    zh: `写明与上年持平（无变化），同一句却写有变动 ${formatFigure(change)}，两者矛盾`,
    en: `The text says unchanged on last year, yet the same sentence states a change of ${formatFigure(change)}`,
  };
}
