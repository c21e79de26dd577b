import { Decimal } from 'decimal.js';
import { inBase, interval, type Figure } from '../src/extract/figure.js';
import { extractTotals } from '../src/extract/statements/totals.js';
import { HUNDRED, formatFigure, meets, ratioPercent, sumIntervals, sumValues } from '../src/lint/arithmetic.js';
import type { Report, Rule } from '../src/lint/types.js';

/**
 * Shares of one total (占p%) must match part ÷ total within rounding, and when every part
 * has a share and the parts are the whole, the shares must add up to 100%.
 */
export const rule: Rule = {
  meta: {
    id: 'percent-share',
    defaultSeverity: 'error',
    description: {
      zh: '占比与“部分 ÷ 合计”不符，或各项占比之和不等于100%',
      en: 'A share does not equal part ÷ total, or the shares of one total do not add up to 100%',
    },
    docs: 'docs/rules/percent-share.md',
  },
  check({ facts, report }) {
    for (const { total, parts, shares, exhaustive } of facts.of(extractTotals)) {
      parts.forEach((part, i) => {
        const share = shares[i];
        if (share) checkShare(part, total, share, report);
      });
      const stated = shares.filter((s): s is Figure => !!s);
      if (stated.length === parts.length && stated.length >= 2) checkSum(stated, exhaustive, report);
    }
  },
};

function checkShare(part: Figure, total: Figure, share: Figure, report: (r: Report) => void): void {
  const ratio = ratioPercent(part, total);
  if (!ratio || meets(ratio, interval(share))) return;
  const computed = inBase(part).div(inBase(total)).times(100).toFixed(share.decimals);
  const partName = part.label || '该项';
  const totalName = total.label || '合计';
  report({
    source: share.source,
    start: share.start,
    end: share.end,
    message: {
      zh: `${partName} ${formatFigure(part)} ÷ ${totalName} ${formatFigure(total)} = ${computed}%，与所写占比 ${formatFigure(share)} 不符；占比应为 ${computed}%`,
      en: `${formatFigure(part)} ÷ ${formatFigure(total)} = ${computed}%, but the stated share is ${formatFigure(share)}; it should be ${computed}%`,
    },
  });
}

function checkSum(shares: Figure[], exhaustive: boolean, report: (r: Report) => void): void {
  const sum = sumIntervals(shares);
  const whole = { lo: HUNDRED, hi: HUNDRED };
  if (meets(sum, whole) || (!exhaustive && sum.lo.lt(HUNDRED))) return;
  const decimals = Math.max(...shares.map((s) => s.decimals));
  const total = sumValues(shares).toFixed(decimals);
  const terms = shares.map(formatFigure).join(' + ');
  const last = shares[shares.length - 1]!;
  report({
    source: shares[0]!.source,
    start: shares[0]!.start,
    end: last.source === shares[0]!.source ? last.end : shares[0]!.end,
    message: {
      zh: `各项占比之和 ${terms} = ${total}%，不等于100%（相差 ${new Decimal(total).minus(100).abs().toFixed(decimals)} 个百分点）`,
      en: `The shares add up to ${terms} = ${total}%, not 100% (off by ${new Decimal(total).minus(100).abs().toFixed(decimals)} percentage points)`,
    },
  });
}
