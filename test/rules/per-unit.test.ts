import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/linter.js';
import { rule } from '../../rules/per-unit.js';
import { buildDocument } from '../support/documents.js';
import { HAVE_SEED, lintSeedWith } from '../support/seed.js';

const lint = (...blocks: (string | string[][])[]) => lintDocument(buildDocument(blocks), { rules: [rule] });

const HEADER = ['序号', '项目名称', '覆盖人数（人）', '人均标准（元/人）', '金额（元）'];

/** A project report with an indicator table, a budget paragraph and whatever else is given. */
function project(budget: string, indicators: string[][], ...more: string[]): (string | string[][])[] {
  return [
    '附件3',
    '户外服务站点运行专项预算项目',
    '2024年绩效评价报告',
    '一、项目概况',
    budget,
    [['一级指标', '二级指标', '三级指标', '年度目标值', '实际完成值'], ...indicators],
    ...more,
  ];
}

describe('per-unit: sentences', () => {
  it('reports a total that is not count × standard, showing the arithmetic and the right amount', () => {
    const [d, ...rest] = lint('一、慰问情况', '向全市300名会员发放慰问金，人均标准800元，共计25万元。');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'per-unit', severity: 'error', line: 2, excerpt: expect.stringContaining('25万元') });
    expect(d!.message.zh).toBe('300人 × 800元/人 = 240000元 = 24万元，与所写金额 25万元 不符（相差 1万元）；按数量和标准，金额应为 24万元');
    expect(d!.message.en).toBe('300人 × 800元/人 = 240000元 = 24万元, but the stated amount is 25万元 (off by 1万元); given the count and the standard it should be 24万元');
  });

  it('accepts consistent products, across 元 and 万元', () => {
    expect(lint('为40名困难职工发放人均1500元的救助金，共计6万元。')).toEqual([]);
    expect(lint('支持方向：①向全市512名劳模发放春节慰问金，人均标准1000元，共计51.2万元，资金缺口由其他经费补足。')).toEqual([]);
    expect(lint('为320个服务站点拨付标准为1000元/个/年的运维经费，共计32万元。')).toEqual([]);
    expect(lint('帮扶标准为每户2000元，全年为155户困难家庭发放慰问金，合计310000元。')).toEqual([]);
  });

  it('treats an amount in whole 万元 as rounded: 49500元 may be written 5万元', () => {
    expect(lint('为45名职工发放人均1100元的补助，共计5万元。')).toEqual([]);
    const [d] = lint('为45名职工发放人均1100元的补助，共计5.5万元。');
    expect(d!.message.zh).toContain('45人 × 1100元/人 = 49500元 = 4.95万元');
  });

  it('reads a standard and a count inside the bracket of an indicator cell', () => {
    expect(lint([['春节慰问劳模标准', '1000元/人（慰问512人共需51.2万元，不足部分由其他经费弥补）']])).toEqual([]);
    const [d] = lint([['春节慰问劳模标准', '1000元/人（慰问512人共需50万元）']]);
    expect(d).toMatchObject({ severity: 'error', location: { table: 1, row: 1, column: 2 } });
    expect(d!.message.zh).toContain('512人 × 1000元/人 = 512000元 = 51.2万元');
  });

  it('multiplies a monthly standard by the months stated, or by 12', () => {
    expect(lint('按每人每月300元的标准，为20名驻村队员发放6个月生活补贴，共计3.6万元。')).toEqual([]);
    expect(lint('按每人每月300元的标准，为20名驻村队员发放生活补贴，共计7.2万元。')).toEqual([]);
    const [d] = lint('按每人每月300元的标准，为20名驻村队员发放生活补贴，共计3.6万元。');
    expect(d!.message.zh).toBe('20人 × 300元/人/月 × 12个月 = 72000元 = 7.2万元，与所写金额 3.6万元 不符（相差 3.6万元）；按数量和标准，金额应为 7.2万元（月标准按全年12个月计）');
  });

  it('reads the period from the words before the standard, and skips a standard whose period is unclear', () => {
    expect(lint('2024年共为83名退休人员发放生活补助，人均每月200元，共计19.92万元。')).toEqual([]);
    expect(lint('全县享受低保人数1200人，月人均补助水平300元，全年共发放低保金432万元。')).toEqual([]);
    const [d] = lint('2024年共为83名退休人员发放生活补助，人均每月200元，共计16.6万元。');
    expect(d!.message.zh).toContain('83人 × 200元/人/月 × 12个月 = 199200元 = 19.92万元');
    expect(lint('为20名队员按月发放生活补助，每人300元，共计7.2万元。')).toEqual([]);
  });

  it('takes a standard per 次 as paid at least once', () => {
    expect(lint('为10名困难劳模发放补助，标准2400元/人·次，共计4.8万元。')).toEqual([]);
    const [d] = lint('为10名困难劳模发放补助，标准2400元/人·次，共计20000元。');
    expect(d!.message.zh).toBe('10人 × 2400元/人/次 = 24000元，与所写金额 20000元 不符（相差 4000元）；按数量和标准，金额应为 24000元（按每人至少一次计）');
  });

  it('does not take a count from a clause about the change on the prior year', () => {
    expect(lint('与上年相比，慰问人数增加20人，2024年为120名职工发放人均500元慰问金，共计6万元，比上年增加1万元。')).toEqual([]);
  });

  it('does not check a total that covers more than the product', () => {
    // Another amount between the product and the total.
    expect(lint('需为512名劳模每人发放1000元春节慰问金，开展疗休养活动还需经费约25万元，总计76.2万元。')).toEqual([]);
    // Another activity, an 等, or a bracket saying what else the total holds.
    expect(lint('为50名职工发放人均500元慰问金，并组织健康体检，共计3万元。')).toEqual([]);
    expect(lint('为50名职工发放人均500元慰问金等，共计3万元。')).toEqual([]);
    expect(lint('为全市50名困难职工每人发放慰问金1000元和慰问品，共计6万元。')).toEqual([]);
    expect(lint('组织100名职工参加培训，人均培训费500元，共计支出8万元（含场地费）。')).toEqual([]);
  });

  it('does not check a product with a factor it does not use', () => {
    expect(lint('培训职工3期，每期100人，人均费用200元，共计6万元。')).toEqual([]);
    expect(lint('按每人300元的标准为20名队员发放6个月补贴，共计3.6万元。')).toEqual([]);
    expect(lint('补助标准为每人每天100元，共培训200人、3天，共计6万元。')).toEqual([]);
    const [d] = lint('补助标准为每人每天100元，共培训200人、3天，共计5万元。');
    expect(d!.message.zh).toContain('200人 × 100元/人/天 × 3天 = 60000元 = 6万元');
  });

  it('does not guess when the link is unclear or the total approximate', () => {
    expect(lint('为60名劳模发放慰问金，组织20名劳模疗休养，人均1000元，共计10万元。')).toEqual([]);
    expect(lint('向全市300名会员发放慰问金，人均标准800元，共计约25万元。')).toEqual([]);
    expect(lint('为40名职工发放人均1000元补助，一般公共预算安排6万元。')).toEqual([]);
    expect(lint('为50户困难家庭每人发放500元，共计3万元。')).toEqual([]);
  });
});

describe('per-unit: table rows', () => {
  it('reports a row whose amount is not count × monthly standard × 12', () => {
    const table = [HEADER, ['1', '劳模春节慰问金', '168人', '2100元/人', '352800元'], ['2', '劳模荣誉津贴', '30人', '200元/人/月', '80000元']];
    const [d, ...rest] = lint('省级专项资金预算', table);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'error', excerpt: '80000元', location: { table: 1, row: 3, column: 5 } });
    expect(d!.message.zh).toBe('劳模荣誉津贴：30人 × 200元/人/月 × 12个月 = 72000元，与所写金额 80000元 不符（相差 8000元）；按数量和标准，金额应为 72000元（月标准按全年12个月计）');
    expect(d!.message.en).toContain('30人 × 200元/人/月 × 12 months = 72000元');
  });

  it('takes a header that says 月 as a monthly standard', () => {
    const table = [['项目', '人数（人）', '月补助标准（元/人）', '金额（元）'], ['乡村医生岗位补助', '154', '300', '554400']];
    expect(lint(table)).toEqual([]);
  });

  it('uses a months column when the table has one', () => {
    const table = [['项目', '人数（人）', '标准（元/人/月）', '发放月数', '金额（元）'], ['驻村补贴', '2', '1100', '6', '13200']];
    expect(lint(table)).toEqual([]);
  });

  it('checks a range standard: count × min ≤ amount ≤ count × max', () => {
    const inside = [HEADER, ['1', '特殊困难劳模帮扶金', '9人', '5000-25000元/人', '145000元']];
    expect(lint(inside)).toEqual([]);
    const outside = [HEADER, ['1', '特殊困难劳模帮扶金', '6人', '5000-20000元/人', '150000元']];
    const [d] = lint(outside);
    expect(d!.message.zh).toBe('特殊困难劳模帮扶金：6人 × 5000-20000元/人 = 30000元 至 120000元，所写金额 150000元 不在此范围内（相差 30000元）；按数量和标准，金额应在 30000元 至 120000元 之间');
  });

  it('reads bare numbers by their column headers, in 万元 too', () => {
    const table = [['类别', '人数（人）', '补助标准（元/人）', '金额（万元）'], ['困难职工', '40', '1500', '4.8'], ['困难劳模', '10', '2400', '2.4']];
    const [d, ...rest] = lint(table);
    expect(rest).toEqual([]);
    expect(d!.location).toEqual({ table: 1, row: 2, column: 4 });
    expect(d!.message.zh).toContain('困难职工：40人 × 1500元/人 = 60000元 = 6.0万元，与所写金额 4.8万元 不符（相差 1.2万元）');
  });

  it('matches the standard’s unit: 元/户 with 户', () => {
    const table = [['项目', '覆盖户数（户）', '标准（元/户）', '金额（元）'], ['送温暖慰问', '155户', '2000元/户', '300000元']];
    const [d] = lint(table);
    expect(d!.message.zh).toContain('155户 × 2000元/户 = 310000元');
  });

  it('counts occasions against a standard per 次', () => {
    const table = [['项目', '培训次数', '标准（元/次）', '金额（元）'], ['技能培训', '3次', '5000元/次', '20000元']];
    const [d] = lint(table);
    expect(d!.message.zh).toContain('技能培训：3次 × 5000元/次 = 15000元');
  });

  it('leaves rows without a full count, standard and amount alone', () => {
    const table = [HEADER, ['10', '职工技能提升补助', '', '', '70900元'], ['', '合计', '', '', '1,777,750元']];
    expect(lint(table)).toEqual([]);
  });
});

describe('per-unit: a project’s quantity and cost indicators against its budget', () => {
  const indicators = (count: string, standard = '2000元/个', actual = count) => [
    ['产出指标', '数量指标', '补助服务站点数量', count, actual],
    ['产出指标', '时效指标', '项目完成时限', '≤1年', '≤1年'],
    ['成本指标', '经济成本指标', '服务站点补助标准', standard, standard],
    ['满意度指标', '服务对象满意度指标', '户外劳动者满意度', '≥95%', '≥95%'],
  ];
  const budget = '（三）预算安排及分配管理。该项目2024年度申报20万元，财政批复20万元，执行数为20万元，完成预算的100%。';

  it('warns when count × standard exceeds the one budget the project states', () => {
    const [d, ...rest] = lint(...project(budget, indicators('≤150个', '2000元/个', '100个'), '4.项目结果。全年共补助150个服务站点。'));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'warning', excerpt: expect.stringContaining('≤150个'), location: { table: 1, row: 2, column: 4 } });
    expect(d!.message.zh).toBe(
      '数量指标“补助服务站点数量” ≤150个 × 成本指标“服务站点补助标准” 2000元/个 = 30万元，超过项目预算 20万元（多 10万元）；按此标准，预算 20万元 对应 100个；实际完成值 100个 × 2000元/个 = 20万元，与预算相符',
    );
    expect(d!.message.en).toContain('≤150个 × 2000元/个 = 30万元, more than the project budget of 20万元');
  });

  it('accepts a product that fits the budget', () => {
    expect(lint(...project(budget, indicators('100个')))).toEqual([]);
  });

  it('warns about a shortfall only when the budget goes wholly to the standard', () => {
    const whole = '（三）预算安排及分配管理。该项目全年预算数25万元，全部用于发放站点补助，执行数为25万元。';
    const [d] = lint(...project(whole, indicators('100个')));
    expect(d).toMatchObject({ severity: 'warning' });
    expect(d!.message.zh).toContain('= 20万元，少于全部用于此项的项目预算 25万元（少 5万元）；按此标准，预算 25万元 对应 125个');
    const partly = '（三）预算安排及分配管理。该项目全年预算数25万元，执行数为25万元。';
    expect(lint(...project(partly, indicators('100个')))).toEqual([]);
  });

  it('does not take a bound (≤150个) as the count unless the text states that count', () => {
    expect(lint(...project(budget, indicators('≤150个')))).toEqual([]);
  });

  it('does not report when the project says a shortfall is met from other money', () => {
    expect(lint(...project(budget, indicators('150个'), '五、存在主要问题。资金缺口由单位自有资金弥补。'))).toEqual([]);
  });

  it('does not link when the unit has several standards or several counts', () => {
    const compound = [
      ['产出指标', '数量指标', '驻村队员人数', '2人', '2人'],
      ['成本指标', '经济成本指标', '驻村队员生活补贴标准', '13200元/人', '13200元/人'],
      ['成本指标', '经济成本指标', '驻村队员工作经费标准', '5000元/人', '5000元/人'],
    ];
    expect(lint(...project('该项目2024年度全年预算数3万元，执行数为3万元。', compound))).toEqual([]);
    const twoCounts = [
      ['产出指标', '数量指标', '组织劳模疗休养人数', '60人', '60人'],
      ['产出指标', '数量指标', '春节慰问劳模人数', '512人', '512人'],
      ['成本指标', '经济成本指标', '春节慰问劳模标准', '1000元/人', '1000元/人'],
    ];
    expect(lint(...project('该项目2024年度全年预算数30万元，执行数为30万元。', twoCounts))).toEqual([]);
  });

  it('does not link a count and a standard whose names speak of different things', () => {
    const unrelated = [
      ['产出指标', '数量指标', '从业人员培训人数', '50人', '50人'],
      ['成本指标', '经济成本指标', '志愿者服务补贴标准', '5000元/人', '5000元/人'],
    ];
    expect(lint(...project('该项目2024年度全年预算数20万元，全部用于发放补贴，执行数为20万元。', unrelated))).toEqual([]);
  });

  it('does not link when the project states budgets that differ', () => {
    expect(lint(...project('该项目年初预算数20万元，调整后预算数35万元。', indicators('150个')))).toEqual([]);
  });
});

describe.skipIf(!HAVE_SEED)('per-unit on the real report', () => {
  it('finds the monthly allowance row and the station budget, and nothing else', async () => {
    const findings = await lintSeedWith(rule);
    expect(findings.map((d) => [d.severity, d.excerpt])).toEqual([
      ['error', '171300元'],
      ['warning', '≤320个'],
    ]);
    expect(findings[0]!.message.zh).toContain('45人 × 300元/人/月 × 12个月 = 162000元，与所写金额 171300元 不符');
    expect(findings[1]!.message.zh).toContain('≤320个 × 成本指标“劳动者驿站补助标准” 1000元/个 = 32万元，超过项目预算 20万元');
  });
});
