import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/linter.js';
import { rule } from '../../rules/duplicate-indicator.js';
import { buildDocument } from '../support/documents.js';

const HEADER = ['一级指标', '二级指标', '三级指标', '年度目标值', '目标完成情况'];
const lint = (...blocks: (string | string[][])[]) => lintDocument(buildDocument(blocks), { rules: [rule] });

describe('duplicate-indicator', () => {
  it('reports an indicator name that a table repeats, white space aside', () => {
    const [d, ...rest] = lint([
      HEADER,
      ['产出指标', '质量指标', '资金发放准确率', '100%', '100%'],
      ['', '', '专款专用', '100%', '100%'],
      ['', '时效指标', '资金发放 准确率', '100%', '100%'],
    ]);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'duplicate-indicator', severity: 'warning', line: 18, location: { table: 1, row: 4, column: 3 } });
    expect(d!.message.zh).toBe('三级指标“资金发放准确率”在本表中重复出现，第8行已有同名指标（分别在质量指标、时效指标下）；请删除重复项或改正指标名称');
    expect(d!.message.en).toBe(
      'The indicator "资金发放准确率" appears twice in this table; it is already on line 8 (under 质量指标 and 时效指标). Remove the duplicate or correct the name',
    );
  });

  it('accepts distinct names, and the same name in two different tables', () => {
    const table = [HEADER, ['产出指标', '数量指标', '慰问人数', '10人', '10人'], ['', '质量指标', '慰问覆盖率', '100%', '100%']];
    expect(lint(table, '另一项目的指标如下：', table)).toEqual([]);
  });
});
