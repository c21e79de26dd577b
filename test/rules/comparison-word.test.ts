import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/linter.js';
import { rule } from '../../rules/comparison-word.js';
import { rule as executionRate } from '../../rules/execution-rate.js';
import { rule as growthRate } from '../../rules/growth-rate.js';
import { rule as unitMagnitude } from '../../rules/unit-magnitude.js';
import { buildDocument } from '../support/documents.js';
import { HAVE_SEED, lintSeedWith } from '../support/seed.js';

const lint = (...blocks: string[]) => lintDocument(buildDocument(blocks), { rules: [rule], year: 2024 });
/** With the rules that check the same statements' amounts and rates. */
const lintAll = (...blocks: string[]) => lintDocument(buildDocument(blocks), { rules: [rule, growthRate, executionRate, unitMagnitude], year: 2024 });

const ITEM = '1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：人员经费及公用经费等基本支出。';

describe('comparison-word: budget against actual', () => {
  it('reports 小于 said of an actual above the budget', () => {
    const [d, ...rest] = lint(`${ITEM}年初预算为120.50万元，支出决算为125.30万元。决算数小于预算数的主要原因：人员增加。`);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'comparison-word', severity: 'error', line: 1, excerpt: '决算数小于预算数' });
    expect(d!.message.zh).toBe('写明“决算数小于预算数”，但支出决算 125.30万元 − 年初预算 120.50万元 = 4.80万元：实为决算数大于预算数');
    expect(d!.message.en).toBe('The text says “决算数小于预算数”, but actual 125.30万元 − budget 120.50万元 = 4.80万元: the actual is more than the budget');
  });

  it('reports 大于, 等于 and 持平 said of an actual below the budget', () => {
    const stated = '年初预算为80.00万元，支出决算为76.40万元。';
    for (const words of ['决算数大于预算数', '决算数等于预算数', '决算数与预算数持平', '决算与预算一致']) {
      const [d, ...rest] = lint(`${stated}${words}。`);
      expect(rest).toEqual([]);
      expect(d!.excerpt).toBe(words);
      expect(d!.message.zh).toBe(`写明“${words}”，但支出决算 76.40万元 − 年初预算 80.00万元 = -3.60万元：实为决算数小于预算数`);
    }
  });

  it('reports a change on the budget that goes the other way', () => {
    const found = lintAll('年初预算为100.00万元，支出决算为90.00万元，决算数比年初预算数增加10.00万元。');
    expect(found.map((d) => [d.ruleId, d.excerpt])).toEqual([['comparison-word', '决算数比年初预算数增加']]);
    expect(found[0]!.message.zh).toBe('写明“决算数比年初预算数增加”，但支出决算 90.00万元 − 年初预算 100.00万元 = -10.00万元：实为决算数小于预算数');
  });

  it('reads the budget named first: 预算数大于决算数 says the actual is less', () => {
    const [d] = lint('年初预算为80.00万元，支出决算为86.40万元。预算数大于决算数的主要原因：追加经费。');
    expect(d!.message.zh).toContain('= 6.40万元：实为决算数大于预算数');
    expect(lint('年初预算为80.00万元，支出决算为76.40万元。预算数大于决算数的主要原因：节约开支。')).toEqual([]);
  });

  it('takes the 三公 total the words name, past its sub-items', () => {
    const [d, ...rest] = lint(
      '“三公”经费财政拨款支出年初预算为1.50万元，支出决算为1.80万元，其中：因公出国（境）费决算为0.00万元；公务接待费支出决算为1.80万元。2024年度“三公”经费支出决算数小于预算数的主要原因：严控支出。',
    );
    expect(rest).toEqual([]);
    expect(d!.message.zh).toBe('写明“支出决算数小于预算数”，但支出决算 1.80万元 − 年初预算 1.50万元 = 0.30万元：实为决算数大于预算数');
  });

  it('uses the budget the words name when two are stated', () => {
    const stated = '一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元。';
    const [d] = lint(`${stated}决算数大于全年预算数的主要原因：追加。`);
    expect(d!.message.zh).toBe('写明“决算数大于全年预算数”，但支出决算 307.82万元 − 全年预算 321.02万元 = -13.20万元：实为决算数小于预算数');
    // 大于 the opening budget of 0, 小于 the full-year one: the words do not say which.
    expect(lint(`${stated}决算数大于预算数的主要原因：追加。`)).toEqual([]);
  });

  it('accepts consistent words and differences the stated decimals explain', () => {
    expect(lint(`${ITEM}年初预算为1560.05万元，支出决算为1511.89万元。决算数小于预算数的主要原因：人员变动。`)).toEqual([]);
    expect(lint('年初预算为54.53万元，支出决算为54.53万元，完成年初预算的100.00%。决算数同预算数持平。')).toEqual([]);
    expect(lint('全年预算为202.24万元，支出决算为202.24万元。决算数与全年预算数持平。')).toEqual([]);
    // 10万元 stands for 9.5 to 10.5万元.
    expect(lint('年初预算为10万元，支出决算为10.30万元。决算数与预算数持平。')).toEqual([]);
    // Equal as written, yet each may hide up to 0.005万元 either way.
    expect(lint('年初预算为10.00万元，支出决算为10.00万元。决算数大于预算数的主要原因：无。')).toEqual([]);
    expect(lint('“三公”经费财政拨款支出年初预算为0.00万元，支出决算为0.00万元，决算数与预算数持平。')).toEqual([]);
  });

  it('does not read 基本持平, counts, or comparisons among the reasons', () => {
    expect(lint('年初预算为10.00万元，支出决算为9.80万元。决算数与预算数基本持平。')).toEqual([]);
    expect(lint('年初预算为80.00万元，支出决算为86.40万元。决算数大于预算数的项目有3个。')).toEqual([]);
    expect(lint('年初预算为100.00万元，支出决算为120.00万元。决算数大于预算数的主要原因：其中基本支出决算数小于预算数。')).toEqual([]);
  });

  it('does not compare a sub-item’s words with the total', () => {
    expect(
      lint('“三公”经费财政拨款支出年初预算为1.50万元，支出决算为1.20万元，其中：公务接待费支出决算为1.20万元。公务用车运行维护费决算数大于预算数。'),
    ).toEqual([]);
  });

  it('leaves a completion rate to execution-rate', () => {
    const found = lintAll('年初预算为100.00万元，支出决算为90.00万元，完成预算的100%。决算数小于预算数的主要原因：节约。');
    expect(found.map((d) => d.ruleId)).toEqual(['execution-rate']);
  });

  it('points at a unit slip that would reconcile 持平, and leaves one in a completion rate to unit-magnitude', () => {
    const [d] = lint('年初预算为10万元，支出决算为10元。决算数与预算数持平。');
    expect(d!.message.zh).toBe('写明“决算数与预算数持平”，但支出决算 10元 − 年初预算 10万元 = -99990元：实为决算数小于预算数（若“10元”是 10万元 的笔误，则两者相符）');
    const found = lintAll('年初预算为10万元，支出决算为10元，完成预算的100%。决算数与预算数持平。');
    expect(found.map((d) => d.ruleId)).toEqual(['unit-magnitude']);
  });
});

describe('comparison-word: this year against last year', () => {
  it('reports 比上年减少 said of an amount that went up', () => {
    const [d, ...rest] = lint('“三公”经费财政拨款支出决算数为3.20万元，2023年度为2.60万元，比上年减少。主要原因是公务接待增加。');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ excerpt: '比上年减少' });
    expect(d!.message.zh).toBe('写明“比上年减少”，但本年 3.20万元 − 2023年度 2.60万元 = 0.60万元：实为比上年增加 0.60万元');
    expect(d!.message.en).toBe('The text says “比上年减少”, but this year\'s 3.20万元 − last year\'s 2.60万元 = 0.60万元: an increase on last year (0.60万元)');
  });

  it('reports 有所增加 and 高于上年 said of a decrease', () => {
    const [a] = lint('2024年度机关运行经费支出决算数为12.00万元，2023年度为15.50万元，与上年相比有所增加。');
    expect(a!.message.zh).toBe('写明“与上年相比有所增加”，但2024年度 12.00万元 − 2023年度 15.50万元 = -3.50万元：实为比上年减少 3.50万元');
    const [b] = lint('本年支出决算数为12.00万元，上年为15.50万元，高于上年。');
    expect(b!.excerpt).toBe('高于上年');
  });

  it('reports 一致 said of two different years', () => {
    const [d] = lint('2025年预算安排18.00万元，2024年预算执行数为15.00万元，与2024年预算执行数一致。');
    expect(d!.message.zh).toBe('写明“与2024年预算执行数一致”，但2025年 18.00万元 − 2024年 15.00万元 = 3.00万元：实为比上年增加 3.00万元');
  });

  it('accepts consistent words and equal years', () => {
    expect(lint('2022年当年预算执行数为15.00万元，2023年预算安排15.00万元，比2022年预算执行数持平。')).toEqual([]);
    expect(lint('2024年度支出决算5.00万元，2023年度为5.00万元，与上年持平。')).toEqual([]);
    expect(lint('“三公”经费财政拨款支出决算数为0.39万元，2023年度为0.54万元，比上年减少。')).toEqual([]);
    expect(lint('2024年度支出决算0万元，与2023年度决算数持平。')).toEqual([]);
  });

  it('does not read an amount carried over as last year’s, nor 不低于', () => {
    expect(lint('2024年度支出决算120.00万元，上年结转30.00万元，比上年增加。')).toEqual([]);
    expect(lint('2024年度支出决算120.00万元，2023年度为150.00万元，不低于上年。')).toEqual([]);
  });

  it('leaves a change with its amount or rate to growth-rate', () => {
    const amount = lintAll('“三公”经费支出决算数为0.54万元，2023年度为0.39万元，比上年减少0.15万元。');
    expect(amount.map((d) => d.ruleId)).toEqual(['growth-rate']);
    expect(amount[0]!.message.zh).toContain('应为增加 0.15万元');
    const flat = lintAll('2024年度机关运行经费支出5.20万元，上年决算数为4.80万元，与上年持平。');
    expect(flat.map((d) => d.ruleId)).toEqual(['growth-rate']);
    const budget = lintAll('2025年预算安排18.00万元，2024年预算执行数为15.00万元，比2024年预算执行数持平。');
    expect(budget.map((d) => d.ruleId)).toEqual(['growth-rate']);
  });
});

describe.skipIf(!HAVE_SEED)('comparison-word on the reference report', () => {
  it('reports nothing: its comparisons (与2023年度决算数持平) state one year only', async () => {
    expect(await lintSeedWith(rule)).toEqual([]);
  });
});
