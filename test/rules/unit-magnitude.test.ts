import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/linter.js';
import { rule } from '../../rules/unit-magnitude.js';
import { buildDocument } from '../support/documents.js';
import { HAVE_SEED, lintSeedWith } from '../support/seed.js';

const lint = (...blocks: (string | string[][])[]) => lintDocument(buildDocument(blocks), { rules: [rule] });

describe('unit-magnitude', () => {
  it('reports an executed amount in 元 that the stated rate shows to be 万元, with the corrected figure', () => {
    const [d, ...rest] = lint('（三）预算安排及分配管理。该项目2023年度全年预算数10万元，全部用于发放救助金，执行数为10元，完成预算的100%。');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'unit-magnitude', severity: 'error', line: 1, excerpt: '执行数为10元' });
    expect(d!.message.zh).toBe(
      '“10元”与同一陈述中的金额相差 10⁴ 倍，疑为单位笔误，应为 10万元：按 10万元 计，10万元 ÷ 10万元 = 100.00%，与所写 100% 相符；按所写计则为 0.01%',
    );
    expect(d!.message.en).toContain('most likely a unit slip for 10万元');
  });

  it('reports a per-person standard in 元 that is another standard of the project read in 万元', () => {
    const cell = '800元/人·次（按上级文件要求，体检标准为每人每年0.08元，全市500人，使用40.00万元）';
    const [d, ...rest] = lint([['三级指标', '预期指标值'], ['劳模体检人均标准', cell]]);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'error', line: 4, excerpt: '每人每年0.08元' });
    expect(d!.message.zh).toBe('标准“每人每年0.08元”与同一处的 800元/人·次 相差 10⁴ 倍，疑为单位笔误：每人每年0.08万元 = 800元，应为 每人每年0.08万元（即 800元）');
  });

  it('matches standards across paragraphs of one project by their names', () => {
    const project = ['职工体检专项预算项目', '2024年绩效评价报告'];
    const [d] = lint(...project, '体检标准为每人每年0.06元。', '职工体检人均标准600元/人。');
    expect(d!.message.zh).toBe('标准“每人每年0.06元”与同一项目的 600元/人 相差 10⁴ 倍，疑为单位笔误：每人每年0.06万元 = 600元，应为 每人每年0.06万元（即 600元）');
    expect(lint(...project, '慰问标准为每人每年0.06元。', '职工体检人均标准600元/人。')).toEqual([]);
  });

  it('reports slips in gaps and year-on-year changes', () => {
    const [gap] = lint('该项目需资金30.00万元，本次安排12.00万元，缺口18.00元。');
    expect(gap!.message.zh).toContain('应为 18.00万元：按 18.00万元 计，30.00万元 − 12.00万元 = 18.00万元');
    const [change] = lint('2024年度支出总计1309.54万元。与2023年度相比，支出总计增加32.71元，增长2.56%。');
    expect(change!.message.zh).toContain('应为 32.71万元');
  });

  it('accepts the same amount written in different units', () => {
    expect(lint('预算数100000元，执行数为10万元，完成预算的100%。')).toEqual([]);
    expect(lint([['标准', '800元/人（体检标准为每人每年0.08万元）']])).toEqual([]);
  });

  it('does not take an ordinary arithmetic mistake for a unit slip', () => {
    expect(lint('全年预算数8.00万元，执行数为7.20万元，完成预算的100%。')).toEqual([]);
    expect(lint([['标准', '6000元/人（标准为每人每年0.5元）']])).toEqual([]);
  });

  it('does not compare standards of different projects or for different units', () => {
    expect(lint('甲专项预算项目', '2024年绩效评价报告', '体检标准为每人每年0.08元。', '乙专项预算项目', '2024年绩效评价报告', '体检标准800元/人。')).toEqual([]);
    expect(lint([['标准', '800元/户（标准为每人每年0.08元）']])).toEqual([]);
  });
});

describe.skipIf(!HAVE_SEED)('unit-magnitude on the reference report', () => {
  it('reports 执行数为10元 and the 0.08元 体检 standard of both indicator cells', async () => {
    const found = await lintSeedWith(rule);
    expect(found.map((d) => [d.line, d.excerpt])).toEqual([
      [177, '执行数为10元'],
      [528, '每人每年0.08元'],
      [529, '每人每年0.08元'],
    ]);
    expect(found[0]!.message.zh).toContain('应为 10万元');
    expect(found[1]!.message.zh).toContain('每人每年0.08万元 = 800元');
  });
});
