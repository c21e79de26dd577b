import { inBase, type Figure } from '../src/extract/figure.js';
import { extractExecutionRates, type ExecutionRate, type RoleFigure } from '../src/extract/statements/execution.js';
import { HUNDRED, formatFigure } from '../src/lint/arithmetic.js';
import { unitSlip } from '../src/lint/magnitude.js';
import { executionCheck } from '../src/lint/relations.js';
import type { Localized, Rule } from '../src/lint/types.js';

/**
 * A budget-execution rate must be the quotient of the amounts it names: 完成预算 / 执行率 =
 * 执行数 ÷ 预算数, 到位率 = 到位资金 ÷ 预算数, 使用率 = 执行数 ÷ 到位资金. Only rates whose two
 * amounts the same sentence (or paragraph) states are checked; a quotient that is off by a
 * money unit (元 for 万元) is left to unit-magnitude.
 */
export const rule: Rule = {
  meta: {
    id: 'execution-rate',
    defaultSeverity: 'error',
    description: {
      zh: '预算完成率（执行率、到位率、使用率）与所列金额之比不符',
      en: 'A budget completion (execution, arrival, usage) rate does not equal the quotient of the stated amounts',
    },
    docs: 'docs/rules/execution-rate.md',
  },
  check({ facts, report }) {
    for (const stated of facts.of(extractExecutionRates)) {
      const check = executionCheck(stated);
      if (check.holds(check.figures) !== false || unitSlip(check.figures, check.holds)) continue;
      report({ message: message(stated), source: stated.rate.source, start: stated.rate.start, end: stated.rate.end });
    }
  },
};

const ROLE_NAMES = {
  budget: { zh: '预算数', en: 'budget' },
  executed: { zh: '执行数', en: 'amount spent' },
  arrived: { zh: '到位资金', en: 'funds received' },
};

/** "全年预算数", "执行数", "完成预算": the words as written, without a trailing 为/的. */
function term(words: string): string {
  return words.replace(/(?:的|为|是|共|了|达到|达|合计|总计)+$/, '');
}

function named(operand: RoleFigure): string {
  return `${term(operand.term) || ROLE_NAMES[operand.role].zh} ${formatFigure(operand.figure)}`;
}

function message({ numerator, denominator, rate, term: rateWords }: ExecutionRate): Localized {
  const computed = `${quotient(numerator.figure, denominator.figure).toFixed(rate.decimals)}%`;
  return {
    zh: `${named(numerator)} ÷ ${named(denominator)} = ${computed}，与所写${term(rateWords)} ${formatFigure(rate)} 不符；按所列金额应为 ${computed}`,
    en: `${ROLE_NAMES[numerator.role].en} ${formatFigure(numerator.figure)} ÷ ${ROLE_NAMES[denominator.role].en} ${formatFigure(denominator.figure)} = ${computed}, but the stated rate is ${formatFigure(rate)}; by the amounts it should be ${computed}`,
  };
}

function quotient(numerator: Figure, denominator: Figure) {
  return inBase(numerator).div(inBase(denominator)).times(HUNDRED);
}
