import { inBase, interval, type Figure } from '../src/extract/figure.js';
import type { Facts } from '../src/extract/facts.js';
import { extractChanges } from '../src/extract/statements/changes.js';
import { extractComparisons, type Comparison, type Relation } from '../src/extract/statements/comparisons.js';
import { extractExecutionRates } from '../src/extract/statements/execution.js';
import { formatFigure, formatIn } from '../src/lint/arithmetic.js';
import { unitSlip, type UnitSlip } from '../src/lint/magnitude.js';
import { changeChecks, flatHolds, type ChangeCheckKind } from '../src/lint/relations.js';
import type { Localized, Rule } from '../src/lint/types.js';

/**
 * A comparison word must agree with the two figures it compares: "决算数小于预算数" after a
 * budget and an actual, "与上年持平" or "比上年增加" after this year's and last year's figure.
 * Rounded figures are intervals: 持平 is wrong only when the two cannot be equal, 大于 only
 * when the first cannot be the larger. Changes whose amount, rate or 持平 growth-rate checks
 * against both figures are left to it, completion rates to execution-rate, and a unit slip in
 * a completion rate's amount to unit-magnitude.
 */
export const rule: Rule = {
  meta: {
    id: 'comparison-word',
    defaultSeverity: 'error',
    description: {
      zh: '比较用语（大于、小于、持平、增加、减少）与所列两个金额不符',
      en: 'A comparison word (greater, less, equal, increase, decrease) contradicts the two amounts it compares',
    },
    docs: 'docs/rules/comparison-word.md',
  },
  check({ facts, report }) {
    for (const comparison of facts.of(extractComparisons)) {
      if (checkedAsChange(facts, comparison)) continue;
      const figures = [comparison.subject.figure, comparison.reference.figure];
      const check = (fs: Figure[]) => holds(comparison.relation, fs[0]!, fs[1]!);
      if (check(figures)) continue;
      // An ordering survives almost any change of unit: only an equality can tell a unit slip.
      const slip = comparison.relation === 'equal' ? unitSlip(figures, check) : undefined;
      if (slip && inExecutionRate(facts, slip.figure)) continue;
      report({ message: message(comparison, slip), source: comparison.source, start: comparison.start, end: comparison.end });
    }
  },
};

/** The first figure can stand in the stated relation to the second, given both are rounded. */
function holds(relation: Relation, subject: Figure, reference: Figure): boolean {
  if (relation === 'equal') return flatHolds(subject, reference);
  const s = interval(subject);
  const r = interval(reference);
  return relation === 'greater' ? s.hi.gt(r.lo) : s.lo.lt(r.hi);
}

/**
 * growth-rate checks the amount, the rate or the 持平 of a change against this year's and last
 * year's figure: a wrong direction there is its finding, not a second one here.
 */
function checkedAsChange(facts: Facts, comparison: Comparison): boolean {
  return facts
    .of(extractChanges)
    .some(
      (c) =>
        c.source === comparison.source &&
        c.start < comparison.end &&
        comparison.start < c.end &&
        changeChecks(c).some((check) => AGAINST_LAST_YEAR.has(check.kind)),
    );
}

/** The checks of a change that use last year's stated figure. */
const AGAINST_LAST_YEAR = new Set<ChangeCheckKind>(['change-amount', 'rate-from-previous', 'flat']);

/** A figure of a completion rate: a unit slip there is unit-magnitude's finding. */
function inExecutionRate(facts: Facts, figure: Figure): boolean {
  return facts.of(extractExecutionRates).some((r) => r.numerator.figure === figure || r.denominator.figure === figure);
}

const WORDS = {
  budget: {
    greater: { zh: '决算数大于预算数', en: 'the actual is more than the budget' },
    less: { zh: '决算数小于预算数', en: 'the actual is less than the budget' },
  },
  'previous-year': {
    greater: { zh: '比上年增加', en: 'an increase on last year' },
    less: { zh: '比上年减少', en: 'a decrease on last year' },
  },
};

function message({ words, base, subject, reference }: Comparison, slip?: UnitSlip): Localized {
  const decimals = Math.max(subject.figure.decimals, reference.figure.decimals);
  const difference = inBase(subject.figure).minus(inBase(reference.figure));
  const differenceText = formatIn(difference, subject.figure, decimals);
  const actual = WORDS[base][difference.isNegative() ? 'less' : 'greater'];
  const arithmetic = `${subject.term} ${formatFigure(subject.figure)} − ${reference.term} ${formatFigure(reference.figure)} = ${differenceText}`;
  const terms =
    base === 'budget'
      ? `actual ${formatFigure(subject.figure)} − budget ${formatFigure(reference.figure)}`
      : `this year's ${formatFigure(subject.figure)} − last year's ${formatFigure(reference.figure)}`;
  const amount = base === 'previous-year' ? ` ${formatIn(difference.abs(), subject.figure, decimals)}` : '';
  return {
    zh: `写明“${words}”，但${arithmetic}：实为${actual.zh}${amount}${slip ? `（若“${slip.figure.raw}”是 ${slip.corrected.raw} 的笔误，则两者相符）` : ''}`,
    en: `The text says “${words}”, but ${terms} = ${differenceText}: ${actual.en}${amount && ` (${amount.trim()})`}${slip ? `; if “${slip.figure.raw}” is a slip for ${slip.corrected.raw}, the two agree` : ''}`,
  };
}
