import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/linter.js';
import type { Cell } from '../../src/model/document.js';
import { readDocument } from '../../src/readers/index.js';
import { readStandardTables } from '../../src/tables/index.js';
import { rule } from '../../rules/table-cross-check.js';
import { CORPUS, HAVE_CORPUS } from '../support/corpus.js';
import { buildDocument } from '../support/documents.js';

type Blocks = (string | string[][])[];
const sample = (name: string) => fileURLToPath(new URL(`../../samples/final-accounts-${name}.txt`, import.meta.url));
const lint = (blocks: Blocks) => lintDocument(buildDocument(blocks), { rules: [rule] });

/**
 * A small 部门决算 whose tables agree: 1000.00万元 of 一般公共预算财政拨款, spent on four 类
 * (basic 800.00, project 200.00). Each table can be given other figures by row label (or code)
 * and column, to plant one inconsistency at a time.
 */
type Edits = Record<string, Record<number, string>>;

function edit(rows: string[][], edits: Edits = {}): string[][] {
  return rows.map((row) => {
    if (!row.some((cell) => /\d/.test(cell))) return row; // header rows
    const changes = Object.entries(edits).find(([key]) => row.some((cell) => cell.replace(/^[一二三四五六七八九十]+、/, '') === key))?.[1];
    return changes ? row.map((cell, c) => changes[c] ?? cell) : row;
  });
}

const summary = (edits?: Edits): Blocks => [
  '收入支出决算总表',
  '单位：万元',
  edit(
    [
      ['收入', '', '支出', ''],
      ['项目', '决算数', '项目', '决算数'],
      ['一、一般公共预算财政拨款收入', '1,000.00', '一、一般公共服务支出', '700.00'],
      ['二、政府性基金预算财政拨款收入', '', '二、社会保障和就业支出', '200.00'],
      ['三、国有资本经营预算财政拨款收入', '', '三、卫生健康支出', '50.00'],
      ['四、事业收入', '', '四、住房保障支出', '50.00'],
      ['五、其他收入', '', '', ''],
      ['本年收入合计', '1,000.00', '本年支出合计', '1,000.00'],
      ['年初结转和结余', '', '年末结转和结余', ''],
      ['总计', '1,000.00', '总计', '1,000.00'],
    ],
    edits,
  ),
];

const income = (edits?: Edits): Blocks => [
  '收入决算表',
  '单位：万元',
  edit(
    [
      ['科目编码', '科目名称', '本年收入合计', '财政拨款收入', '事业收入', '其他收入'],
      ['', '合计', '1,000.00', '1,000.00', '', ''],
      ['201', '一般公共服务支出', '700.00', '700.00', '', ''],
      ['208', '社会保障和就业支出', '200.00', '200.00', '', ''],
      ['210', '卫生健康支出', '50.00', '50.00', '', ''],
      ['221', '住房保障支出', '50.00', '50.00', '', ''],
    ],
    edits,
  ),
];

/** Rows by code of the 支出决算表 and the function table: 合计 | 基本支出 | 项目支出. */
const SPENDING = [
  ['201', '一般公共服务支出', '700.00', '500.00', '200.00'],
  ['20106', '财政事务', '700.00', '500.00', '200.00'],
  ['2010601', '行政运行', '500.00', '500.00', ''],
  ['2010602', '一般行政管理事务', '200.00', '', '200.00'],
  ['208', '社会保障和就业支出', '200.00', '200.00', ''],
  ['20805', '行政事业单位养老支出', '200.00', '200.00', ''],
  ['2080505', '机关事业单位基本养老保险缴费支出', '200.00', '200.00', ''],
  ['210', '卫生健康支出', '50.00', '50.00', ''],
  ['21011', '行政事业单位医疗', '50.00', '50.00', ''],
  ['2101101', '行政单位医疗', '50.00', '50.00', ''],
  ['221', '住房保障支出', '50.00', '50.00', ''],
  ['22102', '住房改革支出', '50.00', '50.00', ''],
  ['2210201', '住房公积金', '50.00', '50.00', ''],
];

const expenditure = (edits?: Edits): Blocks => [
  '支出决算表',
  '单位：万元',
  edit([['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'], ['', '合计', '1,000.00', '800.00', '200.00'], ...SPENDING], edits),
];

const appropriation = (edits?: Edits): Blocks => [
  '财政拨款收入支出决算总表',
  '单位：万元',
  edit(
    [
      ['收入', '', '支出', '', '', ''],
      ['项目', '决算数', '项目', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款'],
      ['一、一般公共预算财政拨款', '1,000.00', '一、一般公共服务支出', '700.00', '700.00', ''],
      ['二、政府性基金预算财政拨款', '', '二、社会保障和就业支出', '200.00', '200.00', ''],
      ['', '', '三、卫生健康支出', '50.00', '50.00', ''],
      ['', '', '四、住房保障支出', '50.00', '50.00', ''],
      ['本年收入合计', '1,000.00', '本年支出合计', '1,000.00', '1,000.00', ''],
      ['总计', '1,000.00', '总计', '1,000.00', '1,000.00', ''],
    ],
    edits,
  ),
];

const general = (edits?: Edits): Blocks => [
  '一般公共预算财政拨款支出决算表',
  '单位：万元',
  edit([['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ...SPENDING, ['', '合计', '1,000.00', '800.00', '200.00']], edits),
];

const basic = (edits?: Edits): Blocks => [
  '一般公共预算财政拨款基本支出决算表',
  '单位：万元',
  edit(
    [
      ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'],
      ['301', '工资福利支出', '700.00', '302', '商品和服务支出', '100.00'],
      ['30101', '基本工资', '700.00', '30201', '办公费', '100.00'],
      ['', '人员经费合计', '700.00', '', '公用经费合计', '100.00'],
    ],
    edits,
  ),
];

interface Set {
  summary?: Edits;
  income?: Edits;
  expenditure?: Edits;
  appropriation?: Edits;
  general?: Edits;
  basic?: Edits;
}

const finalAccounts = (s: Set = {}): Blocks => [
  ...summary(s.summary),
  ...income(s.income),
  ...expenditure(s.expenditure),
  ...appropriation(s.appropriation),
  ...general(s.general),
  ...basic(s.basic),
];

describe('table-cross-check', () => {
  it('stays silent on tables that agree', () => {
    expect(lint(finalAccounts())).toEqual([]);
  });

  it('reports a 类 of the 总表 that differs from the 支出决算表, on the later table, with both places', () => {
    const [d, ...rest] = lint(finalAccounts({ summary: { 卫生健康支出: { 3: '60.00' } } }));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'table-cross-check', severity: 'error', location: { table: 3, row: 10, column: 3 }, excerpt: '50.00' });
    expect(d!.message.zh).toBe(
      '支出决算表“210 卫生健康支出”行“本年支出合计”列为 50.00万元，与收入支出决算总表“卫生健康支出”行为 60.00万元不符，相差 10.00万元；同一数额两表应一致，若以收入支出决算总表为准应为 60.00万元',
    );
    expect(d!.message.en).toContain('a difference of 10.00万元');
  });

  it('takes a difference the stated decimals explain for agreement', () => {
    // 199.99 stands for [199.985, 199.995] and 200.00 for [199.995, 200.005]: the two meet.
    expect(lint(finalAccounts({ summary: { 社会保障和就业支出: { 3: '199.99' } } }))).toEqual([]);
    expect(lint(finalAccounts({ summary: { 社会保障和就业支出: { 3: '200.01' } } }))).toEqual([]);
    expect(lint(finalAccounts({ summary: { 社会保障和就业支出: { 3: '200' } } }))).toEqual([]);
    expect(lint(finalAccounts({ summary: { 社会保障和就业支出: { 3: '199.98' } } }))).toHaveLength(1);
  });

  it('reads a blank cell as zero', () => {
    const [d] = lint(finalAccounts({ summary: { 住房保障支出: { 3: '' } } }));
    expect(d!.message.zh).toContain('与收入支出决算总表“住房保障支出”行为 空白不符，相差 50.00万元');
  });

  it('compares the 总表 income with the 收入决算表 合计 row, source by source', () => {
    const found = lint(finalAccounts({ income: { 合计: { 2: '1,010.00', 4: '10.00' } } }));
    expect(found.map((d) => d.message.zh.slice(0, d.message.zh.indexOf('为 ')))).toEqual(['收入决算表“合计”行“本年收入合计”列', '收入决算表“合计”行“事业收入”列']);
    expect(found[1]!.message.zh).toContain('与收入支出决算总表“事业收入”行为 空白不符');
  });

  it('adds up the 总表’s three kinds of appropriation for the 财政拨款收入 column', () => {
    const [d, ...rest] = lint(finalAccounts({ income: { 合计: { 3: '990.00', 4: '10.00' } } }));
    expect(rest.map((r) => r.message.zh)).toEqual([expect.stringContaining('“事业收入”列')]);
    expect(d!.message.zh).toContain('收入决算表“合计”行“财政拨款收入”列为 990.00万元，与收入支出决算总表“一般公共预算财政拨款收入”行为 1000.00万元不符');
  });

  it('compares the 财政拨款总表 with the function table: each 类 and the year’s total', () => {
    // The cell disagrees with the 支出决算表 as well: one mistake, reported once.
    const [d, ...rest] = lint(finalAccounts({ general: { 201: { 2: '710.00' } } }));
    expect(rest).toEqual([]);
    expect(d!.location).toEqual({ table: 5, row: 2, column: 3 });
    expect(d!.message.zh).toContain('与财政拨款收入支出决算总表“一般公共服务支出”行“一般公共预算财政拨款”列为 700.00万元不符');
    const [total] = lint(finalAccounts({ appropriation: { 本年支出合计: { 4: '1,100.00' } } }));
    expect(total!.message.zh).toContain('一般公共预算财政拨款支出决算表“合计”行“合计”列为 1000.00万元，与财政拨款收入支出决算总表“本年支出合计”行“一般公共预算财政拨款”列为 1100.00万元不符');
  });

  it('compares the 财政拨款 income of the two 总表', () => {
    const [d] = lint(finalAccounts({ appropriation: { 一般公共预算财政拨款: { 1: '900.00' } } }));
    expect(d!.message.zh).toContain('财政拨款收入支出决算总表“一般公共预算财政拨款”行为 900.00万元，与收入支出决算总表“一般公共预算财政拨款收入”行为 1000.00万元不符');
  });

  it('checks 基本支出 against 人员经费合计 + 公用经费合计, showing the sum', () => {
    const [d, ...rest] = lint(finalAccounts({ basic: { 公用经费合计: { 5: '90.00' } } }));
    expect(rest).toEqual([]);
    expect(d!.location).toEqual({ table: 6, row: 4, column: 3 });
    expect(d!.message.zh).toBe(
      '一般公共预算财政拨款基本支出决算表 人员经费合计 700.00万元 + 公用经费合计 90.00万元 = 790.00万元，与一般公共预算财政拨款支出决算表“合计”行“基本支出”列为 800.00万元不符，相差 10.00万元；同一数额两表应一致，若以一般公共预算财政拨款支出决算表为准应为 800.00万元',
    );
  });

  it('compares the 支出决算表 with the function table row by row when all spending is 一般公共预算财政拨款', () => {
    const found = lint(finalAccounts({ general: { 2010601: { 2: '510.00', 3: '510.00' }, 2010602: { 2: '190.00', 4: '190.00' } } }));
    expect(found.map((d) => d.message.zh.slice(0, d.message.zh.indexOf('为 ')))).toEqual([
      '一般公共预算财政拨款支出决算表“2010601 行政运行”行“合计”列',
      '一般公共预算财政拨款支出决算表“2010601 行政运行”行“基本支出”列',
      '一般公共预算财政拨款支出决算表“2010602 一般行政管理事务”行“合计”列',
      '一般公共预算财政拨款支出决算表“2010602 一般行政管理事务”行“项目支出”列',
    ]);
  });

  it('does not compare the two row by row where other money was spent in a column', () => {
    // 20.00万元 of 事业收入 spent on 行政运行: the 支出决算表's 合计 and 基本支出 exceed the
    // function table's, legitimately; its 项目支出 still equals the function table's.
    const withOwnIncome: Set = {
      summary: { 事业收入: { 1: '20.00' }, 本年收入合计: { 1: '1,020.00', 3: '1,020.00' }, 一般公共服务支出: { 3: '720.00' }, 总计: { 1: '1,020.00', 3: '1,020.00' } },
      income: { 合计: { 2: '1,020.00', 4: '20.00' }, 201: { 2: '720.00', 4: '20.00' } },
      expenditure: { 合计: { 2: '1,020.00', 3: '820.00' }, 201: { 2: '720.00', 3: '520.00' }, 20106: { 2: '720.00', 3: '520.00' }, 2010601: { 2: '520.00', 3: '520.00' } },
    };
    expect(lint(finalAccounts(withOwnIncome))).toEqual([]);
    const project = lint(finalAccounts({ ...withOwnIncome, general: { 2010602: { 4: '150.00' }, 2010601: { 4: '50.00' } } }));
    expect(project.map((d) => d.message.zh.slice(0, d.message.zh.indexOf('为 ')))).toEqual([
      '一般公共预算财政拨款支出决算表“2010601 行政运行”行“项目支出”列',
      '一般公共预算财政拨款支出决算表“2010602 一般行政管理事务”行“项目支出”列',
    ]);
  });

  it('does not compare the 收入决算表 with the 支出决算表 by code: money received is not all spent the same year', () => {
    expect(lint(finalAccounts({ income: { 201: { 2: '720.00', 3: '720.00' }, 208: { 2: '180.00', 3: '180.00' } } }))).toEqual([]);
  });

  it('compares amounts in 元 with amounts in 万元', () => {
    const inYuan = summary({
      一般公共预算财政拨款收入: { 1: '10,000,000', 3: '7,000,000' },
      社会保障和就业支出: { 3: '2,000,000' },
      卫生健康支出: { 3: '500,000' },
      住房保障支出: { 3: '500,000' },
      本年收入合计: { 1: '10,000,000', 3: '10,000,000' },
      总计: { 1: '10,000,000', 3: '10,000,000' },
    });
    inYuan[1] = '单位：元';
    expect(lint([...inYuan, ...income(), ...expenditure()])).toEqual([]);
    (inYuan[2] as string[][])[4]![3] = '600,000';
    const [d] = lint([...inYuan, ...income(), ...expenditure()]);
    expect(d!.message.zh).toContain('为 50.00万元，与收入支出决算总表“卫生健康支出”行为 600000元不符，相差 10.00万元');
  });

  it('leaves out tables with no figures and tables of another document part', () => {
    const empty = general({ 合计: { 2: '', 3: '', 4: '' } }).map((b) => (Array.isArray(b) ? b.map((row, r) => (r === 0 ? row : row.map((c, i) => (i >= 2 ? '' : c)))) : b));
    expect(lint([...appropriation(), ...empty])).toEqual([]);
    // A second set of tables (a unit's) is compared within itself, not with the first.
    expect(lint([...summary(), ...expenditure(), ...summary({ 卫生健康支出: { 3: '60.00' } }), ...expenditure({ 210: { 2: '60.00' } })])).toEqual([]);
  });
});

describe('table-cross-check on 部门预算 tables', () => {
  const budgetSummary = (rows: string[][]): Blocks => [
    '2025年部门财务收支预算总表',
    '单位：元',
    [['本年收入', '', '本年支出', ''], ['项目', '预算数', '项目', '预算数'], ...rows],
  ];
  const budgetExpenditure: Blocks = [
    '2025年部门支出预算总表',
    '单位：元',
    [
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['201', '一般公共服务支出', '600,000', '400,000', '200,000'],
      ['208', '社会保障和就业支出', '400,000', '400,000', ''],
      ['', '合计', '1,000,000', '800,000', '200,000'],
    ],
  ];

  it('compares the 总计 of a 收支总表 that carries nothing over with the 支出总表', () => {
    const rows = [
      ['财政拨款收入', '1,000,000', '一般公共服务支出', '600,000'],
      ['一般公共预算资金', '1,000,000', '社会保障和就业支出', '400,000'],
      ['收入总计', '1,000,000', '支出总计', '1,100,000'],
    ];
    const [d, ...rest] = lint([...budgetSummary(rows), ...budgetExpenditure]);
    expect(rest).toEqual([]);
    expect(d!.message.zh).toContain('2025年部门支出预算总表“合计”行“合计”列为 1000000元，与2025年部门财务收支预算总表“支出总计”行为 1100000元不符');
  });

  it('does not take a 总计 that includes money carried over for this year’s total', () => {
    const rows = [
      ['财政拨款收入', '1,000,000', '一般公共服务支出', '600,000'],
      ['上年结转', '100,000', '社会保障和就业支出', '400,000'],
      ['', '', '结转下年', '100,000'],
      ['收入总计', '1,100,000', '支出总计', '1,100,000'],
    ];
    expect(lint([...budgetSummary(rows), ...budgetExpenditure])).toEqual([]);
  });
});

describe('table-cross-check on the sample 部门决算', () => {
  it.skipIf(!existsSync(sample('planted')))('finds the planted disagreements between tables, and nothing in the clean report', async () => {
    const planted = lintDocument(await readDocument(sample('planted')), { rules: [rule] });
    expect(planted.map((d) => d.message.zh.slice(0, d.message.zh.indexOf('为 ')))).toEqual([
      '支出决算表“210 卫生健康支出”行“本年支出合计”列',
      '支出决算表“221 住房保障支出”行“本年支出合计”列',
      '一般公共预算财政拨款支出决算表“208 社会保障和就业支出”行“合计”列',
    ]);
    expect(lintDocument(await readDocument(sample('clean')), { rules: [rule] })).toEqual([]);
  });
});

describe.skipIf(!HAVE_CORPUS)('table-cross-check on a real 部门决算', () => {
  it('finds a 类 of the 支出决算表 changed, on that cell', async () => {
    const doc = await readDocument(path.join(CORPUS, 'gbc-shpt-caizhengju-2024-bumen-juesuan.pdf'));
    const spending = readStandardTables(doc).tables.find((t) => t.kind === 'expenditure')!;
    const figure = [...spending.records.find((r) => r.code?.digits === '210')!.values.values()][0]!;
    const cell = figure.source as Cell;
    cell.text = cell.text.replace(figure.raw, figure.value.plus(1).toFixed(figure.decimals));
    const found = lintDocument(doc, { rules: [rule] });
    // Against the 总表 (reported here) and, row by row, against the function table (reported there).
    expect(found.map((d) => d.location)).toContainEqual(cell.place);
    expect(found[0]!.message.zh).toContain('与收入支出决算总表“卫生健康支出”行为 60.99万元不符，相差 1.00万元');
  }, 30_000);
});
