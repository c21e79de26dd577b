import { findMalformedNumbers } from '../src/extract/malformed.js';
import type { Rule } from '../src/lint/types.js';

/**
 * A number that cannot be read as written ("40。96万元", "1,2345元", "1２3") is never guessed
 * at silently: figure extraction skips it, and this rule says what it probably should be.
 */
export const rule: Rule = {
  meta: {
    id: 'malformed-number',
    defaultSeverity: 'error',
    description: {
      zh: '数字书写有误（句号作小数点、千分位分组错误、全角半角混用等）',
      en: 'A malformed number (a full stop for a decimal point, bad digit grouping, mixed full-width digits …)',
    },
    docs: 'docs/rules/malformed-number.md',
  },
  check({ facts, report }) {
    for (const { unit } of facts.structure.units) {
      for (const found of findMalformedNumbers(unit)) {
        report({ source: unit, start: found.start, end: found.end, message: found.reason });
      }
    }
  },
};
