import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/linter.js';
import { rule } from '../../rules/sum-of-parts.js';
import { buildDocument } from '../support/documents.js';

const lint = (...blocks: (string | string[][])[]) => lintDocument(buildDocument(blocks), { rules: [rule] });

describe('sum-of-parts', () => {
  it('reports a sentence total whose parts do not add up, with the arithmetic', () => {
    const [d, ...rest] = lint('2024年度本年支出合计1309.54万元，其中：基本支出350.96万元，占26.04%；项目支出968.59万元，占73.96%。');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'sum-of-parts', severity: 'error', line: 1, excerpt: expect.stringContaining('1309.54万元') });
    expect(d!.message.zh).toBe('基本支出 350.96万元 + 项目支出 968.59万元 = 1319.55万元，与本年支出 1309.54万元 相差 10.01万元；按各项之和，本年支出应为 1319.55万元');
    expect(d!.message.en).toContain('350.96万元 + 968.59万元 = 1319.55万元');
  });

  it('accepts a difference the stated decimals explain', () => {
    expect(lint('本年支出合计1309.54万元，其中：基本支出340.96万元，占26.04%；项目支出968.59万元，占73.96%。')).toEqual([]);
    expect(lint('支出决算数为1309.54万元。其中：', '1.行政运行（项）：支出决算为286.82万元。', '2.工会事务（项）：支出决算为730万元。', '3.其他支出（项）：支出决算为292.73万元。')).toEqual([]);
  });

  it('checks a headcount breakdown in brackets', () => {
    const [d] = lint('截至2024年末，机关共有编制30个（其中：行政编制5个、参公编制22个、工勤编制4个），年末实有人数28人。');
    expect(d!.message.zh).toContain('行政编制 5个 + 参公编制 22个 + 工勤编制 4个 = 31个');
    expect(lint('共有编制30个（其中：行政编制5个、参公编制22个、工勤编制3个），退休人员40人，其中：机关25人、下属单位15人。')).toEqual([]);
  });

  it('checks people listed after 其中 with 人 and 名 alike', () => {
    const [d] = lint('退休人员共40人，其中：机关26名、下属单位15名。');
    expect(d!.message.zh).toContain('= 41人');
  });

  it('checks a list of items in the following paragraphs', () => {
    const [d, ...rest] = lint(
      '一般公共服务支出820.50万元，完成预算100%。其中：',
      '1.行政运行（项）：支出决算为600.20万元，完成预算100%。',
      '2.一般行政管理事务（项）：支出决算为200.30万元，完成预算100%。',
      '（一）下一节',
    );
    expect(rest).toEqual([]);
    expect(d!.message.zh).toContain('600.20万元 + ');
    expect(d!.message.zh).toContain('= 800.50万元');
    expect(d!.line).toBe(1);
  });

  it('checks unnumbered part paragraphs after a total', () => {
    const [d] = lint('基本支出340.96万元，其中：', '人员经费330.09万元，主要包括：奖金、生活补助。', '公用经费1.87万元，主要包括：其他商品和服务支出。');
    expect(d!.message.zh).toContain('= 331.96万元');
  });

  it('checks an enumerated project list against the total in the sentence before', () => {
    const [d] = lint('该类项目总数3个，涉及预算总金额512.30万元。其中：①甲项目300万元，设置3个产出指标；②乙项目200万元，设置2个产出指标；③丙项目22.3万元，设置1个产出指标。');
    expect(d!.message.zh).toContain('= 522.30万元');
  });

  it('checks a table 合计 row, reading thousands separators', () => {
    const table = [
      ['序号', '项目名称', '金额（元）'],
      ['1', '慰问金', '352,800元'],
      ['2', '体检补助', '190,000元'],
      ['', '合计', '1,234,500元'],
    ];
    const [d] = lint(table);
    expect(d!.message.zh).toContain('352800元 + 190000元 = 542800元');
    expect(d!.location).toEqual({ table: 1, row: 4, column: 3 });
    expect(lint([...table.slice(0, 3), ['', '合计', '542,800元']])).toEqual([]);
  });

  it('checks a 合计 column against the cells before it', () => {
    const [d] = lint([
      ['项目', '基本支出', '项目支出', '合计'],
      ['一般公共服务支出', '100.00万元', '50.00万元', '160.00万元'],
    ]);
    expect(d!.message.zh).toContain('100.00万元 + 50.00万元 = 150.00万元');
  });

  it('reports parts that fall short only when they claim to be the whole', () => {
    expect(lint('本年支出80万元，主要用于：设备购置30万元、人员培训20万元。')).toEqual([]);
    expect(lint('本年支出80万元，主要用于：设备购置50万元、人员培训40万元。')).toHaveLength(1);
    expect(lint('本年支出80万元，其中：设备购置30万元、人员培训20万元等。')).toEqual([]);
  });

  it('ignores a single part, changes and comparisons after 其中', () => {
    expect(lint('支出合计100万元，其中：工资福利支出60万元。')).toEqual([]);
    expect(lint('支出合计100万元，其中：基本支出60万元，比上年增加5万元；项目支出40万元。')).toEqual([]);
    expect(lint('与2023年度相比，收、支总计各增加32.71万元，增长2.56%。')).toEqual([]);
  });
});

describe('sum-of-parts on counts', () => {
  it('adds only counts of the same thing', () => {
    expect(lint('上述7个项目完成情况较好，其中：5个常年项目的19个产出指标、7个成本指标全部完成；2个阶段项目的17个产出指标基本完成。')).toEqual([]);
    const [d] = lint('上述8个项目完成情况较好，其中：5个常年项目、2个阶段性项目全部完成。');
    expect(d!.message.zh).toContain('5个常年项目 + 2个阶段性项目 = 7个');
  });
});

describe('sum-of-parts on indicator counts', () => {
  it('takes every kind of 效益指标 as a part of the 效益指标 count', () => {
    expect(lint('共设置3个效益指标（其中：1个社会效益指标、1个经济效益指标、1个可持续影响指标）。')).toEqual([]);
    const [d] = lint('共设置4个产出指标（其中：2个数量指标、1个时效指标、2个质量指标）。');
    expect(d!.message.zh).toContain('2个数量指标 + 1个时效指标 + 2个质量指标 = 5个');
  });
});

describe('sum-of-parts on Word tables', () => {
  it('never takes a vertically merged copy for a total or a part', () => {
    const doc = buildDocument([
      [
        ['序号', '项目名称', '覆盖户数', '金额（元）'],
        ['1', '帮扶救助金', '215户', '430,000元'],
        ['2', '送温暖慰问金', '155户', '310,000元'],
        ['', '合计', '155户', '740,000元'],
      ],
    ]);
    const table = doc.blocks[0]!;
    if (table.kind !== 'table') throw new Error('expected a table');
    table.rows[3]![2]!.merged = true; // Word merged the empty 合计 cell into the one above
    expect(lintDocument(doc, { rules: [rule] })).toEqual([]);
  });
});

describe('sum-of-parts after the parts', () => {
  it('does not take the execution of the total for one more part', () => {
    expect(lint('全年预算数86.40万元，其中：省级补助资金45.12万元、市级补助资金25.06万元、县级配套资金16.21万元；执行数为86.40万元，完成预算的100%。')).toEqual([]);
  });
});

describe('sum-of-parts with the unit in the column header', () => {
  it('reads bare numbers under 金额（万元） as 万元', () => {
    const [d, ...rest] = lint([
      ['序号', '项目名称', '支出金额（万元）'],
      ['1', '工作经费', '186.40'],
      ['2', '防疫补助', '142.75'],
      ['', '合计', '339.15'],
    ]);
    expect(rest).toEqual([]);
    expect(d!.message.zh).toContain('186.40万元 + 142.75万元 = 329.15万元，与合计 339.15万元 相差 10.00万元');
  });
});

describe('sum-of-parts on budget and execution', () => {
  // Each item states its budget and its execution, as 部门决算 narratives do.
  const items = (executed: string[]) => [
    `1、一般公共服务支出（类）行政运行（项）。主要用于：机关运转。年初预算为420.00万元，支出决算为${executed[0]}万元。决算数小于预算数的主要原因：人员减少。`,
    `2、一般公共服务支出（类）一般行政管理事务（项）。主要用于：业务工作。年初预算为95.00万元，支出决算为${executed[1]}万元。`,
    `3、住房保障支出（类）住房公积金（项）。主要用于：缴纳住房公积金。年初预算为64.00万元，支出决算为${executed[2]}万元。`,
  ];

  it('adds the items\' 支出决算 for a 支出决算 total, not their 年初预算', () => {
    const total = '一般公共预算财政拨款支出年初预算为579.00万元，支出决算为551.70万元，完成年初预算的95.28%。其中：';
    expect(lint(total, ...items(['401.30', '90.20', '60.20']))).toEqual([]);
    const [d, ...rest] = lint(total, ...items(['401.30', '90.20', '70.20']));
    expect(rest).toEqual([]);
    expect(d!.message.zh).toContain('401.30万元 + 90.20万元 + 70.20万元 = 561.70万元，与合计 551.70万元 相差 10.00万元');
  });

  it('does not add 全年预算 for a 支出决算 total when the 年初预算 is nil', () => {
    const total = '一般公共预算财政拨款支出年初预算为0万元，全年预算为579.00万元，支出决算为551.70万元。其中：';
    const withFullYear = items(['401.30', '90.20', '60.20']).map((item) => item.replace('年初预算', '全年预算'));
    expect(lint(total, ...withFullYear)).toEqual([]);
  });

  it('adds the items\' 年初预算 for a 年初预算 total', () => {
    expect(lint('年初预算为579.00万元。其中：', ...items(['401.30', '90.20', '60.20']))).toEqual([]);
    const [d] = lint('年初预算为589.00万元。其中：', ...items(['401.30', '90.20', '60.20']));
    expect(d!.message.zh).toContain('年初预算 420.00万元 + 年初预算 95.00万元 + 年初预算 64.00万元 = 579.00万元');
  });

  it('takes no side when the total does not say whether it is the budget or the execution', () => {
    expect(lint('一般公共服务支出551.70万元。其中：', ...items(['401.30', '90.20', '60.20']))).toEqual([]);
  });
});

describe('sum-of-parts on siblings restated in a list', () => {
  it('does not take the last of several amounts listed side by side for the total of the list after them', () => {
    expect(lint(
      '“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0.00万元，占0.00%；公务用车购置及运行维护费支出决算0.00万元，占0.00%；公务接待费支出决算0.52万元，占100.00%。具体情况如下：',
      '1、因公出国（境）费支出0.00万元。全年安排因公出国（境）团组0个。',
      '2、公务用车购置及运行维护费支出0.00万元。其中：',
      '公务用车购置支出为0.00万元。',
      '3、公务接待费支出0.52万元。',
    )).toEqual([]);
  });

  it('still checks a list whose total is the only amount of its sentence', () => {
    const [d] = lint('“三公”经费财政拨款支出决算为12.60万元。具体情况如下：', '1、因公出国（境）费支出0.00万元。', '2、公务用车购置及运行维护费支出10.10万元。', '3、公务接待费支出1.50万元。');
    expect(d!.message.zh).toContain('= 11.60万元，与“三公”经费财政拨款支出 12.60万元 相差 1.00万元');
  });
});
