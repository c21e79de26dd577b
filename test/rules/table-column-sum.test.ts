import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/linter.js';
import { rule } from '../../rules/table-column-sum.js';
import { buildDocument } from '../support/documents.js';

const lint = (...blocks: (string | string[][])[]) => lintDocument(buildDocument(blocks), { rules: [rule] });

const SPENDING_HEADER = ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'];

describe('table-column-sum', () => {
  it('reports a row whose 本年支出合计 is not 基本支出 + 项目支出 + …, with the arithmetic', () => {
    const table = [SPENDING_HEADER, ['201', '一般公共服务支出', '2106.56', '1503.52', '603.14', '', '', '']];
    const [d, ...rest] = lint('支出决算表', '单位：万元', table);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'table-column-sum', severity: 'error', excerpt: '2106.56', location: { table: 1, row: 2, column: 3 } });
    expect(d!.message.zh).toBe('支出决算表 “201 一般公共服务支出”行：基本支出 1503.52 + 项目支出 603.14 = 2106.66万元，与本年支出合计 2106.56万元 相差 0.10万元；按各列之和，本年支出合计应为 2106.66万元');
    expect(d!.message.en).toBe('支出决算表, row “201 一般公共服务支出”: 基本支出 1503.52 + 项目支出 603.14 = 2106.66万元, but 本年支出合计 is 2106.56万元, a difference of 0.10万元; the columns add up to 2106.66万元');
    // 0.01 over two parts of two decimals is what rounding may hide.
    expect(lint('支出决算表', '单位：万元', [SPENDING_HEADER, ['201', '一般公共服务支出', '2106.65', '1503.52', '603.14', '', '', '']])).toEqual([]);
  });

  it('accepts consistent rows, rounding-only differences, blank cells and empty tables', () => {
    const table = [
      SPENDING_HEADER,
      ['合计', '', '2940.05', '2336.91', '603.14', '', '', ''],
      ['2010601', '行政运行', '1511.89', '1503.52', '8.37', '', '', ''],
      // 33.33 × 3 = 99.99 against 100.01: within the ±0.015 three rounded parts may hide.
      ['2010602', '一般行政管理事务', '100.01', '33.33', '33.33', '33.33', '', ''],
      ['2010607', '信息化建设', '', '', '', '', '', ''],
    ];
    expect(lint('支出决算表', '单位：万元', table)).toEqual([]);
    expect(lint('支出决算表', '单位：万元', [SPENDING_HEADER, ['合计', '', '', '', '', '', '', '']])).toEqual([]);
    // A row numbering the columns is no row of figures.
    expect(lint('支出决算表', '单位：万元', [SPENDING_HEADER, ['甲', '乙', '1', '2', '3', '4', '5', '6'], ...table.slice(1)])).toEqual([]);
  });

  it('checks 本年收入合计 against the income sources', () => {
    const header = ['科目编码', '科目名称', '本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];
    const good = ['2010602', '一般行政管理事务', '16.19', '10.00', '', '', '', '', '6.19'];
    expect(lint('收入决算表', '单位：万元', [header, good])).toEqual([]);
    const [d] = lint('收入决算表', '单位：万元', [header, ['2010602', '一般行政管理事务', '16.19', '10.00', '', '', '', '', '6.91']]);
    expect(d!.message.zh).toContain('财政拨款收入 10.00 + 其他收入 6.91 = 16.91万元，与本年收入合计 16.19万元 相差 0.72万元');
  });

  it('reports a total whose parts are all blank', () => {
    const [d] = lint('支出决算表', '单位：万元', [SPENDING_HEADER, ['2010601', '行政运行', '12.00', '', '', '', '', '']]);
    expect(d!.message.zh).toContain('基本支出、项目支出、上缴上级支出、经营支出、对附属单位补助支出均为空 = 0.00万元，与本年支出合计 12.00万元');
  });

  describe('三公 table, read by header path', () => {
    const header = [
      ['财政拨款“三公”经费', '财政拨款“三公”经费', '财政拨款“三公”经费', '财政拨款“三公”经费', '财政拨款“三公”经费', '财政拨款“三公”经费', '财政拨款“三公”经费', '财政拨款“三公”经费', '财政拨款“三公”经费', '财政拨款“三公”经费', '财政拨款“三公”经费', '财政拨款“三公”经费'],
      ['合计', '合计', '因公出国（境）费', '因公出国（境）费', '公务用车购置及运行费', '公务用车购置及运行费', '公务用车购置及运行费', '公务用车购置及运行费', '公务用车购置及运行费', '公务用车购置及运行费', '公务接待费', '公务接待费'],
      ['合计', '合计', '因公出国（境）费', '因公出国（境）费', '小计', '小计', '公务用车购置费', '公务用车购置费', '公务用车运行费', '公务用车运行费', '公务接待费', '公务接待费'],
      ['预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数'],
    ];
    // 预算数: 2.00 + 10.00 + 3.00 = 15.00 (10.00 = 4.00 + 6.00); 决算数: 1.50 + 9.20 + 2.80 = 13.50 (9.20 = 3.90 + 5.30).
    const figures = ['15.00', '13.50', '2.00', '1.50', '10.00', '9.20', '4.00', '3.90', '6.00', '5.30', '3.00', '2.80'];
    const table = (change: Record<number, string> = {}) => [...header, figures.map((f, i) => change[i] ?? f)];

    it('accepts a consistent table', () => {
      expect(lint('财政拨款“三公”经费支出决算表', '单位：万元', table())).toEqual([]);
    });

    it('reports a wrong 小计 once, not again on the 合计 it feeds', () => {
      const [d, ...rest] = lint('财政拨款“三公”经费支出决算表', '单位：万元', table({ 5: '9.50' }));
      expect(rest).toEqual([]);
      expect(d!.message.zh).toBe('财政拨款“三公”经费支出决算表：公务用车购置及运行费/公务用车购置费/决算数 3.90 + 公务用车购置及运行费/公务用车运行费/决算数 5.30 = 9.20万元，与公务用车购置及运行费/小计/决算数 9.50万元 相差 0.30万元；按各列之和，公务用车购置及运行费/小计/决算数应为 9.20万元');
    });

    it('reports a wrong 合计 for 预算数 and 决算数 separately', () => {
      const [d, ...rest] = lint('财政拨款“三公”经费支出决算表', '单位：万元', table({ 0: '16.00' }));
      expect(rest).toEqual([]);
      expect(d!.message.zh).toContain('因公出国（境）费/预算数 2.00 + 公务用车购置及运行费/小计/预算数 10.00 + 公务接待费/预算数 3.00 = 15.00万元，与合计/预算数 16.00万元');
    });
  });

  it('checks 本年支出 小计 in the fund tables, leaving the carry-over columns out', () => {
    const table = [
      ['项目', '项目', '年初结转和结余', '本年收入', '本年支出', '本年支出', '本年支出', '年末结转和结余'],
      ['科目编码', '科目名称', '年初结转和结余', '本年收入', '小计', '基本支出', '项目支出', '年末结转和结余'],
      ['2120801', '征地和拆迁补偿支出', '5.00', '100.00', '95.00', '', '95.00', '10.00'],
    ];
    expect(lint('政府性基金预算财政拨款收入支出决算表', '单位：万元', table)).toEqual([]);
    table[2] = ['2120801', '征地和拆迁补偿支出', '5.00', '100.00', '96.00', '', '95.00', '9.00'];
    const [d, ...rest] = lint('政府性基金预算财政拨款收入支出决算表', '单位：万元', table);
    expect(rest).toEqual([]);
    expect(d!.message.zh).toContain('项目支出 95.00 = 95.00万元，与本年支出/小计 96.00万元');
  });

  it('checks 合计 = 人员经费 + 公用经费 in a budget 基本支出 table, and the side-by-side 总表 columns', () => {
    const basic = [
      ['科目编码', '科目名称', '一般公共预算基本支出', '一般公共预算基本支出', '一般公共预算基本支出'],
      ['科目编码', '科目名称', '合计', '人员经费', '公用经费'],
      ['301', '工资福利支出', '98950260', '98950260', ''],
      ['302', '商品和服务支出', '24840779', '', '24840779'],
    ];
    expect(lint('一般公共预算基本支出经济分类预算表', '单位：元', basic)).toEqual([]);
    basic[3] = ['302', '商品和服务支出', '24840779', '', '24840797'];
    expect(lint('一般公共预算基本支出经济分类预算表', '单位：元', basic)).toHaveLength(1);

    const summary = [
      ['本年收入', '本年收入', '本年支出', '本年支出', '本年支出', '本年支出', '本年支出'],
      ['项目', '预算数', '项目', '合计', '基本支出', '基本支出', '项目支出'],
      ['项目', '预算数', '项目', '合计', '人员经费', '公用经费', '项目支出'],
      ['一、财政拨款收入', '1000', '一、一般公共服务支出', '1000', '600', '300', '100'],
      ['收入总计', '1000', '支出总计', '1000', '600', '300', '110'],
    ];
    const [d, ...rest] = lint('收支预算总表', '单位：元', summary);
    expect(rest).toEqual([]);
    expect(d!.message.zh).toBe('收支预算总表 “支出总计”行：基本支出/人员经费 600 + 基本支出/公用经费 300 + 项目支出 110 = 1010元，与合计 1000元 相差 10元；按各列之和，合计应为 1010元');
  });

  it('leaves alone columns that are other measures: 预算数 beside 决算数, rates, changes', () => {
    const table = [
      ['项目', '年初预算数', '调整预算数', '支出合计', '完成预算％'],
      ['一般公共服务支出', '100.00', '120.00', '118.00', '98.3'],
    ];
    expect(lint('一般公共预算基本支出经济分类决算表', '单位：万元', table)).toEqual([]);
    const withChange = [
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出', '比上年增减%'],
      ['201', '一般公共服务支出', '100.00', '60.00', '40.00', '12.5'],
    ];
    expect(lint('支出决算表', '单位：万元', withChange)).toEqual([]);
  });
});
