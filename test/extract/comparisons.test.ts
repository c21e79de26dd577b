import { describe, expect, it } from 'vitest';
import { extractComparisons, type Comparison } from '../../src/extract/statements/comparisons.js';
import { lintDocument } from '../../src/lint/linter.js';
import type { Rule } from '../../src/lint/types.js';
import { buildDocument } from '../support/documents.js';

/** The comparisons of a one-paragraph document, as "words: relation subject vs reference". */
function comparisons(text: string, year = 2024): string[] {
  let found: Comparison[] = [];
  const capture: Rule = {
    meta: { id: 'capture', defaultSeverity: 'error', description: { zh: '', en: '' }, docs: '' },
    check: ({ facts }) => void (found = facts.of(extractComparisons)),
  };
  lintDocument(buildDocument([text]), { rules: [capture], year });
  return found.map((c) => `${c.words}: ${c.relation} ${c.subject.term} ${c.subject.figure.raw} vs ${c.reference.term} ${c.reference.figure.raw}`);
}

describe('budget against actual', () => {
  it('pairs the words with the budget and actual of the sentence before', () => {
    expect(comparisons('年初预算为1560.05万元，支出决算为1511.89万元。决算数小于预算数的主要原因：人员变动。')).toEqual([
      '决算数小于预算数: less 支出决算 1511.89万元 vs 年初预算 1560.05万元',
    ]);
    expect(comparisons('年初预算为45.00万元，支出决算为45.00万元，完成年初预算的100.00%。决算数同预算数持平。')).toEqual([
      '决算数同预算数持平: equal 支出决算 45.00万元 vs 年初预算 45.00万元',
    ]);
  });

  it('reads the actual stated first, and the budget named first in the words', () => {
    expect(comparisons('支出决算数为90.00万元，预算数为100.00万元，预算数大于决算数。')).toEqual([
      '预算数大于决算数: less 支出决算数 90.00万元 vs 预算数 100.00万元',
    ]);
    expect(comparisons('年初预算为100.00万元，支出决算为90.00万元，决算数比年初预算数减少10.00万元。')).toEqual([
      '决算数比年初预算数减少: less 支出决算 90.00万元 vs 年初预算 100.00万元',
    ]);
  });

  it('takes the pair the subject of the words names, past the sub-items after it', () => {
    const text =
      '“三公”经费财政拨款支出年初预算为2.85万元，支出决算为0.39万元，其中：因公出国（境）费决算为0.00万元；公务接待费支出决算为0.39万元。2024年度“三公”经费支出决算数小于预算数的主要原因：严控支出。';
    expect(comparisons(text)).toEqual(['支出决算数小于预算数: less 支出决算 0.39万元 vs 年初预算 2.85万元']);
  });

  it('finds no pair when sub-items stand between the pair and words with no subject', () => {
    expect(comparisons('“三公”经费年初预算为2.85万元，支出决算为0.39万元，其中：公务接待费决算为0.39万元。决算数小于预算数的主要原因：严控支出。')).toEqual([]);
  });

  it('finds no pair for a subject no pair names', () => {
    expect(comparisons('“三公”经费年初预算为1.50万元，支出决算为1.20万元。公务用车运行维护费决算数小于预算数。')).toEqual([]);
  });

  it('leaves the choice open between an opening and a full-year budget, unless the words name one', () => {
    const stated = '一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元。';
    expect(comparisons(`${stated}决算数小于预算数的主要原因：人员变动。`)).toEqual([]);
    expect(comparisons(`${stated}决算数小于全年预算数的主要原因：人员变动。`)).toEqual([
      '决算数小于全年预算数: less 支出决算 307.82万元 vs 全年预算 321.02万元',
    ]);
  });

  it('does not read hedged, negated or counting words, nor comparisons among the reasons', () => {
    const stated = '年初预算为10.00万元，支出决算为9.80万元。';
    expect(comparisons(`${stated}决算数与预算数基本持平。`)).toEqual([]);
    expect(comparisons(`${stated}决算数未超过预算数。`)).toEqual([]);
    expect(comparisons(`${stated}决算数大于预算数的项目有3个。`)).toEqual([]);
    expect(comparisons(`${stated}主要原因：部分项目决算数大于预算数。`)).toEqual([]);
  });
});

describe('this year against last year', () => {
  it('pairs the words with the two years’ amounts of the sentence', () => {
    expect(comparisons('“三公”经费财政拨款支出决算数为0.39万元，2023年度为0.54万元，比上年减少。')).toEqual([
      '比上年减少: less 本年 0.39万元 vs 2023年度 0.54万元',
    ]);
    expect(comparisons('2022年当年预算执行数为15.00万元，2023年预算安排15.00万元，比2022年预算执行数持平。', 2023)).toEqual([
      '比2022年预算执行数持平: equal 2023年 15.00万元 vs 2022年 15.00万元',
    ]);
    expect(comparisons('本年支出决算数为12.00万元，上年为15.50万元，低于上年。')).toEqual(['低于上年: less 本年 12.00万元 vs 上年 15.50万元']);
  });

  it('takes the year the words name over the year before the report’s', () => {
    expect(comparisons('2026年预算安排12.00亿元，2025年执行数为11.00亿元，比2025年有所增加。', 2025)).toEqual([
      '比2025年有所增加: greater 2026年 12.00亿元 vs 2025年 11.00亿元',
    ]);
  });

  it('finds no pair when the amounts are not this year’s and last year’s alone', () => {
    expect(comparisons('2024年度支出决算120.00万元，上年结转30.00万元，比上年增加。')).toEqual([]);
    expect(comparisons('2024年度支出决算120.00万元，其中基本支出80.00万元，上年为100.00万元，比上年增加。')).toEqual([]);
    expect(comparisons('2022年度支出决算120.00万元，2023年度为100.00万元，比上年增加。')).toEqual([]);
    expect(comparisons('2024年度支出决算120.00万元，与上年持平。')).toEqual([]);
    expect(comparisons('2024年度支出决算120.00万元，2023年度为150.00万元，不低于上年。')).toEqual([]);
  });
});
