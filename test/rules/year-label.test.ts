import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/linter.js';
import { rule } from '../../rules/year-label.js';
import { buildDocument } from '../support/documents.js';
import { HAVE_SEED, lintSeedWith } from '../support/seed.js';

/** A 2024 report: its title and two project reports say 2024; `body` goes in the first project. */
function report2024(...body: (string | string[][])[]): (string | string[][])[] {
  return [
    '某县文化和旅游局2024年度部门决算',
    '第二部分 2024年度部门决算情况说明',
    '附件1',
    '图书馆免费开放专项预算项目',
    '2024年绩效评价报告',
    '一、项目概况',
    ...body,
    '非遗保护传承专项预算项目',
    '2024年绩效评价报告',
    '一、项目概况',
  ];
}

const lint = (...body: (string | string[][])[]) => lintDocument(buildDocument(report2024(...body)), { rules: [rule] });
/** Line of the first body block in report2024. */
const BODY_LINE = 7;

describe('year-label', () => {
  it('reports a project budget labelled with last year, as a warning with the year to write', () => {
    const text = '（三）预算安排及分配管理。“图书馆免费开放”专项预算项目2023年度全年预算数15万元，执行数为15万元，完成预算的100%。';
    const [d, ...rest] = lint(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'year-label', severity: 'warning', line: BODY_LINE, column: text.indexOf('2023') + 1, excerpt: '2023年度' });
    expect(d!.message.zh).toBe('本报告为2024年度，此处预算（执行）数写作2023年度，应为2024年度');
    expect(d!.message.en).toBe('This report is for 2024, but this budget figure says 2023年度; it should say 2024年度');
  });

  it('reports 申报 and the headline figures of the report labelled with another year', () => {
    expect(lint('“图书馆免费开放”项目2023年度申报20万元，财政批复20万元。')).toHaveLength(1);
    const [d] = lint('2023年度本年支出合计520.40万元，其中：基本支出300.20万元，项目支出220.20万元。');
    expect(d!.message.zh).toBe('本报告为2024年度，此处预算（执行）数写作2023年度，应为2024年度');
    expect(lint('“图书馆免费开放”项目２０２３年度全年预算数15万元。')[0]!.message.zh).toContain('写作２０２３年度，应为2024年度');
  });

  it('reports an evaluation scope that covers another year', () => {
    const [d] = lint('（三）评价选点。该项目绩效评价的选点应覆盖参与2023年度图书馆免费开放专项预算项目的各乡镇文化站，这些选点具有代表性。');
    expect(d).toMatchObject({ severity: 'warning', excerpt: '2023年度' });
    expect(d!.message.zh).toBe('本报告为2024年度，此处评价范围写作2023年度，应为2024年度');
    expect(lint('本次评价对象为2023年度项目资金的使用情况。')).toHaveLength(1);
  });

  it('reports a project report titled with another year as an error, at its title line', () => {
    const doc = buildDocument([
      ...report2024(),
      '文物安全巡查补助专项预算项目',
      '2023年绩效评价报告',
      '一、项目概况',
    ]);
    const [d, ...rest] = lintDocument(doc, { rules: [rule] });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'error', line: 11, column: 1, excerpt: '2023年绩效评价报告' });
    expect(d!.message.zh).toBe('本报告为2024年度，此处标题写作2023年，应为2024年');
  });

  it('reports a heading that names another year for the report itself', () => {
    const [d] = lint('第三部分 2023年度部门决算表');
    expect(d).toMatchObject({ severity: 'error', line: BODY_LINE });
    expect(d!.message.zh).toBe('本报告为2024年度，此处标题写作2023年度，应为2024年度');
  });

  it('leaves comparisons with another year alone', () => {
    expect(lint('2024年度收、支总计均为1309.54万元。与2023年度相比，收、支总计各增加32.71万元，增长2.56%。')).toEqual([]);
    expect(lint('2024年度，机关运行经费支出0万元，与2023年度决算数持平。')).toEqual([]);
    expect(lint('该项支出决算为0万元，与2023年决算相比无变化。')).toEqual([]);
    expect(lint('本年支出较2023年增长5.2%，比上年增加10万元，上年决算数为190万元。')).toEqual([]);
    expect(lint('2023年决算数为100万元，2024年决算数为120万元。')).toEqual([]);
    expect(lint('2023年度一般公共预算财政拨款支出1200万元，2024年度为1309.54万元。')).toEqual([]);
  });

  it('leaves dates, past events, document titles and numbers, ranges and plans alone', () => {
    expect(lint('按照2024年1月12日市人民政府与市级群团组织2023年度联席会议议定事项，市财政补助运行经费20万元。')).toEqual([]);
    expect(lint('2024年1月召开的2023年度工作总结会议安排专项经费5万元。')).toEqual([]);
    expect(lint('根据《关于下达2023年省级专项资金预算的通知》（川财建〔2024〕108号），市本级分配资金177.78万元。')).toEqual([]);
    expect(lint('截至2023年底，累计建成驿站320个。')).toEqual([]);
    expect(lint('评价期间覆盖2021—2023年及2022年至2024年的项目资金。')).toEqual([]);
    expect(lint('下一步，2025年度全年预算数拟安排20万元。')).toEqual([]);
    expect(lint('该项目为2023年度申报、2024年实施的项目，全年预算数15万元。')).toEqual([]);
    expect(lint('评价对象为2019年设立的图书馆免费开放项目。')).toEqual([]);
  });

  it('leaves the report year itself and table headers alone', () => {
    expect(lint('“图书馆免费开放”专项预算项目2024年度全年预算数15万元，执行数为15万元。')).toEqual([]);
    expect(lint([['项目', '2023年决算数', '2024年决算数'], ['基本支出', '300万元', '320万元']])).toEqual([]);
    expect(lint('附表：部门预算项目支出绩效自评表（2024年度）')).toEqual([]);
  });

  it('says nothing when the report year is unknown, and follows --year', () => {
    const text = '“图书馆免费开放”专项预算项目2023年度全年预算数15万元。';
    expect(lintDocument(buildDocument([text]), { rules: [rule] })).toEqual([]);
    const with2023 = lintDocument(buildDocument(report2024(text)), { rules: [rule], year: 2023 });
    expect(with2023.filter((d) => d.line === BODY_LINE)).toEqual([]);
    expect(with2023.map((d) => d.excerpt)).toContain('2024年绩效评价报告');
  });
});

/** Lints a document made of `blocks` with year-label only. */
const lintBlocks = (...blocks: (string | string[][])[]) => lintDocument(buildDocument(blocks), { rules: [rule] });
const excerpts = (...blocks: (string | string[][])[]) => lintBlocks(...blocks).map((d) => d.excerpt);

describe('year-label by document kind', () => {
  describe('a 预算执行情况和预算草案 report covers the execution year and the budget year', () => {
    const report = (...body: string[]) =>
      lintBlocks(
        '关于某市2024年预算执行情况和2025年预算草案的报告',
        '——2025年1月10日在某市第十届人民代表大会第三次会议上',
        '各位代表：',
        '一、2024年预算执行情况',
        '（一）2024年一般公共预算执行情况',
        '二、2025年预算草案',
        '（一）2025年全市一般公共预算收入预算草案',
        ...body,
      );

    it('leaves headings of both years, their year-end debt and comparisons alone', () => {
      expect(report()).toEqual([]);
      expect(report('截至2024年底，全市政府债务余额320.50亿元，控制在限额以内。')).toEqual([]);
      expect(report('2024年全市一般公共预算收入完成105.20亿元，比上年增长3.1%，2023年为102.03亿元。')).toEqual([]);
      expect(report('截至2023年底，累计盘活闲置资产42处。')).toEqual([]);
    });

    it('reports a heading of neither year, saying both years are possible', () => {
      const [d, ...rest] = report('（二）2023年全市政府性基金预算草案');
      expect(rest).toEqual([]);
      expect(d).toMatchObject({ severity: 'error', column: 4, endColumn: 9 });
      expect(d!.message.zh).toBe('本报告为2024年预算执行情况和2025年预算草案，此处标题写作2023年，应为2024年或2025年');
      expect(d!.message.en).toBe('This report is for the 2024 budget execution and the 2025 draft budget, but this title says 2023年; it should say 2024年 or 2025年');
      expect(report('（三）2026年市级国有资本经营预算草案').map((x) => x.message.zh)).toEqual([
        '本报告为2024年预算执行情况和2025年预算草案，此处标题写作2026年，应为2024年或2025年',
      ]);
    });

    it('reports a year-end state of the year before the execution year, with the execution year to write', () => {
      const [d] = report('截至2023年底，全市政府债务余额320.50亿元，其中：一般债务余额120.30亿元。');
      expect(d).toMatchObject({ severity: 'warning', excerpt: '2023年底' });
      expect(d!.message.zh).toBe('本报告为2024年预算执行情况和2025年预算草案，此处年末时点写作2023年底，应为2024年底');
    });
  });

  describe('a 部门决算 states its year-end as of the end of the report year', () => {
    it('reports a year-end date of another year before the staff, vehicles or assets', () => {
      const [d, ...rest] = lint('截至2023年12月31日，本部门共有车辆3辆，其中：一般公务用车2辆。');
      expect(rest).toEqual([]);
      expect(d).toMatchObject({ severity: 'warning', line: BODY_LINE, excerpt: '2023年12月31日' });
      expect(d!.message.zh).toBe('本报告为2024年度，此处年末时点写作2023年12月31日，应为2024年12月31日');
      expect(d!.message.en).toBe('This report is for 2024, but this year-end date says 2023年12月31日; it should say 2024年12月31日');
      expect(lint('（三）人员概况。截至2023年末，本部门共有编制40个，年末实有人数38人。').map((x) => x.excerpt)).toEqual(['2023年末']);
      expect(lint('截止到２０２３年底，公务用车保有量为2辆。')[0]!.message.zh).toContain('写作２０２３年底，应为2024年底');
      // As text taken from a PDF often spaces it.
      expect(lint('截至2023年 12 月 31 日，本部门共有车辆3辆。').map((x) => x.ruleId)).toEqual(['year-label']);
    });

    it('leaves the report year, history, comparisons and plans alone', () => {
      expect(lint('截至2024年12月31日，本部门共有车辆3辆；截至2024年末，年末实有人数38人。')).toEqual([]);
      expect(lint('截至2023年底，累计建成驿站320个。')).toEqual([]);
      expect(lint('截至2024年末，实有人数38人，比2023年末减少2人。')).toEqual([]);
      expect(lint('与截至2023年末的资产总额相比，增加12.50万元。')).toEqual([]);
      expect(lint('预计到2025年末，在职人员将达到40人。')).toEqual([]);
      expect(lint('截至2024年6月，本部门共有车辆3辆。')).toEqual([]);
    });
  });

  describe('a 部门预算 is written before its year ends', () => {
    const budget = (...body: string[]) => lintBlocks('某市某区2025年区级部门预算', '预算主管部门：某市某区某局', '一、部门主要职能', ...body);

    it('leaves the latest state known alone: the end of last year, or a date within it', () => {
      expect(budget('截至2024年12月31日，本部门共有车辆3辆。')).toEqual([]);
      expect(budget('截至2024年6月，本部门共有车辆3辆，资产总额1200.00万元。')).toEqual([]);
      expect(budget('四、2024年预算执行情况', '2025年收入预算1200.00万元，比2024年减少90.00万元。')).toEqual([]);
    });

    it('reports a heading naming another budget year', () => {
      const [d] = budget('1. 2024年部门财务收支预算总表');
      expect(d).toMatchObject({ severity: 'error', column: 4 });
      expect(d!.message.zh).toBe('本报告为2025年度，此处标题写作2024年，应为2025年');
    });
  });

  describe('a government final account covers its year', () => {
    const final = (...body: string[]) => lintBlocks('2019年全市及市本级决算草案的说明', '一、全市一般公共预算收支决算情况', ...body);

    it('reports a stale year-end debt balance and leaves the right one alone', () => {
      expect(excerpts('2019年全市及市本级决算草案的说明', '截至2018年底，全市地方政府债务余额260.80亿元。')).toEqual(['2018年底']);
      expect(final('截至2019年底，全市地方政府债务余额268.08亿元。')).toEqual([]);
      expect(final('二、2020年预算执行情况')).toEqual([]);
    });
  });

  describe('an evaluation report or a 三公经费 说明 may be written at any time', () => {
    it('checks their titles and scopes, not their year-end dates', () => {
      const evaluation = ['乡村书屋补助项目2024年度绩效评价报告', '一、项目概况'];
      expect(excerpts(...evaluation, '本次评价对象为2023年度项目资金的使用情况。')).toEqual(['2023年度']);
      expect(excerpts(...evaluation, '截至2023年12月31日，项目共有在职人员5人。')).toEqual([]);
      const threePublic = ['某县农业农村局2024年度“三公”经费决算情况说明', '一、总体情况'];
      expect(lintBlocks(...threePublic, '二、2023年度“三公”经费财政拨款支出决算情况').map((d) => d.message.zh)).toEqual([
        '本报告为2024年度，此处标题写作2023年度，应为2024年度',
      ]);
      expect(excerpts(...threePublic, '截至2023年12月31日，共有车辆2辆。')).toEqual([]);
    });
  });
});

describe.skipIf(!HAVE_SEED)('year-label on the reference report', () => {
  it('reports the stray 2023 title, budget lines and evaluation scopes, nothing else', async () => {
    const found = await lintSeedWith(rule);
    expect(found.map((d) => [d.line, d.severity, d.message.zh])).toEqual([
      [177, 'warning', '本报告为2024年度，此处预算（执行）数写作2023年度，应为2024年度'],
      [316, 'warning', '本报告为2024年度，此处预算（执行）数写作2023年度，应为2024年度'],
      [408, 'warning', '本报告为2024年度，此处评价范围写作2023年度，应为2024年度'],
      [463, 'warning', '本报告为2024年度，此处预算（执行）数写作2023年度，应为2024年度'],
      [577, 'warning', '本报告为2024年度，此处评价范围写作2023年度，应为2024年度'],
      [1249, 'error', '本报告为2024年度，此处标题写作2023年，应为2024年'],
    ]);
  });
});
