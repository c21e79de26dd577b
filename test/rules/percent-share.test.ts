import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/linter.js';
import { rule } from '../../rules/percent-share.js';
import { buildDocument } from '../support/documents.js';

const lint = (...blocks: string[]) => lintDocument(buildDocument(blocks), { rules: [rule] });

describe('percent-share', () => {
  it('reports a share that is not part ÷ total and gives the right one', () => {
    const [d, ...rest] = lint('本年支出合计500.00万元，其中：基本支出200.00万元，占42.00%；项目支出300.00万元，占60.00%。');
    expect(rest.map((r) => r.message.zh)).toEqual(['各项占比之和 42.00% + 60.00% = 102.00%，不等于100%（相差 2.00 个百分点）']);
    expect(d).toMatchObject({ ruleId: 'percent-share', severity: 'error', excerpt: expect.stringContaining('42.00%') });
    expect(d!.message.zh).toBe('基本支出 200.00万元 ÷ 本年支出 500.00万元 = 40.00%，与所写占比 42.00% 不符；占比应为 40.00%');
    expect(d!.message.en).toBe('200.00万元 ÷ 500.00万元 = 40.00%, but the stated share is 42.00%; it should be 40.00%');
  });

  it('reports shares of one total that do not add up to 100%', () => {
    const findings = lint('2024年度一般公共预算财政拨款支出1309.54万元，其中：一般公共服务支出1251.76万元，占95.59%；社会保障和就业支出54.14万元，占4.23%；农林水支出3.64万元，占0.28%。');
    expect(findings.map((d) => d.message.zh)).toEqual([
      '各项占比之和 95.59% + 4.23% + 0.28% = 100.10%，不等于100%（相差 0.10 个百分点）',
      '社会保障和就业支出 54.14万元 ÷ 一般公共预算财政拨款支出 1309.54万元 = 4.13%，与所写占比 4.23% 不符；占比应为 4.13%',
    ]);
  });

  it('accepts shares that rounding explains', () => {
    expect(lint('本年支出合计1309.54万元，其中：基本支出340.96万元，占26.04%；项目支出968.59万元，占73.96%。')).toEqual([]);
    expect(lint('支出合计3.00万元，其中：甲1.00万元，占33.33%；乙1.00万元，占33.33%；丙1.00万元，占33.33%。')).toEqual([]);
    expect(lint('本年收入合计1309.54万元，其中：一般公共预算财政拨款收入1309.54万元，占100%。')).toEqual([]);
  });

  it('lets a selection of parts add up to less than 100%', () => {
    expect(lint('支出合计100.00万元，主要用于：甲60.00万元，占60.00%；乙30.00万元，占30.00%。')).toEqual([]);
  });

  it('does not take a growth rate for a share', () => {
    expect(lint('本年支出合计100.00万元，其中：基本支出60.00万元，增长5.00%；项目支出40.00万元，增长3.00%。')).toEqual([]);
  });
});
