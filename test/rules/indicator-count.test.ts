import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/linter.js';
import { rule } from '../../rules/indicator-count.js';
import { buildDocument } from '../support/documents.js';

type Block = string | string[][];

const HEADER = ['一级指标', '二级指标', '三级指标', '年度目标值', '实际完成值'];

function project(name: string, ...blocks: Block[]): Block[] {
  return [name, '2024年绩效评价报告', ...blocks];
}

const lint = (...blocks: Block[]) => lintDocument(buildDocument(blocks), { rules: [rule] });
const messages = (...blocks: Block[]) => lint(...blocks).map((d) => d.message.zh);

/** 2 产出 (数量, 质量), 3 效益 (经济 1, 社会 2), 1 成本, 1 满意度; level cells left empty under their first row, as a .txt copy of merged cells does. */
const canteenTable: string[][] = [
  HEADER,
  ['产出指标', '数量指标', '补助食堂数量', '300个', '300个'],
  ['', '质量指标', '专款专用', '100%', '100%'],
  ['效益 指标', '经济效益 指标', '带动周边就业', '好', '好'],
  ['', '社会效益', '改善老人用餐条件', '好', '好'],
  ['', '', '提升老人幸福感', '好', '好'],
  ['成本指标', '经济成本指标', '食堂补助标准', '1000元/个', '1000元/个'],
  ['满意度指标', '服务对象满意度', '就餐老人满意度', '≥95%', '≥95%'],
];

describe('indicator-count: a report’s statement against its table', () => {
  it('reports stated counts and breakdowns the table below does not have', () => {
    const findings = lint(
      ...project(
        '“社区食堂”运行专项预算项目',
        '预算申报时共设置2个产出指标（其中：1个数量指标、1个质量指标）、3个成本指标（其中：3个经济成本指标）、3个效益指标（其中：1个社会效益指标、1个经济效益指标、1个可持续影响指标）、1个满意度指标（其中：1个服务对象满意度指标），指标设置情况见下表：',
        canteenTable,
      ),
    );
    expect(findings.map((d) => [d.line, d.severity, d.excerpt, d.message.zh])).toEqual([
      [3, 'error', '3个成本指标（其中', '声明3个成本指标（其中：3个经济成本指标），下表（第4行起）实际为1个成本指标（其中：1个经济成本指标）'],
      [
        3,
        'error',
        '3个效益指标（其中',
        '声明3个效益指标（其中：1个社会效益指标、1个经济效益指标、1个可持续影响指标），下表（第4行起）实际为2个社会效益指标、1个经济效益指标',
      ],
    ]);
    expect(findings[1]!.message.en).toBe(
      'States 3 效益指标 (of which 1 社会效益指标, 1 经济效益指标, 1 可持续影响指标), but the table below (from line 4) has 2 社会效益指标, 1 经济效益指标',
    );
  });

  it('accepts counts that match, with loosely written categories and a breakdown it cannot read', () => {
    expect(
      messages(
        ...project(
          '“社区食堂”运行专项预算项目',
          '预算申报时共设置2个产出指标（其中：1个数量指标、1个质量指标）、1个成本指标（其中：1个经济成本）、3个效益指标（其中：2个社会效益指标、1个经济效益指标）和1个满意度指标（其中：1个服务对象满意度质保），指标设置情况见下表：',
          canteenTable,
        ),
      ),
    ).toEqual([]);
  });

  it('counts cost rows whose 一级 cell is left empty under the 产出 rows as 成本指标', () => {
    const table = [
      HEADER,
      ['', '', '发放慰问金人次', '168人', '168人'],
      ['产出指标', '数量指标', '组织体检人数', '380人', '380人'],
      ['', '时效指标', '资金发放及时率', '100%', '100%'],
      ['', '经济成本指标', '慰问金标准', '2100元/人', '2100元/人'],
      ['', '', '体检标准', '500元/人', '500元/人'],
      ['满意度指标', '满意度指标', '劳模满意度', '≥95%', '≥95%'],
    ];
    expect(messages(...project('省级财政专项预算项目', '共设置3个产出指标（其中：2个数量指标、1个时效指标）、2个成本指标、1个满意度指标，如下表：', table))).toEqual([]);
  });

  it('reads Word’s merged 一级 cells the same way', () => {
    const doc = buildDocument([
      ...project('省级财政专项预算项目', '共设置2个产出指标、2个成本指标，如下表：', [
        HEADER,
        ['产出指标', '数量指标', '组织体检人数', '380人', '380人'],
        ['产出指标', '时效指标', '资金发放及时率', '100%', '100%'],
        ['产出指标', '经济成本指标', '慰问金标准', '2100元/人', '2100元/人'],
        ['产出指标', '经济成本指标', '体检标准', '500元/人', '500元/人'],
      ]),
    ]);
    const table = doc.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    // Word merged the 一级 cell over all four rows; the reader carries its text down.
    for (const row of table.rows.slice(2)) row[0]!.merged = true;
    expect(lintDocument(doc, { rules: [rule] })).toEqual([]);
  });

  it('still checks a table followed by another table with a header of its own', () => {
    const budget = [['序号', '项目名称', '金额（元）'], ['1', '食堂补助', '300000元']];
    expect(messages(...project('“社区食堂”运行专项预算项目', '共设置2个产出指标、2个效益指标，指标设置情况见下表：', canteenTable, '资金安排', budget))).toEqual([
      '声明2个效益指标，下表（第4行起）实际为3个效益指标',
    ]);
  });

  it('skips a table that seems to go on in a table without header after it', () => {
    const broken = canteenTable.slice(0, 5);
    expect(messages(...project('“社区食堂”运行专项预算项目', '共设置2个产出指标、3个效益指标、1个满意度指标，指标设置情况见下表：', broken, '指标', [['', '满意度指标', '服务对象满意度', '就餐老人满意度', '≥95%']]))).toEqual([]);
  });
});

describe('indicator-count: the department-level summary', () => {
  const summary = (line2: string) => [
    '（二）项目绩效分析。该类项目总数2个，其中：①社区食堂项目30万元，设置2个产出指标、1个成本指标、2个效益指标、1个满意度指标，目标实现率100%；②社区养老项目12万元，设置2个产出指标、1个成本指标、1个效益指标、1个满意度指标，目标实现率100%。',
    line2,
    ...project(
      '“社区食堂”运行专项预算项目',
      '全年预算数30万元。',
      '预算申报时共设置2个产出指标、1个成本指标、3个效益指标、1个满意度指标，指标设置情况见下表：',
      canteenTable,
    ),
    ...project(
      '社区养老服务专项预算项目',
      '全年预算数12万元。',
      [
        HEADER,
        ['产出指标', '数量指标', '上门服务人数', '50人', '50人'],
        ['产出指标', '质量指标', '服务合格率', '100%', '100%'],
        ['成本指标', '经济成本指标', '护理补贴标准', '300元/人', '300元/人'],
        ['效益指标', '社会效益指标', '改善老人生活', '好', '好'],
        ['效益指标', '可持续影响指标', '长效照护机制', '好', '好'],
        ['满意度指标', '服务对象满意度指标', '老人满意度', '≥95%', '≥95%'],
      ],
    ),
  ];

  it('reports an item that differs from the project’s own statement, or from its table when it has none', () => {
    const findings = lint(...summary('经分析，2个常年项目的4个产出指标、2个成本指标、3个效益指标、2个满意度指标全部完成。'));
    expect(findings.map((d) => [d.line, d.excerpt, d.message.zh])).toEqual([
      [1, '2个效益指标', '汇总称“‘社区食堂’运行专项预算项目”设置2个效益指标，而该项目报告所述（见第6行）为3个效益指标；两处应一致'],
      [1, '1个效益指标', '汇总称“社区养老服务专项预算项目”设置1个效益指标，而该项目的指标表（第50行起）实际为2个效益指标；两处应一致'],
    ]);
    expect(findings[1]!.message.en).toBe(
      'The summary gives 1 效益指标 for "社区养老服务专项预算项目", but the project\'s indicator table (from line 50) has 2; the two should agree',
    );
  });

  it('reports a total over projects that is not the sum of the items', () => {
    const findings = lint(...summary('经分析，2个常年项目的4个产出指标、3个成本指标、3个效益指标、2个满意度指标全部完成。'));
    const sums = findings.filter((d) => d.line === 2);
    expect(sums.map((d) => [d.excerpt, d.message.zh])).toEqual([['3个成本指标', '2个常年项目的3个成本指标，与各项目所列之和 1 + 1 = 2个不符（见第1行）；应为2个']]);
    expect(sums[0]!.message.en).toBe('3个 成本指标 over 2个 projects, but the projects listed (line 1) add up to 1 + 1 = 2; it should be 2');
  });

  it('does not guess which projects a total sums when no list has that many', () => {
    const findings = lint(...summary('经分析，3个项目的9个产出指标全部完成。'));
    expect(findings.filter((d) => d.line === 2)).toEqual([]);
  });
});
