import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/linter.js';
import { rule } from '../../rules/growth-rate.js';
import { rule as unitMagnitude } from '../../rules/unit-magnitude.js';
import { buildDocument } from '../support/documents.js';
import { HAVE_SEED, lintSeedWith } from '../support/seed.js';

const lint = (...blocks: (string | string[][])[]) => lintDocument(buildDocument(blocks), { rules: [rule] });

describe('growth-rate', () => {
  it('reports a rate that does not follow from the increase and the total of the sentence before', () => {
    const [d, ...rest] = lint('2024年度支出总计1309.54万元。与2023年度相比，支出总计增加45.60万元，增长3.12%。');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'growth-rate', severity: 'error', line: 1, excerpt: expect.stringContaining('3.12%') });
    expect(d!.message.zh).toBe(
      '本年支出总计 1309.54万元，增加 45.60万元，则上年为 1309.54万元 − 45.60万元 = 1263.94万元，增长率 = 45.60万元 ÷ 1263.94万元 = 3.61%，与所写 3.12% 不符；应为 3.61%',
    );
    expect(d!.message.en).toContain('1309.54万元 − 45.60万元 = 1263.94万元; 45.60万元 ÷ 1263.94万元 = 3.61%');
  });

  it('adds a decrease back to find last year', () => {
    const [d] = lint('2024年度一般公共预算财政拨款支出980.00万元。与2023年度相比，一般公共预算财政拨款支出减少20.00万元，下降2.50%。');
    expect(d!.message.zh).toContain('则上年为 980.00万元 + 20.00万元 = 1000.00万元，下降率 = 20.00万元 ÷ 1000.00万元 = 2.00%');
    expect(d!.message.zh).toMatch(/应为 2\.00%$/);
  });

  it('reads the total in the same sentence (比上年) and rounds the answer to the stated decimals', () => {
    const [d] = lint('2024年度收入合计500万元，比上年增加50万元，增长10%。');
    expect(d!.message.zh).toMatch(/= 11%，与所写 10% 不符；应为 11%$/);
  });

  it('pairs a rate with the amount stated right after it', () => {
    const [d] = lint('2024年度收入1309.54万元，较2023年增长3.56%，增加32.71万元。');
    expect(d!.message.zh).toContain('32.71万元 ÷ 1276.83万元 = 2.56%，与所写 3.56% 不符');
    expect(lint('2024年度收入1309.54万元，较2023年增长2.56%，增加32.71万元。')).toEqual([]);
  });

  it('checks the change against last year’s figure when the report states it', () => {
    const [rate] = lint('2024年度机关运行经费支出5.20万元，上年决算数为4.80万元，增长6.33%。');
    expect(rate!.message.zh).toBe('（本年 5.20万元 − 上年 4.80万元）÷ 上年 4.80万元 = 0.40万元 ÷ 4.80万元 = 8.33%，与所写增长 6.33% 不符；应为增长 8.33%');
    const [amount] = lint('上年决算数为4.80万元，本年5.20万元，增加0.50万元，增长8.33%。');
    expect(amount!.message.zh).toBe('本年 5.20万元 − 上年 4.80万元 = 0.40万元，与所写增加 0.50万元 不符；应为增加 0.40万元');
  });

  it('says so when the figures go the other way than the words', () => {
    const [d] = lint('上年决算数为5.20万元，本年4.80万元，增加0.40万元。');
    expect(d!.message.zh).toBe('本年 4.80万元 − 上年 5.20万元 = -0.40万元，与所写增加 0.40万元 不符；应为减少 0.40万元');
  });

  it('reports 持平 said of two different years', () => {
    const [d] = lint('2024年度机关运行经费支出5.20万元，上年决算数为4.80万元，与上年持平。');
    expect(d).toMatchObject({ severity: 'error', excerpt: expect.stringContaining('持平') });
    expect(d!.message.zh).toBe('写明与上年持平，但本年 5.20万元 − 上年 4.80万元 = 0.40万元：实为增加 0.40万元，增长 8.33%');
  });

  it('reports 持平 followed by a change of its own', () => {
    const [d] = lint('机关运行经费支出5.20万元，与上年持平，增加0.50万元。');
    expect(d!.message.zh).toBe('写明与上年持平（无变化），同一句却写有变动 0.50万元，两者矛盾');
  });

  it('accepts consistent changes, rounding included', () => {
    expect(lint('2024年度收、支总计均为1309.54万元。与2023年度相比，收、支总计各增加32.71万元，增长2.56%。主要变动原因是新增人员。')).toEqual([]);
    expect(lint('[image: image5]2024年度一般公共预算财政拨款支出1309.54万元，占本年支出合计的100%。与2023年度相比，一般公共预算财政拨款支出增加32.71万元，增长2.56%。')).toEqual([]);
    expect(lint('2024年度支出100.00万元，比上年增加10.00万元，增长11.11%。')).toEqual([]);
    expect(lint('2024年度支出80万元，比上年减少20万元，下降20%。')).toEqual([]);
    expect(lint('2024年度机关运行经费支出5.20万元，上年决算数为4.80万元，增长8.33%。')).toEqual([]);
  });

  it('accepts typical 三公经费 and budget sentences', () => {
    expect(lint('2024年度“三公”经费财政拨款支出决算为12.50万元，完成预算的83.33%，较上年减少2.50万元，下降16.67%，主要原因是厉行节约。')).toEqual([]);
    expect(lint('机关运行经费支出50.00万元，比上年决算增加5.00万元，增长11.11%。')).toEqual([]);
    expect(lint('2025年部门预算收入1200.00万元，比2024年预算增加100.00万元，增长9.09%。')).toEqual([]);
    expect(lint('该项支出0万元，比上年减少5.00万元，下降100%。')).toEqual([]);
    expect(lint('人员经费比上年增加10.00万元，增长3%，公用经费与上年持平。')).toEqual([]);
  });

  it('accepts unchanged spending and 基本持平', () => {
    expect(lint('考虑到我单位有工会经费收入，该项支出决算为0万元，与2023年决算相比无变化。')).toEqual([]);
    expect(lint('2024年度，机关运行经费支出0万元，与2023年度决算数持平。')).toEqual([]);
    expect(lint('2024年度机关运行经费支出5.20万元，上年决算数为5.10万元，与上年基本持平。')).toEqual([]);
  });

  it('picks the total the change names, not another figure of the sentence before', () => {
    expect(lint('本年收入合计1000万元，本年支出合计900万元。与上年相比，支出增加100万元，增长12.5%。')).toEqual([]);
    const [d] = lint('本年收入合计1000万元，本年支出合计900万元。与上年相比，收入增加100万元，增长12.5%。');
    expect(d!.message.zh).toContain('本年收入 1000万元');
  });

  it('checks each change of a breakdown against the figure it follows', () => {
    const sentence = (basic: string) =>
      `本年支出合计1309.54万元，比上年增加32.71万元，增长2.56%，其中：基本支出340.96万元，比上年增加10.00万元，增长${basic}；项目支出968.59万元，比上年增加22.71万元，增长2.40%。`;
    expect(lint(sentence('3.02%'))).toEqual([]);
    const [d, ...rest] = lint(sentence('3.20%'));
    expect(rest).toEqual([]);
    expect(d!.message.zh).toContain('10.00万元 ÷ 330.96万元 = 3.02%');
  });

  it('takes 总计 and 合计 for the same word, but not a long name for a short one it only partly shares', () => {
    const [d] = lint('2024年度支出合计1309.54万元。与2023年度相比，支出总计增加45.60万元，增长3.12%。');
    expect(d!.message.zh).toContain('= 3.61%');
    expect(lint('2024年度项目支出968.59万元。与上年相比，人员经费支出增加45.60万元，增长3.12%。')).toEqual([]);
  });

  it('stays silent when the total the change ends at is not stated or not clear', () => {
    expect(lint('与上年相比，增加45.60万元，增长3.12%。')).toEqual([]);
    expect(lint('基本支出340.96万元，项目支出968.59万元。与上年相比，增加45.60万元，增长3.12%。')).toEqual([]);
    expect(lint('2024年度支出1309.54万元。与上年相比，人员经费增加45.60万元，增长3.12%。')).toEqual([]);
  });

  it('ignores changes in percentage points, approximate figures and work rates', () => {
    expect(lint('2024年度支出1309.54万元，占比比上年提高2.5个百分点。')).toEqual([]);
    expect(lint('2024年度支出1309.54万元，比上年增加约45万元，增长3%。')).toEqual([]);
    expect(lint('各项工作质量较上年有显著提高，满意度提高到95%。')).toEqual([]);
  });

  it('leaves a change written in 元 for 万元 to unit-magnitude', () => {
    const blocks = ['2024年度支出总计1309.54万元。与2023年度相比，支出总计增加32.71元，增长2.56%。'];
    expect(lint(...blocks)).toEqual([]);
    const [d] = lintDocument(buildDocument(blocks), { rules: [rule, unitMagnitude] });
    expect(d).toMatchObject({ ruleId: 'unit-magnitude' });
    expect(d!.message.zh).toContain('应为 32.71万元');
  });
});

describe.skipIf(!HAVE_SEED)('growth-rate on the reference report', () => {
  it('finds its three 增加32.71万元，增长2.56% statements consistent', async () => {
    expect(await lintSeedWith(rule)).toEqual([]);
  });
});
