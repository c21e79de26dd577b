import { extractIndicatorOutcomes } from '../src/extract/statements/indicator-outcomes.js';
import { compact } from '../src/extract/statements/indicators.js';
import type { Rule } from '../src/lint/types.js';

/**
 * An indicator's "actual value" that is itself a bound or a range (≥95% against a target of
 * ≥95%, ≤1年 against ≤1年) says the target was set, not what was achieved. Off by default:
 * many reports fill the column this way; turn it on with "info" to list them.
 */
export const rule: Rule = {
  meta: {
    id: 'unmeasured-actual',
    defaultSeverity: 'off',
    description: {
      zh: '绩效指标的实际完成值只重复了目标值的比较符或区间，不是实测数值',
      en: 'An indicator’s actual value only repeats a bound or range instead of giving a measured value',
    },
    docs: 'docs/rules/unmeasured-actual.md',
  },
  check({ facts, report }) {
    for (const { row, target, actual, status } of facts.of(extractIndicatorOutcomes)) {
      if (status !== 'unmeasured') continue;
      const name = compact(row.name.text);
      const repeats = actual.raw === target.raw;
      report({
        source: actual.source,
        start: actual.start,
        end: actual.end,
        severity: 'info',
        message: {
          zh: `“${name}”的实际完成值“${actual.raw}”${repeats ? '只是重复了目标值' : '是一个界限或区间'}，不是实际完成的数值；应填写实际达到的数值`,
          en: `"${name}": the actual value "${actual.raw}" ${repeats ? 'only repeats the target' : 'is a bound or range'}, not a measured value; give the value actually reached`,
        },
      });
    }
  },
};
