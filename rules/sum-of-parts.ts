import { inBase, interval, type Figure } from '../src/extract/figure.js';
import { countedNoun, extractTotals, type TotalWithParts } from '../src/extract/statements/totals.js';
import { formatFigure, formatIn, maxDecimals, meets, sumIntervals, sumValues } from '../src/lint/arithmetic.js';
import type { Localized, Rule } from '../src/lint/types.js';

/**
 * A total and the parts the report lists for it must agree within rounding: the interval
 * the rounded parts can sum to must meet the interval of the rounded total.
 */
export const rule: Rule = {
  meta: {
    id: 'sum-of-parts',
    defaultSeverity: 'error',
    description: {
      zh: '合计（总计、共计）与其中各项之和不符',
      en: 'A total does not equal the sum of its listed parts',
    },
    docs: 'docs/rules/sum-of-parts.md',
  },
  check({ facts, report }) {
    for (const statement of facts.of(extractTotals)) {
      const { total, parts } = statement;
      const sum = sumIntervals(parts);
      if (meets(sum, interval(total))) continue;
      const short = sum.hi.lt(interval(total).lo);
      if (short && !statement.exhaustive) continue;
      report({ message: message(statement), source: total.source, start: total.start, end: total.end });
    }
  },
};

function message({ total, parts }: TotalWithParts): Localized {
  const decimals = Math.max(maxDecimals(parts), total.decimals);
  const sum = sumValues(parts);
  const terms = parts.map(named).join(' + ');
  const diff = formatIn(sum.minus(inBase(total)).abs(), total, decimals);
  const sumText = formatIn(sum, total, decimals);
  const totalName = total.label || '合计';
  return {
    zh: `${terms} = ${sumText}，与${totalName} ${formatFigure(total)} 相差 ${diff}；按各项之和，${totalName}应为 ${sumText}`,
    en: `${parts.map((p) => formatFigure(p)).join(' + ')} = ${sumText}, but the stated total${total.label ? ` (${total.label})` : ''} is ${formatFigure(total)}: a difference of ${diff}; the parts add up to ${sumText}`,
  };
}

/** "基本支出 340.96万元", "2个数量指标": the figure with the words that name it. */
function named(f: Figure): string {
  if (f.label) return `${f.label} ${formatFigure(f)}`;
  return f.kind === 'count' ? formatFigure(f) + countedNoun(f.source.text, f) : formatFigure(f);
}
