import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/linter.js';
import { readDocument } from '../../src/readers/index.js';
import { rule } from '../../rules/subject-code.js';
import { buildDocument } from '../support/documents.js';

type Blocks = (string | string[][])[];
const sample = (name: string) => fileURLToPath(new URL(`../../samples/final-accounts-${name}.txt`, import.meta.url));
const lint = (blocks: Blocks) => lintDocument(buildDocument(blocks), { rules: [rule] });

/** Rows by code: 类, 款, 项 of two 类. */
const ROWS = [
  ['201', '一般公共服务支出', '700.00'],
  ['20106', '财政事务', '700.00'],
  ['2010601', '行政运行', '500.00'],
  ['2010602', '一般行政管理事务', '200.00'],
  ['210', '卫生健康支出', '50.00'],
  ['21011', '行政事业单位医疗', '50.00'],
  ['2101101', '行政单位医疗', '50.00'],
];

/** A table by code under its title, with some rows renamed (by code) or left out. */
function table(title: string, names: Record<string, string> = {}, without: string[] = []): Blocks {
  const rows = ROWS.filter(([code]) => !without.includes(code!)).map(([code, name, value]) => [code!, names[code!] ?? name!, value!]);
  return [title, '单位：万元', [['科目编码', '科目名称', '合计'], ['', '合计', '750.00'], ...rows]];
}

const income = (names?: Record<string, string>, without?: string[]) => table('收入决算表', names, without);
const expenditure = (names?: Record<string, string>, without?: string[]) => table('支出决算表', names, without);
const general = (names?: Record<string, string>, without?: string[]) => table('一般公共预算财政拨款支出决算表', names, without);

describe('subject-code: one code, one name', () => {
  it('stays silent when every table names each code alike', () => {
    expect(lint([...income(), ...expenditure(), ...general()])).toEqual([]);
  });

  it('reports the table whose name for a code differs from the others’', () => {
    const [d, ...rest] = lint([...income({ 2010602: '一般行政管理事物' }), ...expenditure(), ...general()]);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'subject-code', severity: 'error', location: { table: 1, row: 6, column: 2 }, excerpt: '一般行政管理事物' });
    expect(d!.message.zh).toBe(
      '收入决算表科目编码 2010602 的科目名称为“一般行政管理事物”，而支出决算表、一般公共预算财政拨款支出决算表中同一编码为“一般行政管理事务”；同一科目编码应使用同一名称，应为“一般行政管理事务”',
    );
  });

  it('ignores spaces, bracket widths and （类）/（款）/（项） suffixes', () => {
    expect(lint([...income({ 210: '卫生健康支出（类）', 2010601: '行政 运行' }), ...expenditure({ 210: '卫生健康支出(类)' }), ...general({ 2010601: '行政运行（项）' })])).toEqual([]);
  });

  it('reads a code written in the name cell', () => {
    const inline: Blocks = ['一般公共预算财政拨款支出决算表', '单位：万元', [['科目', '合计'], ['2010601 行政运转', '500.00']]];
    const [d] = lint([...income(), ...expenditure(), ...inline]);
    expect(d!.message.zh).toContain('科目编码 2010601 的科目名称为“行政运转”');
  });
});

describe('subject-code: a 类 row with another 类’s name', () => {
  it('reports a 类 code carrying the name of another 类', () => {
    const found = lint([...expenditure({ 210: '住房保障支出' }), ...general({ 210: '住房保障支出' })]);
    expect(found).toHaveLength(2);
    expect(found[0]!.message.zh).toBe('支出决算表科目编码 210 是“卫生健康支出”（类），但该行名称“住房保障支出”是 221“住房保障支出”的名称；编码与名称应对应');
  });

  it('accepts a 类 name of another edition and codes it does not know', () => {
    expect(lint([...expenditure({ 210: '医疗卫生与计划生育支出' })])).toEqual([]);
    const newer: Blocks = ['支出决算表', '单位：万元', [['科目编码', '科目名称', '合计'], ['235', '其他支出', '10.00'], ['', '合计', '10.00']]];
    expect(lint(newer)).toEqual([]);
  });
});

describe('subject-code: parent rows', () => {
  it('warns once about a 款 row left out of a table that lists 类 and 款 rows', () => {
    const [d, ...rest] = lint(expenditure({}, ['21011']));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'warning', location: { table: 1, row: 8, column: 2 } });
    expect(d!.message.zh).toBe('支出决算表列有 2101101 行政单位医疗（项），但没有其所属的款级科目 21011 行；该表其他科目列出了上级科目行，应补列 21011（款）');
  });

  it('warns about a missing 类 of the economic classification', () => {
    const basic: Blocks = [
      '一般公共预算财政拨款基本支出决算表',
      '单位：万元',
      [
        ['科目编码', '科目名称', '决算数'],
        ['301', '工资福利支出', '10.00'],
        ['30101', '基本工资', '10.00'],
        ['30201', '办公费', '2.00'],
      ],
    ];
    const [d] = lint(basic);
    expect(d!.message.zh).toContain('列有 30201 办公费（款），但没有其所属的类级科目 302 行');
  });

  it('accepts a table that lists 项 rows only, or 类 rows only', () => {
    expect(lint(expenditure({}, ['201', '20106', '210', '21011']))).toEqual([]);
    expect(lint(expenditure({}, ['20106', '2010601', '2010602', '21011', '2101101']))).toEqual([]);
  });
});

describe('subject-code: the narrative’s 类/款/项 headings', () => {
  const tables = [...expenditure(), ...general()];

  it('stays silent on headings that name the tables’ subjects', () => {
    expect(
      lint([
        ...tables,
        '1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于机关运行。',
        '2.“卫生健康支出(类)行政事业单位医疗(款)行政单位医疗(项)”50.00万元。',
        '3、主要用于一般公共服务支出（类）财政事务（款）。',
      ]),
    ).toEqual([]);
  });

  it('warns about a 款 the 类 does not have, saying which it has', () => {
    const [d] = lint([...tables, '2、卫生健康支出（类）医疗保障（款）行政单位医疗（项）。主要用于在职人员医疗保险缴费。']);
    expect(d).toMatchObject({ severity: 'warning', excerpt: expect.stringContaining('医疗保障') });
    expect(d!.message.zh).toBe('正文中的“医疗保障（款）”不是表中 210 卫生健康支出 下的款级科目（表中为：21011 行政事业单位医疗），应为“行政事业单位医疗”');
  });

  it('warns about a 项 the 款 does not have, listing the 项 it has', () => {
    const [d] = lint([...tables, '1、一般公共服务支出（类）财政事务（款）机关运行（项）。']);
    expect(d!.message.zh).toBe('正文中的“机关运行（项）”不是表中 20106 财政事务 下的项级科目（表中为：2010601 行政运行、2010602 一般行政管理事务）');
    expect(d!.column).toBe(1 + '1、一般公共服务支出（类）财政事务（款）'.length);
  });

  it('leaves an item budgeted but not spent alone: the tables of spending do not list it', () => {
    expect(lint([...tables, '3、一般公共服务支出（类）财政事务（款）预算改革业务（项）。年初预算为5.00万元，支出决算为0万元。'])).toEqual([]);
  });

  it('leaves a 类 the tables do not list, and a document without figures in its tables, alone', () => {
    expect(lint([...tables, '1、教育支出（类）普通教育（款）初中教育（项）。'])).toEqual([]);
    const blank = expenditure().map((b) => (Array.isArray(b) ? b.map((row) => row.map((c) => (/^\d+\.\d+$/.test(c) ? '' : c))) : b));
    expect(lint([...blank, '1、一般公共服务支出（类）财政事务（款）机关运行（项）。'])).toEqual([]);
  });
});

describe('subject-code on the sample 部门决算', () => {
  it.skipIf(!existsSync(sample('planted')))('finds the planted names and the missing 款 row, and nothing in the clean report', async () => {
    const planted = lintDocument(await readDocument(sample('planted')), { rules: [rule] });
    expect(planted.map((d) => [d.severity, d.message.zh.slice(0, d.message.zh.indexOf('，'))])).toEqual([
      ['error', '收入决算表科目编码 2080208 的科目名称为“基层政权和社区建设”'],
      ['error', '收入决算表科目编码 221 的科目名称为“卫生健康支出”'],
      ['warning', '支出决算表列有 2101101 行政单位医疗（项）'],
    ]);
    expect(lintDocument(await readDocument(sample('clean')), { rules: [rule] })).toEqual([]);
  });
});
