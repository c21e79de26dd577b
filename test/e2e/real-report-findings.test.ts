import { beforeAll, describe, expect, it } from 'vitest';
import { lintFile } from '../../src/cli/lint-file.js';
import type { FileResult } from '../../src/reporters/types.js';
import { HAVE_SEED, SEED_TXT } from '../support/seed.js';

/**
 * Every finding on the real report, each read by a person and judged a real inconsistency
 * (the comment says why). A finding that disappears or appears makes this test fail, so a
 * change in precision or recall shows up in review.
 */
const EXPECTED: [line: number, rule: string, excerpt: string, why: string][] = [
  [76, 'numbering', '国有资本经营预算支出决算情况说明', 'a sibling of 一、…八、 that lost its 九、'],
  [79, 'numbering', '其他重要事项的情况说明', 'the next sibling lost its 十、 (followed by its own （一）…（四）)'],
  [106, 'numbering', '8.农林水支出（类）巩固脱贫攻坚成果衔接乡村振兴（款）其他巩固脱贫攻坚成果衔接乡村振兴支出（项）', '名词解释 runs 1…6 then 8'],
  [130, 'cross-reference', '人均600元/年', 'the department text gives the 劳模体检 standard as 600元, the project report as 800元'],
  [130, 'repeated-word', '市工人文化宫日常日常行政运行所需的经费', '日常日常'],
  [144, 'indicator-count', '3个效益指标', 'summary says 工会经费 has 3 效益指标; its report and table have 2'],
  [145, 'indicator-count', '设置13个产出指标', 'summary says 13 产出指标 for 省级财政工会; its table has 14'],
  [145, 'indicator-count', '6个效益指标', 'summary says 6 效益指标; the table has 7'],
  [145, 'indicator-count', '3个满意度指标', 'summary says 3 满意度指标; the table has 4'],
  [150, 'indicator-count', '7个成本指标', '5 常年项目 list 1+2+2+1+2 = 8 成本指标, not 7'],
  [150, 'indicator-count', '7个效益指标', 'they list 3+2+1+1+1 = 8 效益指标, not 7'],
  [150, 'indicator-count', '10个成本指标', '2 阶段项目 list 9+3 = 12 成本指标, not 10'],
  [177, 'year-label', '2023年度', 'a 2024 project budget line labelled 2023年度'],
  [177, 'unit-magnitude', '执行数为10元', 'budget 10万元, execution written 10元, 完成预算100%'],
  [316, 'year-label', '2023年度', 'budget line labelled 2023年度'],
  [408, 'year-label', '2023年度', 'evaluation scope 参与2023年度… in a 2024 evaluation'],
  [463, 'year-label', '2023年度', 'budget line labelled 2023年度'],
  [465, 'cross-reference', '为512名劳模安排身体检查', 'text: 512 劳模 examined; table 实际完成值: 509人'],
  [467, 'indicator-count', '2个效益指标（其中', 'states 2 社会效益指标; the table has 1 社会效益 and 1 可持续影响'],
  [528, 'unit-magnitude', '每人每年0.08元', '0.08元 per person next to 800元/人·次: 0.08万元 meant'],
  [529, 'unit-magnitude', '每人每年0.08元', 'the same slip repeated in the 实际完成值 cell'],
  [529, 'malformed-number', '40。96万元', 'a full stop for the decimal point'],
  [577, 'year-label', '2023年度', 'evaluation scope labelled 2023年度'],
  [614, 'funding-gap', '21.16万元', 'need 40.96 − 13.8 from the city budget = 27.16万元, not 21.16'],
  [672, 'per-unit', '171300元', '45人 × 300元/人/月 × 12 = 162000元, not 171300'],
  [809, 'duplicate-indicator', '资金发放准确率', 'the same indicator under 质量指标 and 时效指标'],
  [911, 'repeated-word', '省部级劳劳模满意度', '劳劳模'],
  [1109, 'cross-reference', '由3名优秀的干部职工组成的驻村工作队', 'the table and text say 2 驻村队员, here 3'],
  [1249, 'year-label', '2023年绩效评价报告', 'a project report titled 2023 among 2024 ones'],
  [1259, 'indicator-count', '3个成本指标（其中', 'states 3 成本指标; the table has 1'],
  [1259, 'indicator-count', '3个效益指标（其中', 'states 1 社会 + 1 经济 + 1 可持续; the table has 2 社会 + 1 经济'],
  [1278, 'per-unit', '≤320个', '320 驿站 × 1000元 = 32万元 against a 20万元 budget'],
  [1279, 'target-vs-actual', '200个', '200 of ≤320 驿站 while the report claims 100% / 全面完成'],
  [1385, 'copy-paste', '“工会经费”', 'the 驿站 report analyses itself under another project’s name'],
  [1397, 'target-vs-actual', '包括进行补助的驿站数量为320个', 'text says 320 驿站 funded; the table’s actual is 200'],
  [1401, 'cross-reference', '项目资金覆盖了全市320个劳动者驿站', 'text says all 320 covered; the table’s actual is 200'],
];

describe.skipIf(!HAVE_SEED)('findings on the real report', () => {
  let result: FileResult;
  beforeAll(async () => {
    result = await lintFile(SEED_TXT);
  });

  it('are exactly the reviewed ones', () => {
    const actual = result.diagnostics.map((d) => [d.line, d.ruleId, d.excerpt].join(' '));
    expect(actual.sort()).toEqual(EXPECTED.map(([line, rule, excerpt]) => [line, rule, excerpt].join(' ')).sort());
  });

  it('show the arithmetic for every relation they report', () => {
    const arithmetic = ['sum-of-parts', 'percent-share', 'growth-rate', 'per-unit', 'funding-gap', 'execution-rate'];
    for (const d of result.diagnostics.filter((d) => arithmetic.includes(d.ruleId))) {
      expect(d.message.zh).toMatch(/[=×÷−+]/);
      expect(d.message.en).toMatch(/[=×÷−+]/);
    }
  });
});
