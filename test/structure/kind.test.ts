import { describe, expect, it } from 'vitest';
import { buildStructure, reportYear } from '../../src/structure/index.js';
import { coveredYears, readKind } from '../../src/structure/kind.js';
import { buildDocument } from '../support/documents.js';

const kindOf = (...blocks: (string | string[][])[]) => readKind(buildDocument(blocks)).kind;
const BODY = '本部门负责全县公共文化服务体系建设，承担县委、县政府交办的其他工作。';

describe('readKind', () => {
  it('reads a 部门决算 from its title, or from the part heading when the title is missing', () => {
    expect(kindOf('某县农业农村局2024年度部门决算', '第一部分 部门概况', BODY)).toBe('department-final');
    expect(kindOf('某县第一中学', '2024年度单位决算', '目录', '第一部分 单位概况')).toBe('department-final');
    expect(kindOf('第一部分 部门概况', '一、部门职责', BODY, '第二部分 2024年度部门决算情况说明', '一、收入支出决算总体情况说明')).toBe('department-final');
  });

  it('keeps a 部门决算 with project evaluation reports attached a 部门决算', () => {
    const blocks = [
      '第一部分 部门概况',
      BODY,
      '第二部分 2024年度部门决算情况说明',
      '附件1',
      '乡村书屋补助专项预算项目',
      '2024年绩效评价报告',
      '一、项目概况',
    ];
    expect(kindOf(...blocks)).toBe('department-final');
    // An evaluation title further down, with nothing else, is an attachment: not the document's kind.
    expect(kindOf('第一部分 部门概况', BODY, '附件1', '乡村书屋补助专项预算项目', '2024年绩效评价报告')).toBe('unknown');
  });

  it('reads a 部门预算 or 单位预算', () => {
    expect(kindOf('某市某区2025年区级部门预算', '预算主管部门：某市某区某局', '目录')).toBe('department-budget');
    expect(kindOf('某市2025年市级单位预算', '预算单位：某市某局')).toBe('department-budget');
  });

  it('reads a 预算执行情况和预算草案 report with its execution year, whatever its wording', () => {
    const titles = [
      '关于某市2024年预算执行情况和2025年预算草案的报告',
      '关于2025年全市和市本级预算执行情况与2026年全市和市本级预算草案的报告',
      '某州2025年地方财政预算执行情况和2026年地方财政预算（草案）',
      '关于某县２０２４年财政预算执行情况及２０２５年财政预算草案的报告',
      '关于二〇二四年预算执行情况和二○二五年预算草案的报告',
    ];
    expect(titles.map((t) => readKind(buildDocument([t, '各位代表：']))).map((r) => [r.kind, r.year])).toEqual([
      ['government-budget-report', 2024],
      ['government-budget-report', 2025],
      ['government-budget-report', 2025],
      ['government-budget-report', 2024],
      ['government-budget-report', 2024],
    ]);
  });

  it('joins a budget report title broken over lines, below the session header and above the date line', () => {
    const two = ['某市十五届人大', '三次会议文件（八）', '关于某市2019年预算执行情况和', '2020年预算草案的报告', '——2020年1月10日在某市第十五届人民代表大会第三次会议上', '各位代表：'];
    expect(readKind(buildDocument(two))).toEqual({ kind: 'government-budget-report', year: 2019 });
    const three = ['2026年1月', '关于某市2025年市本级预算和', '市总预算执行情况与2026年市本级预算和', '市总预算草案的报告（书面）'];
    expect(readKind(buildDocument(three))).toEqual({ kind: 'government-budget-report', year: 2025 });
  });

  it('reads a government final account from its title or its tables’ titles', () => {
    expect(kindOf('2019年全市及市本级决算草案的说明', '一、全市一般公共预算收支决算情况')).toBe('government-final');
    expect(kindOf('2021年度', '省本级及全省财政总决算公开', '某省财政厅')).toBe('government-final');
    expect(kindOf('目录', '表一：2019年全区一般公共预算收入决算表', '表二：2019年自治区本级一般公共预算收入决算表')).toBe('government-final');
    expect(kindOf('关于2023年市级决算的报告', BODY)).toBe('government-final');
  });

  it('does not take a department table’s title for a government final account', () => {
    expect(kindOf('目录', '一、收入支出决算总表', '五、一般公共预算财政拨款支出决算表')).toBe('unknown');
    expect(kindOf('目录', '五、本级一般公共预算财政拨款支出决算表')).toBe('unknown');
  });

  it('reads a whole-document evaluation report and a 三公经费 说明 from the title at the top only', () => {
    expect(kindOf('乡村书屋补助项目2024年度绩效评价报告', '一、项目概况')).toBe('performance-evaluation');
    expect(kindOf('某县农业农村局2024年度部门整体支出绩效自评报告', BODY)).toBe('performance-evaluation');
    // The evaluation of a 部门预算 project is still an evaluation report.
    expect(kindOf('2024年度部门预算项目支出绩效自评报告', BODY)).toBe('performance-evaluation');
    expect(kindOf('某县农业农村局2024年度“三公”经费决算情况说明', BODY)).toBe('three-public');
    // A 三公经费 heading inside a 部门决算 does not make it one.
    expect(kindOf('第一部分 部门概况', BODY, '第二部分 2024年度部门决算情况说明', '七、“三公”经费财政拨款支出决算情况说明')).toBe('department-final');
  });

  it('says unknown when no title names a kind', () => {
    expect(kindOf(BODY, '一、部门职责', BODY)).toBe('unknown');
    expect(kindOf([['项目', '金额'], ['基本支出', '10']])).toBe('unknown');
  });
});

describe('the years a kind covers', () => {
  const budgetReport = buildDocument([
    '关于某市2024年预算执行情况和2025年预算草案的报告',
    '各位代表：',
    BODY,
    '一、2024年预算执行情况',
    '二、2025年预算草案',
    '（一）2025年一般公共预算收入预算草案',
    '（二）2025年一般公共预算支出预算草案',
    '（三）2025年政府性基金预算草案',
  ]);

  it('covers the execution year and the budget year, and takes the execution year as the report year', () => {
    // The headings name the budget year more often; the title fixes which year is which.
    const structure = buildStructure(budgetReport);
    expect(structure).toMatchObject({ kind: 'government-budget-report', reportYear: 2024, years: [2024, 2025] });
    expect(reportYear(budgetReport)).toBe(2024);
  });

  it('covers the report year alone for every other kind, and nothing when it is unknown', () => {
    expect(buildStructure(buildDocument(['某县农业农村局2024年度部门决算', BODY]))).toMatchObject({ kind: 'department-final', reportYear: 2024, years: [2024] });
    expect(buildStructure(buildDocument(['某市某区2025年区级部门预算', BODY]))).toMatchObject({ kind: 'department-budget', years: [2025] });
    expect(coveredYears('government-final', 2019)).toEqual([2019]);
    expect(coveredYears('unknown', undefined)).toEqual([]);
  });

  it('follows --year, keeping the budget year after it', () => {
    expect(buildStructure(budgetReport, { year: 2030 })).toMatchObject({ reportYear: 2030, years: [2030, 2031] });
  });
});
