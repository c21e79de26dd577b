import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/linter.js';
import { rule } from '../../rules/execution-rate.js';
import { rule as unitMagnitude } from '../../rules/unit-magnitude.js';
import { buildDocument } from '../support/documents.js';
import { HAVE_SEED, lintSeedWith } from '../support/seed.js';

const lint = (...blocks: (string | string[][])[]) => lintDocument(buildDocument(blocks), { rules: [rule] });

describe('execution-rate', () => {
  it('reports a completion rate that is not 执行数 ÷ 预算数', () => {
    const [d, ...rest] = lint('（三）预算安排及分配管理。该项目2024年度全年预算数8万元，执行数为7.2万元，完成预算的100%。');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'execution-rate', severity: 'error', line: 1, excerpt: expect.stringContaining('100%') });
    expect(d!.message.zh).toBe('执行数 7.2万元 ÷ 全年预算数 8万元 = 90%，与所写完成预算 100% 不符；按所列金额应为 90%');
    expect(d!.message.en).toBe('amount spent 7.2万元 ÷ budget 8万元 = 90%, but the stated rate is 100%; by the amounts it should be 90%');
  });

  it('checks 使用率 against the funds received and 到位率 against the budget', () => {
    const [usage] = lint('2024年，到位项目资金900万元，到位率100%，执行资金850万元，使用率100%。');
    expect(usage!.message.zh).toBe('执行资金 850万元 ÷ 到位项目资金 900万元 = 94%，与所写使用率 100% 不符；按所列金额应为 94%');
    const [arrival] = lint('项目预算数100万元，到位资金80万元，到位率100%。');
    expect(arrival!.message.zh).toBe('到位资金 80万元 ÷ 预算数 100万元 = 80%，与所写到位率 100% 不符；按所列金额应为 80%');
  });

  it('pairs each rate with the amounts stated just before it', () => {
    const found = lint('甲项目预算10.00万元，执行10.00万元，执行率100%；乙项目预算5.00万元，执行4.00万元，执行率100%。');
    expect(found).toHaveLength(1);
    expect(found[0]!.message.zh).toContain('执行 4.00万元 ÷ 预算 5.00万元 = 80%');
  });

  it('reads a budget and a rate in the next sentence of the same paragraph', () => {
    const [d] = lint('该项目全年预算数8万元。执行数为6万元，完成预算的100%。');
    expect(d!.message.zh).toContain('= 75%');
  });

  it('accepts consistent rates and differences the stated decimals explain', () => {
    // 4万元 may stand for anything from 3.5 to 4.5万元, 5万元 for 4.5 to 5.5万元: up to 100%.
    expect(lint('预算5万元，执行4万元，执行率100%。')).toEqual([]);
    expect(lint('“工会经费”项目2024年度申报710万元，财政批复710万元，执行数为710万元，完成预算的100%，年内未进行预算调整。')).toEqual([]);
    expect(lint('专项预算项目2024年度申报20万元，财政批复20万元，执行数为20万元，完成预算的100%。')).toEqual([]);
    expect(lint('全年预算数30.97万元，执行数为30.97万元，其中20万元用于疗休养、10.97万元用于春节慰问，完成预算的100%。')).toEqual([]);
    expect(lint('预算数3万元，执行数2.99万元，预算执行率99.67%。')).toEqual([]);
    expect(lint('预算数3.00万元，执行数2.99万元，完成预算的100%。')).toEqual([]);
  });

  it('uses the approved budget, not the amount requested', () => {
    expect(lint('2024年度申报30万元，财政批复20万元，执行数为20万元，完成预算的100%。')).toEqual([]);
  });

  it('does not guess between an opening and an adjusted budget of different amounts', () => {
    expect(lint('年初预算100.00万元，调整预算120.00万元，执行数110.00万元，完成预算的110%。')).toEqual([]);
    expect(lint('年初预算100.00万元，调整预算120.00万元，决算110.00万元，完成年初预算的110%。')).toEqual([]);
  });

  it('does not check a rate whose base is not stated, nor work completion rates', () => {
    expect(lint('2024年，到位项目资金968.59万元，到位率100%，执行资金968.59万元，使用率100%。')).toEqual([]);
    expect(lint('1.行政运行（项）：支出决算为286.82万元，完成预算100%。')).toEqual([]);
    expect(lint('预算数10万元，执行数8万元，驻村工作任务完成率100%。')).toEqual([]);
    expect(lint('2024年度一般公共预算支出1309.54万元，预算完成率100%。')).toEqual([]);
  });

  it('leaves an amount written in 元 for 万元 to unit-magnitude', () => {
    const blocks = ['该项目2023年度全年预算数10万元，全部用于发放救助金，执行数为10元，完成预算的100%。'];
    expect(lint(...blocks)).toEqual([]);
    const [d, ...rest] = lintDocument(buildDocument(blocks), { rules: [rule, unitMagnitude] });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'unit-magnitude', excerpt: expect.stringContaining('执行数为10元') });
  });
});

describe.skipIf(!HAVE_SEED)('execution-rate on the reference report', () => {
  it('reports nothing of its own: its one wrong rate (执行数为10元) is a unit slip', async () => {
    expect(await lintSeedWith(rule)).toEqual([]);
  });
});
