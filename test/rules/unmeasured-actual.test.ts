import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/linter.js';
import { rule } from '../../rules/unmeasured-actual.js';
import { buildDocument } from '../support/documents.js';

const report = buildDocument([
  '社区养老服务专项预算项目',
  '2024年绩效评价报告',
  [
    ['一级指标', '二级指标', '三级指标', '年度目标值', '实际完成值'],
    ['满意度指标', '服务对象满意度指标', '老年人满意度', '≥95%', '≥95%'],
    ['产出指标', '时效指标', '项目完成时间', '≤1年', '≤1年'],
    ['成本指标', '经济成本指标', '护理补贴标准', '200-500元/人', '200-500元/人'],
    ['产出指标', '质量指标', '服务合格率', '≥90%', '≥95%'],
    ['满意度指标', '服务对象满意度指标', '家属满意度', '≥95%', '96.5%'],
  ],
]);

describe('unmeasured-actual', () => {
  it('is off by default', () => {
    expect(lintDocument(report, { rules: [rule] })).toEqual([]);
  });

  it('lists, when turned on, actuals that are bounds or ranges instead of measured values', () => {
    const findings = lintDocument(report, { rules: [rule], severities: { 'unmeasured-actual': 'info' } });
    expect(findings.map((d) => [d.line, d.severity, d.message.zh])).toEqual([
      [12, 'info', '“老年人满意度”的实际完成值“≥95%”只是重复了目标值，不是实际完成的数值；应填写实际达到的数值'],
      [17, 'info', '“项目完成时间”的实际完成值“≤1年”只是重复了目标值，不是实际完成的数值；应填写实际达到的数值'],
      [22, 'info', '“护理补贴标准”的实际完成值“200-500元/人”只是重复了目标值，不是实际完成的数值；应填写实际达到的数值'],
      [27, 'info', '“服务合格率”的实际完成值“≥95%”是一个界限或区间，不是实际完成的数值；应填写实际达到的数值'],
    ]);
    expect(findings[0]!.message.en).toBe('"老年人满意度": the actual value "≥95%" only repeats the target, not a measured value; give the value actually reached');
  });
});
