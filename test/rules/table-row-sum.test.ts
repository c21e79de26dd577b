import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/linter.js';
import { rule } from '../../rules/table-row-sum.js';
import { buildDocument } from '../support/documents.js';

const lint = (...blocks: (string | string[][])[]) => lintDocument(buildDocument(blocks), { rules: [rule] });

const SPENDING_HEADER = ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'];

/** A 支出决算表 in 万元 whose rows add up: 合计 = 201 + 221, 201 = 20106, 20106 = its 项. */
function spending(change: Record<string, string[]> = {}): string[][] {
  const rows: string[][] = [
    ['合计', '', '2552.35', '1949.21', '603.14'],
    ['201', '一般公共服务支出', '2106.66', '1503.52', '603.14'],
    ['20106', '财政事务', '2106.66', '1503.52', '603.14'],
    ['2010601', '行政运行', '1511.89', '1503.52', '8.37'],
    ['2010602', '一般行政管理事务', '10.00', '', '10.00'],
    ['2010607', '信息化建设', '584.77', '', '584.77'],
    ['221', '住房保障支出', '445.69', '445.69', ''],
  ];
  return [SPENDING_HEADER, ...rows.map((row) => change[row[0]!] ?? row)];
}

describe('table-row-sum', () => {
  it('reports a 款 whose 项 do not add up, once, with the arithmetic and the right value', () => {
    const [d, ...rest] = lint('支出决算表', '单位：万元', spending({ '20106': ['20106', '财政事务', '2106.66', '1503.50', '603.14'] }));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'table-row-sum', severity: 'error', excerpt: '1503.50', location: { table: 1, row: 4, column: 4 } });
    expect(d!.message.zh).toBe('支出决算表 “基本支出”列：2010601 行政运行 1503.52 = 1503.52万元，与“20106 财政事务”行 1503.50万元 相差 0.02万元；按各项之和，“20106 财政事务”应为 1503.52万元');
    expect(d!.message.en).toContain('2010601 行政运行 1503.52 = 1503.52万元, but row “20106 财政事务” shows 1503.50万元');
  });

  it('reports a wrong 项 on its 款 only, not again on the 类 and the 合计 above', () => {
    const [d, ...rest] = lint('支出决算表', '单位：万元', spending({ '2010607': ['2010607', '信息化建设', '585.77', '', '585.77'] }));
    expect(rest).toHaveLength(1);
    expect([d!, ...rest].map((f) => f.location)).toEqual([
      { table: 1, row: 4, column: 3 },
      { table: 1, row: 4, column: 5 },
    ]);
    expect(d!.message.zh).toContain('2010601 行政运行 1511.89 + 2010602 一般行政管理事务 10.00 + 2010607 信息化建设 585.77 = 2107.66万元');
  });

  it('reports the 合计 row against the 类 rows', () => {
    const [d, ...rest] = lint('支出决算表', '单位：万元', spending({ 合计: ['合计', '', '2552.35', '1949.21', '613.14'] }));
    expect(rest).toEqual([]);
    expect(d!.message.zh).toBe('支出决算表 “项目支出”列：201 一般公共服务支出 603.14 = 603.14万元，与“合计”行 613.14万元 相差 10.00万元；按各类之和，“合计”应为 603.14万元');
  });

  it('reports a blank total whose rows hold figures', () => {
    const [d] = lint('支出决算表', '单位：万元', spending({ '20106': ['20106', '财政事务', '2106.66', '', '603.14'] }));
    expect(d!.message.zh).toContain('与“20106 财政事务”行 空白（按 0 计） 相差 1503.52万元');
  });

  it('accepts consistent tables, rounding-only differences and blank cells', () => {
    expect(lint('支出决算表', '单位：万元', spending())).toEqual([]);
    // 0.01 over three parts of two decimals is within what rounding hides.
    const rounded = [SPENDING_HEADER, ['20106', '财政事务', '100.01', '100.01', ''], ['2010601', '行政运行', '33.33', '33.33', ''], ['2010602', '一般行政管理事务', '33.33', '33.33', ''], ['2010607', '信息化建设', '33.33', '33.33', '']];
    expect(lint('支出决算表', '单位：万元', rounded)).toEqual([]);
  });

  it('checks a 类 against its 项 when no 款 is listed, and leaves a 类 with nothing listed under it', () => {
    const table = [SPENDING_HEADER, ['201', '一般公共服务支出', '30.00', '30.00', ''], ['2010601', '行政运行', '20.00', '20.00', ''], ['2010602', '一般行政管理事务', '11.00', '11.00', ''], ['221', '住房保障支出', '445.69', '445.69', '']];
    const [d, ...rest] = lint('支出决算表', '单位：万元', table);
    expect(rest).toHaveLength(1);
    expect(d!.message.zh).toContain('2010601 行政运行 20.00 + 2010602 一般行政管理事务 11.00 = 31.00万元，与“201 一般公共服务支出”行 30.00万元');
  });

  it('says nothing about an empty template table', () => {
    const empty = [SPENDING_HEADER, ['合计', '', '', '', ''], ['', '', '', '', ''], ['', '', '', '', '']];
    expect(lint('支出决算表', '单位：万元', empty)).toEqual([]);
  });

  it('reads 类/款/项 written in three columns', () => {
    const table = [
      ['科目编码', '', '', '科目名称', '合计', '基本支出', '项目支出'],
      ['类', '款', '项', '', '', '', ''],
      ['208', '', '', '社会保障和就业支出', '326.72', '326.72', ''],
      ['208', '05', '', '行政事业单位养老支出', '326.72', '326.72', ''],
      ['208', '05', '01', '行政单位离退休', '84.65', '84.65', ''],
      ['208', '05', '05', '机关事业单位基本养老保险缴费支出', '242.07', '242.07', ''],
    ];
    expect(lint('一般公共预算财政拨款支出决算表', '单位：万元', table)).toEqual([]);
    table[5] = ['208', '05', '05', '机关事业单位基本养老保险缴费支出', '252.07', '252.07', ''];
    expect(lint('一般公共预算财政拨款支出决算表', '单位：万元', table)).toHaveLength(2);
  });

  describe('基本支出 table', () => {
    /** The two halves of the 决算 table: 301/303 on the left, 302/310 on the right. */
    const basic = (personnel = '2152.26', publicTotal = '184.65') => [
      ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'],
      ['301', '工资福利支出', '2082.85', '302', '商品和服务支出', '171.07'],
      ['30101', '基本工资', '262.33', '30201', '办公费', '21.21'],
      ['30102', '津贴补贴', '1820.52', '30299', '其他商品和服务支出', '149.86'],
      ['303', '对个人和家庭的补助', '69.41', '310', '资本性支出', '13.58'],
      ['30302', '退休费', '69.41', '31002', '办公设备购置', '13.58'],
      ['人员经费合计', '', personnel, '公用经费合计', '', publicTotal],
    ];

    it('checks 人员经费合计 = 301 + 303 and 公用经费合计 = 302 + 310', () => {
      expect(lint('一般公共预算财政拨款基本支出决算表', '单位：万元', basic())).toEqual([]);
      const [d, ...rest] = lint('一般公共预算财政拨款基本支出决算表', '单位：万元', basic('2152.26', '194.65'));
      expect(rest).toEqual([]);
      expect(d!.message.zh).toBe('一般公共预算财政拨款基本支出决算表 “决算数”列：302 商品和服务支出 171.07 + 310 资本性支出 13.58 = 184.65万元，与“公用经费合计”行 194.65万元 相差 10.00万元；按各类之和，“公用经费合计”应为 184.65万元');
      expect(lint('一般公共预算财政拨款基本支出决算表', '单位：万元', basic('2152.27'))).toEqual([]);
    });

    it('checks an economic 类 against its 款 across both halves', () => {
      const table = basic();
      table[3] = ['30102', '津贴补贴', '1830.52', '30299', '其他商品和服务支出', '149.86'];
      const [d, ...rest] = lint('一般公共预算财政拨款基本支出决算表', '单位：万元', table);
      expect(rest).toEqual([]);
      expect(d!.message.zh).toContain('30101 基本工资 262.33 + 30102 津贴补贴 1830.52 = 2092.85万元，与“301 工资福利支出”行 2082.85万元');
    });
  });

  describe('总表', () => {
    const summary = (income = '2946.25') => [
      ['收入', '收入', '支出', '支出'],
      ['项目', '决算数', '项目', '决算数'],
      ['一、一般公共预算财政拨款收入', '2940.05', '一、一般公共服务支出', '2106.66'],
      ['二、政府性基金预算财政拨款收入', '', '二、社会保障和就业支出', '387.70'],
      ['三、其他收入', '6.20', '三、住房保障支出', '445.69'],
      ['本年收入合计', income, '本年支出合计', '2940.05'],
      ['使用非财政拨款结余（含专用结余）', '', '结余分配', ''],
      ['年初结转和结余', '49.14', '年末结转和结余', '55.34'],
      ['总计', '2995.39', '总计', '2995.39'],
    ];

    it('checks 本年收入合计 and 本年支出合计 against the numbered items of their side', () => {
      expect(lint('收入支出决算总表', '单位：万元', summary())).toEqual([]);
      const [d, ...rest] = lint('收入支出决算总表', '单位：万元', summary('2956.25'));
      expect(rest).toEqual([]);
      expect(d!.message.zh).toBe('收入支出决算总表 “收入/决算数”列：一般公共预算财政拨款收入 2940.05 + 其他收入 6.20 = 2946.25万元，与“本年收入合计”行 2956.25万元 相差 10.00万元；按各项之和，“本年收入合计”应为 2946.25万元');
    });

    it('checks an item against its sub-items, and a carry-over line against its breakdown', () => {
      const table = [
        ['财政拨款收入', '财政拨款收入', '财政拨款支出', '财政拨款支出', '财政拨款支出', '财政拨款支出'],
        ['项目', '预算数', '项目', '合计', '一般公共预算', '政府性基金预算'],
        ['一、财政拨款收入', '300.00', '一、一般公共服务支出', '300.00', '300.00', ''],
        ['1.一般公共预算资金', '290.00', '', '', '', ''],
        ['2.政府性基金', '', '', '', '', ''],
        ['二、其他收入', '', '', '', '', ''],
        ['本年收入合计', '300.00', '本年支出合计', '300.00', '300.00', ''],
        ['年初财政拨款结转和结余', '21.63', '年末财政拨款结转和结余', '21.63', '21.63', ''],
        ['一、一般公共预算财政拨款', '20.63', '', '', '', ''],
        ['二、政府性基金预算财政拨款', '', '', '', '', ''],
        ['总计', '321.63', '总计', '321.63', '321.63', ''],
      ];
      const found = lint('财政拨款收支预算总表', '单位：万元', table);
      expect(found.map((d) => d.message.zh)).toEqual([
        '财政拨款收支预算总表 “财政拨款收入/预算数”列：一般公共预算资金 290.00 = 290.00万元，与“财政拨款收入”行 300.00万元 相差 10.00万元；按其下各行之和，“财政拨款收入”应为 290.00万元',
        '财政拨款收支预算总表 “财政拨款收入/预算数”列：一般公共预算财政拨款 20.63 = 20.63万元，与“年初财政拨款结转和结余”行 21.63万元 相差 1.00万元；按其下各行之和，“年初财政拨款结转和结余”应为 20.63万元',
      ]);
    });

    it('leaves 其中 lines alone: they are a selection, not a breakdown', () => {
      const table = [
        ['收入', '收入', '支出', '支出'],
        ['项目', '决算数', '项目', '决算数'],
        ['一、财政拨款收入', '300.00', '一、一般公共服务支出', '300.00'],
        ['其中：政府性基金预算财政拨款', '20.00', '', ''],
        ['本年收入合计', '300.00', '本年支出合计', '300.00'],
        ['总计', '300.00', '总计', '300.00'],
      ];
      expect(lint('收入支出决算总表', '单位：万元', table)).toEqual([]);
    });
  });
});
