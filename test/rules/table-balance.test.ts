import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/linter.js';
import { rule } from '../../rules/table-balance.js';
import { buildDocument } from '../support/documents.js';

const lint = (...blocks: (string | string[][])[]) => lintDocument(buildDocument(blocks), { rules: [rule] });

/** A 收入支出决算总表 in 万元: 2946.25 + 49.14 = 2995.39 = 2940.05 + 55.34. */
function summary(change: Record<string, [string, string]> = {}): string[][] {
  const rows: [string, string, string, string][] = [
    ['一、一般公共预算财政拨款收入', '2940.05', '一、一般公共服务支出', '2106.66'],
    ['二、其他收入', '6.20', '二、社会保障和就业支出', '387.70'],
    ['', '', '三、住房保障支出', '445.69'],
    ['本年收入合计', '2946.25', '本年支出合计', '2940.05'],
    ['使用非财政拨款结余（含专用结余）', '', '结余分配', ''],
    ['年初结转和结余', '49.14', '年末结转和结余', '55.34'],
    ['总计', '2995.39', '总计', '2995.39'],
  ];
  const body = rows.map(([a, x, b, y]) => {
    const left = change[a] ?? [a, x];
    const right = change[`支出:${b}`] ?? [b, y];
    return [left[0], left[1], right[0], right[1]];
  });
  return [['收入', '收入', '支出', '支出'], ['项目', '决算数', '项目', '决算数'], ...body];
}

describe('table-balance', () => {
  it('accepts a balanced 总表', () => {
    expect(lint('收入支出决算总表', '单位：万元', summary())).toEqual([]);
  });

  it('reports a 总计 that is not the year’s total plus the carry-over lines, on that 总计', () => {
    const [d, ...rest] = lint('收入支出决算总表', '单位：万元', summary({ 总计: ['总计', '2985.39'] }));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'table-balance', severity: 'error', excerpt: '2985.39', location: { table: 1, row: 9, column: 2 } });
    expect(d!.message.zh).toBe('收入支出决算总表 收入方：本年收入合计 2946.25 + 年初结转和结余 49.14 = 2995.39万元，与总计 2985.39万元 相差 10.00万元；按各项之和，总计应为 2995.39万元');
    expect(d!.message.en).toContain('income side: 本年收入合计 2946.25 + 年初结转和结余 49.14 = 2995.39万元, but 总计 is 2985.39万元');
  });

  it('says to check the lines when both 总计 agree and only one side does not add up', () => {
    const [d, ...rest] = lint('收入支出决算总表', '单位：万元', summary({ 年初结转和结余: ['年初结转和结余', '49.41'] }));
    expect(rest).toEqual([]);
    expect(d!.message.zh).toBe('收入支出决算总表 收入方：本年收入合计 2946.25 + 年初结转和结余 49.41 = 2995.66万元，与总计 2995.39万元 相差 0.27万元；两方总计一致，应核对以上各项');
  });

  it('reports two balanced sides whose 总计 differ', () => {
    const table = summary({ 年初结转和结余: ['年初结转和结余', '59.14'], 总计: ['总计', '3005.39'] });
    const [d, ...rest] = lint('收入支出决算总表', '单位：万元', table);
    expect(rest).toEqual([]);
    expect(d!.message.zh).toBe('收入支出决算总表：收入方“总计” 3005.39万元 与支出方“总计” 2995.39万元 不等，相差 10.00万元；收支总表两方的总计应相等');
    expect(d!.location).toEqual({ table: 1, row: 9, column: 4 });
  });

  it('accepts differences the stated decimals explain, and blank lines as zero', () => {
    expect(lint('收入支出决算总表', '单位：万元', summary({ 总计: ['总计', '2995.40'] }))).toEqual([]);
  });

  it('does not report again a wrong 本年收入合计 (table-row-sum reports it)', () => {
    expect(lint('收入支出决算总表', '单位：万元', summary({ 本年收入合计: ['本年收入合计', '2956.25'] }))).toEqual([]);
  });

  it('takes the breakdown of 年初财政拨款结转和结余 as part of it, not as more lines', () => {
    const table = [
      ['收入', '收入', '支出', '支出', '支出', '支出', '支出'],
      ['项目', '决算数', '项目', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'],
      ['一、一般公共预算财政拨款', '2940.05', '一、一般公共服务支出', '2940.05', '2940.05', '', ''],
      ['二、政府性基金预算财政拨款', '', '', '', '', '', ''],
      ['本年收入合计', '2940.05', '本年支出合计', '2940.05', '2940.05', '', ''],
      ['年初财政拨款结转和结余', '21.63', '年末财政拨款结转和结余', '21.63', '21.63', '', ''],
      ['一、一般公共预算财政拨款', '21.63', '', '', '', '', ''],
      ['二、政府性基金预算财政拨款', '', '', '', '', '', ''],
      ['总计', '2961.68', '总计', '2961.68', '2961.68', '', ''],
    ];
    expect(lint('财政拨款收入支出决算总表', '单位：万元', table)).toEqual([]);
    table[8] = ['总计', '2961.68', '总计', '2961.68', '2971.68', '', ''];
    const [d, ...rest] = lint('财政拨款收入支出决算总表', '单位：万元', table);
    expect(rest).toEqual([]);
    expect(d!.message.zh).toBe('财政拨款收入支出决算总表 支出方“一般公共预算财政拨款”列：本年支出合计 2940.05 + 年末财政拨款结转和结余 21.63 = 2961.68万元，与总计 2971.68万元 相差 10.00万元；按各项之和，总计应为 2961.68万元');
  });

  describe('budget 总表 without a year’s total', () => {
    const budget = (income = '31214205.80') => [
      ['本年收入', '本年收入', '本年支出', '本年支出'],
      ['项目', '预算数', '项目', '预算数'],
      ['一、财政拨款收入', '31214205.80', '一、一般公共服务支出', '22186440.80'],
      ['1.一般公共预算资金', '31214205.80', '二、社会保障和就业支出', '3508644.00'],
      ['2.政府性基金', '', '三、卫生健康支出', '782164.00'],
      ['二、事业收入', '', '四、住房保障支出', '4736957.00'],
      ['', '', '', ''],
      ['收入总计', income, '支出总计', '31214205.80'],
    ];

    it('adds the numbered items (not their sub-items) up to 收入总计 and 支出总计', () => {
      expect(lint('2025年部门财务收支预算总表', '单位：元', budget())).toEqual([]);
      const [d, ...rest] = lint('2025年部门财务收支预算总表', '单位：元', budget('31241205.80'));
      expect(rest).toEqual([]);
      expect(d!.message.zh).toBe('2025年部门财务收支预算总表 收入方：财政拨款收入 31214205.80 = 31214205.80元，与收入总计 31241205.80元 相差 27000.00元；按各项之和，收入总计应为 31214205.80元');
    });
  });

  it('leaves the unnumbered sub-lines of a 其中 block out of the balance', () => {
    const table = [
      ['收入', '收入', '支出', '支出'],
      ['项目', '决算数', '项目', '决算数'],
      ['一、财政拨款收入', '100.00', '一、一般公共服务支出', '90.00'],
      ['本年收入合计', '100.00', '本年支出合计', '90.00'],
      ['用事业基金弥补收支差额', '', '结余分配', '4.00'],
      ['年初结转和结余', '10.00', '其中：交纳所得税', '1.00'],
      ['', '', '提取职工福利基金', '3.00'],
      ['', '', '年末结转和结余', '16.00'],
      ['总计', '110.00', '总计', '110.00'],
    ];
    expect(lint('收入支出决算总表', '单位：万元', table)).toEqual([]);
  });

  it('does not add up a 总表 whose items are not the template’s numbered list', () => {
    // A government's 收支决算总表 lists unnumbered sub-items under each item.
    const table = [
      ['收入', '收入', '支出', '支出'],
      ['项目', '决算数', '项目', '决算数'],
      ['税收收入', '800', '一般公共服务支出', '500'],
      ['非税收入', '200', '教育支出', '700'],
      ['转移性收入', '500', '转移性支出', '300'],
      ['返还性收入', '100', '', ''],
      ['一般性转移支付收入', '400', '', ''],
      ['收入总计', '1500', '支出总计', '1500'],
    ];
    expect(lint('一般公共预算收支决算总表', '单位：万元', table)).toEqual([]);
  });

  it('says nothing about an empty template 总表', () => {
    const empty = summary();
    for (const row of empty.slice(2)) [row[1], row[3]] = ['', ''];
    expect(lint('收入支出决算总表', '单位：万元', empty)).toEqual([]);
  });
});
