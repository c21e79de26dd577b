import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/linter.js';
import { rule } from '../../rules/funding-gap.js';
import { rule as unitMagnitude } from '../../rules/unit-magnitude.js';
import { buildDocument } from '../support/documents.js';
import { HAVE_SEED, lintSeedWith } from '../support/seed.js';

const lint = (...blocks: (string | string[][])[]) => lintDocument(buildDocument(blocks), { rules: [rule] });

/** A project report whose indicator table says what is available for a need, and a later paragraph the gap. */
function projectWithGap(gapSentence: string, otherProject = false): (string | string[][])[] {
  return [
    '职工疗养补助专项预算项目',
    '2024年绩效评价报告',
    '一、项目概况',
    [
      ['一级指标', '二级指标', '三级指标', '预期指标值', '实际完成指标值'],
      ['成本指标', '经济成本指标', '疗养人均标准', '500元/人（全市300人，使用15.00万元，本次使用市财政资金6.00万元，不足部分由工会经费补足）', '500元/人'],
    ],
    ...(otherProject ? ['职工技能竞赛专项预算项目', '2024年绩效评价报告'] : []),
    '五、存在主要问题',
    gapSentence,
  ];
}

describe('funding-gap', () => {
  it('reports a gap that is not need − available, with the arithmetic', () => {
    const [d, ...rest] = lint('该项目需资金30万元，本次安排12万元，缺口16万元。');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'funding-gap', severity: 'error', line: 1, excerpt: expect.stringContaining('16万元') });
    expect(d!.message.zh).toBe('所需 30万元 − 本次安排 12万元 = 18万元，与所写缺口 16万元 不符；缺口应为 18万元');
    expect(d!.message.en).toBe('Needed 30万元 − available 12万元 = 18万元, but the stated gap is 16万元; it should be 18万元');
  });

  it('reads need, available and gap across the sentences of a short cell', () => {
    const [d] = lint([['资金需求', '共需80.00万元。已落实资金50.00万元。资金缺口20.00万元。']]);
    expect(d!.message.zh).toContain('= 30.00万元，与所写缺口 20.00万元 不符');
  });

  it('links a gap stated without its available amount to the same need elsewhere in the project, as a warning', () => {
    const [d, ...rest] = lint(...projectWithGap('按文件规定，疗养资金每人500元，需15.00万元，缺口8.00万元。目前依靠工会经费弥补缺口。'));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'warning', line: 15, excerpt: expect.stringContaining('8.00万元') });
    expect(d!.message.zh).toBe('所需 15.00万元 − 本次使用市财政资金 6.00万元（见第12行） = 9.00万元，与所写缺口 8.00万元 不符；缺口应为 9.00万元');
  });

  it('accepts consistent gaps and differences the stated decimals explain', () => {
    expect(lint('该项目需资金30万元，本次安排12万元，缺口18万元。')).toEqual([]);
    expect(lint('共需资金30.5万元，已安排12.25万元，缺口18.3万元。')).toEqual([]);
    expect(lint(...projectWithGap('按文件规定，需15.00万元，缺口9.00万元。'))).toEqual([]);
  });

  it('does not link across projects, nor guess an available amount that is not stated', () => {
    expect(lint(...projectWithGap('按文件规定，需15.00万元，缺口8.00万元。', true))).toEqual([]);
    expect(lint('正常开展疗休养活动还需经费约25万元，总计76.2万元，资金缺口达45.23万元。')).toEqual([]);
    expect(lint('向全市劳模发放春节慰问金，人均标准1000元，共计51.2万元，资金缺口由工会经费补足。')).toEqual([]);
  });

  it('does not check approximate figures', () => {
    expect(lint('该项目需资金约30万元，本次安排12万元，缺口16万元。')).toEqual([]);
  });

  it('leaves a gap written in 元 for 万元 to unit-magnitude', () => {
    const blocks = ['该项目需资金30.00万元，本次安排12.00万元，缺口18.00元。'];
    expect(lint(...blocks)).toEqual([]);
    const [d] = lintDocument(buildDocument(blocks), { rules: [rule, unitMagnitude] });
    expect(d).toMatchObject({ ruleId: 'unit-magnitude' });
    expect(d!.message.zh).toContain('应为 18.00万元');
  });
});

describe.skipIf(!HAVE_SEED)('funding-gap on the reference report', () => {
  it('warns about the one gap its indicator table contradicts', async () => {
    const found = await lintSeedWith(rule);
    expect(found.map((d) => [d.line, d.severity, d.excerpt])).toEqual([[614, 'warning', '21.16万元']]);
    expect(found[0]!.message.zh).toContain('40.96万元 − 本次使用市财政资金 13.8万元（见第528行） = 27.16万元');
  });
});
