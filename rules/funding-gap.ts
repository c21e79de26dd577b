import { inBase, type Figure } from '../src/extract/figure.js';
import { extractFundingGaps, type FundingGap } from '../src/extract/statements/gaps.js';
import { formatFigure, formatIn } from '../src/lint/arithmetic.js';
import { unitSlip } from '../src/lint/magnitude.js';
import { gapCheck } from '../src/lint/relations.js';
import type { Localized, Rule } from '../src/lint/types.js';
import { positionAt } from '../src/model/document.js';

/**
 * A funding gap must be what is needed minus what is available: "需资金30万元，本次安排12万元，
 * 缺口18万元". A gap whose available amount is stated elsewhere in the project (for the very
 * same need) is checked against it too, as a warning, since the two places are linked by
 * the amount only.
 */
export const rule: Rule = {
  meta: {
    id: 'funding-gap',
    defaultSeverity: 'error',
    description: {
      zh: '资金缺口与“所需资金 − 已安排资金”不符',
      en: 'A funding gap does not equal the funds needed minus the funds available',
    },
    docs: 'docs/rules/funding-gap.md',
  },
  check({ facts, report }) {
    for (const gap of facts.of(extractFundingGaps)) {
      const check = gapCheck(gap);
      if (check.holds(check.figures) !== false || unitSlip(check.figures, check.holds)) continue;
      report({
        message: message(gap),
        source: gap.gap.source,
        start: gap.gap.start,
        end: gap.gap.end,
        ...(gap.linked ? { severity: 'warning' as const } : {}),
      });
    }
  },
};

function message({ need, available, gap, linked }: FundingGap): Localized {
  const decimals = Math.max(need.decimals, available.decimals, gap.decimals);
  const difference = formatIn(inBase(need).minus(inBase(available)), gap, decimals);
  const line = positionAt(available.source, available.start).line;
  const where = linked ? { zh: `（见第${line}行）`, en: ` (line ${line})` } : { zh: '', en: '' };
  return {
    zh: `所需 ${formatFigure(need)} − ${availableName(available)} ${formatFigure(available)}${where.zh} = ${difference}，与所写缺口 ${formatFigure(gap)} 不符；缺口应为 ${difference}`,
    en: `Needed ${formatFigure(need)} − available ${formatFigure(available)}${where.en} = ${difference}, but the stated gap is ${formatFigure(gap)}; it should be ${difference}`,
  };
}

/** "本次使用市财政资金": the words that name the available amount, or a plain "已安排". */
function availableName(f: Figure): string {
  const words = f.label.replace(/(?:为|是|共|达)+$/, '');
  return words || '已安排';
}
