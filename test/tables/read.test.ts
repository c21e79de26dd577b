import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/document.js';
import { readStandardTables, type StandardTable } from '../../src/tables/index.js';
import { columnWhere } from '../../src/tables/lookup.js';
import { buildDocument } from '../support/documents.js';

/**
 * A document of paragraphs and tables; a cell written "⇐text" is the copy of a merged cell
 * (Word's vertical merge, a PDF cell spanning rows or columns), as the readers give it.
 */
function doc(...blocks: (string | string[][])[]): Document {
  const built = buildDocument(blocks);
  for (const block of built.blocks) {
    if (block.kind !== 'table') continue;
    for (const cell of block.rows.flat()) {
      if (!cell.text.startsWith('⇐')) continue;
      cell.text = cell.text.slice(1);
      cell.merged = true;
    }
  }
  return built;
}

function only(document: Document): StandardTable {
  const { tables } = readStandardTables(document);
  expect(tables).toHaveLength(1);
  return tables[0]!;
}

const paths = (table: StandardTable) => table.columns.map((c) => [c.role, ...c.path].join('/'));
const values = (table: StandardTable, row: number) => {
  const record = table.records.find((r) => r.row === row)!;
  return Object.fromEntries([...record.values].map(([c, f]) => [c, f.raw]));
};

/** A 支出决算表 as the template lays it out: codes in 类/款/项 columns, a two-level header. */
const SPENDING = [
  ['项目', '⇐项目', '⇐项目', '⇐项目', '本年支出', '⇐本年支出', '⇐本年支出'],
  ['支出功能分类科目编码', '⇐支出功能分类科目编码', '⇐支出功能分类科目编码', '科目名称', '小计', '基本支出', '项目支出'],
  ['类', '款', '项', '⇐科目名称', '⇐小计', '⇐基本支出', '⇐项目支出'],
  ['201', '', '', '一般公共服务支出', '2,106.66', '1,503.52', '603.14'],
  ['201', '06', '', '财政事务', '2,106.66', '1,503.52', '603.14'],
  ['201', '06', '01', '行政运行', '1,511.89', '1,503.52', '8.37'],
  ['208', '05', '99', '其他行政事业单位养老支出', '0.94', '0.94', ''],
  ['合计', '⇐合计', '⇐合计', '⇐合计', '2,940.05', '2,336.91', '603.14'],
];

describe('readStandardTables', () => {
  it('takes the title and the unit line above the table', () => {
    const table = only(doc('二、收入支出决算情况', '支出决算表', '单位：万元', SPENDING, '注：本表反映部门本年度各项支出情况。'));
    expect(table).toMatchObject({ kind: 'expenditure', basis: 'final', title: '支出决算表', unit: '万元', scale: 10000, headerRows: 3 });
    expect(table.titleSource).toMatchObject({ kind: 'paragraph', text: '支出决算表' });
  });

  it('reads the unit from a 编制部门 line, or from the title line itself', () => {
    expect(only(doc('2025年部门支出预算总表', '编制部门：某某局 单位：元', SPENDING))).toMatchObject({ basis: 'budget', unit: '元', scale: 1 });
    expect(only(doc('支出决算表（单位：万元）', SPENDING))).toMatchObject({ title: '支出决算表', unit: '万元' });
    expect(only(doc('支出决算表', SPENDING))).toMatchObject({ unit: undefined, scale: undefined });
  });

  it('knows each column by the header texts above it, outermost first', () => {
    const table = only(doc('支出决算表', '单位：万元', SPENDING));
    expect(paths(table)).toEqual([
      'code/项目/支出功能分类科目编码/类',
      'code/项目/支出功能分类科目编码/款',
      'code/项目/支出功能分类科目编码/项',
      'name/项目/科目名称',
      'value/本年支出/小计',
      'value/本年支出/基本支出',
      'value/本年支出/项目支出',
    ]);
    expect(columnWhere(table.groups[0]!, (path) => path.includes('基本支出'))?.index).toBe(5);
  });

  it('reads a code from its 类/款/项 columns, and the 合计 written across them', () => {
    const table = only(doc('支出决算表', '单位：万元', SPENDING));
    expect(table.records.map((r) => [r.code?.digits, r.code?.level, r.label])).toEqual([
      ['201', 1, '一般公共服务支出'],
      ['20106', 2, '财政事务'],
      ['2010601', 3, '行政运行'],
      ['2080599', 3, '其他行政事业单位养老支出'],
      [undefined, undefined, '合计'],
    ]);
    expect(table.records.at(-1)!.labelCell.text).toBe('合计');
  });

  it('gives each figure in the table unit, and none for a blank cell', () => {
    const table = only(doc('支出决算表', '单位：万元', SPENDING));
    expect(values(table, 6)).toEqual({ 4: '0.94', 5: '0.94' });
    const figure = table.records[0]!.values.get(4)!;
    expect(figure).toMatchObject({ kind: 'amount', unit: '元', decimals: 2, label: '一般公共服务支出' });
    expect(figure.value.toString()).toBe('2106.66');
    expect(figure.scale.toString()).toBe('10000');
    // Without a unit the figures are bare numbers.
    expect(only(doc('支出决算表', SPENDING)).records[0]!.values.get(4)!.kind).toBe('number');
  });

  it('reads a code from one code column, or written before the name', () => {
    const oneColumn = only(
      doc('收入决算表', '单位：万元', [
        ['项目', '⇐项目', '本年收入合计', '财政拨款收入'],
        ['功能分类科目编码', '科目名称', '⇐本年收入合计', '⇐财政拨款收入'],
        ['合计', '⇐合计', '9746.50', '9746.50'],
        ['208', '社会保障和就业支出', '754.75', '754.75'],
        ['2080505', '机关事业单位基本养老保险缴费支出', '446.11', '446.11'],
      ]),
    );
    expect(oneColumn.groups[0]!.codeColumns.map((c) => c.index)).toEqual([0]);
    expect(oneColumn.records.map((r) => [r.code?.digits, r.label])).toEqual([
      [undefined, '合计'],
      ['208', '社会保障和就业支出'],
      ['2080505', '机关事业单位基本养老保险缴费支出'],
    ]);
    const inline = only(
      doc('一般公共预算财政拨款支出决算表', '单位：万元', [
        ['科目', '合计', '基本支出', '项目支出'],
        ['201 一般公共服务支出', '120.00', '100.00', '20.00'],
        ['2010601 行政运行', '100.00', '100.00', ''],
      ]),
    );
    expect(inline.records.map((r) => [r.code?.digits, r.code?.level, r.label])).toEqual([
      ['201', 1, '一般公共服务支出'],
      ['2010601', 3, '行政运行'],
    ]);
  });

  it('splits a 总表 into its 收入 and 支出 groups side by side', () => {
    const table = only(
      doc('收入支出决算总表', '单位：万元', [
        ['收入', '⇐收入', '支出', '⇐支出'],
        ['项目', '决算数', '项目', '决算数'],
        ['一、一般公共预算财政拨款收入', '2,940.05', '一、一般公共服务支出', '2,106.66'],
        ['八、其他收入', '6.20', '八、社会保障和就业支出', '326.71'],
        ['', '', '九、卫生健康支出', '60.99'],
        ['本年收入合计', '2,946.25', '本年支出合计', '2,940.05'],
      ]),
    );
    expect(table.groups.map((g) => [g.nameColumn?.index, g.valueColumns.map((c) => c.path.join('/'))])).toEqual([
      [0, ['收入/决算数']],
      [2, ['支出/决算数']],
    ]);
    expect(table.records.filter((r) => r.group.index === 0).map((r) => r.label)).toEqual(['一般公共预算财政拨款收入', '其他收入', '本年收入合计']);
    expect(table.records.filter((r) => r.group.index === 1).map((r) => r.label)).toEqual([
      '一般公共服务支出',
      '社会保障和就业支出',
      '卫生健康支出',
      '本年支出合计',
    ]);
  });

  it('reads the two halves of a 基本支出 table, each with its economic codes', () => {
    const table = only(
      doc('一般公共预算财政拨款基本支出决算表', '单位：万元', [
        ['经济分类科目编码', '科目名称', '决算数', '经济分类科目编码', '科目名称', '决算数'],
        ['301', '工资福利支出', '4816.14', '302', '商品和服务支出', '440.90'],
        ['30101', '基本工资', '537.64', '30201', '办公费', '84.62'],
        ['', '', '', '310', '资本性支出', '0.00'],
        ['人员经费合计', '⇐人员经费合计', '4884.09', '公用经费合计', '⇐公用经费合计', '480.66'],
      ]),
    );
    expect(table.headerRows).toBe(1);
    expect(table.groups).toHaveLength(2);
    expect(table.records.map((r) => `${r.group.index}:${r.code?.digits ?? ''}:${r.label}`)).toEqual([
      '0:301:工资福利支出',
      '1:302:商品和服务支出',
      '0:30101:基本工资',
      '1:30201:办公费',
      '1:310:资本性支出',
      '0::人员经费合计',
      '1::公用经费合计',
    ]);
    expect(table.records[0]!.code?.system).toBe('economic');
  });

  it('reads 类/款/项 columns whose header is written once, with 类 | 款 | 项 beside the 合计 figures', () => {
    // Plain text and Markdown do not repeat a header over the columns it spans.
    const table = only(
      doc('收入决算表', '单位：万元', [
        ['项目', '', '', '', '本年收入合计', '财政拨款收入', '其他收入'],
        ['支出功能分类科目编码', '', '', '科目名称', '', '', ''],
        ['类', '款', '项', '合计', '2,946.25', '2,940.05', '6.20'],
        ['201', '', '', '一般公共服务支出', '2,946.25', '2,940.05', '6.20'],
        ['201', '06', '', '财政事务', '2,946.25', '2,940.05', '6.20'],
        ['201', '06', '01', '行政运行', '2,946.25', '2,940.05', '6.20'],
      ]),
    );
    expect(table.columns.map((c) => c.role)).toEqual(['code', 'code', 'code', 'name', 'value', 'value', 'value']);
    expect(table.records.map((r) => [r.code?.digits, r.label])).toEqual([
      [undefined, '合计'],
      ['201', '一般公共服务支出'],
      ['20106', '财政事务'],
      ['2010601', '行政运行'],
    ]);
  });

  it('keeps a blank row inside the header as header, as plain text prints a level some columns lack', () => {
    const table = only(
      doc('财政拨款“三公”经费支出决算表', '单位：万元', [
        ['合计', '', '因公出国（境）费', '', '公务用车购置及运行费', '', '', '', '', '', '公务接待费', ''],
        ['', '', '', '', '小计', '', '公务用车购置费', '', '公务用车运行费', '', '', ''],
        ['', '', '', '', '', '', '', '', '', '', '', ''],
        ['预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数'],
        ['0.95', '', '', '', '', '', '', '', '', '', '0.95', ''],
      ]),
    );
    expect(table.headerRows).toBe(4);
    expect(paths(table).slice(-2)).toEqual(['value/公务接待费/预算数', 'value/公务接待费/决算数']);
    expect(values(table, 4)).toEqual({ 0: '0.95', 10: '0.95' });
  });

  it('joins a name cut over two rows (a page break in a PDF) to the coded row above it', () => {
    const table = only(
      doc('一般公共预算财政拨款支出决算表', '单位：万元', [
        ['功能分类科目编码', '科目名称', '合计', '基本支出', '项目支出'],
        ['2080208', '基层政权建设', '126.80', '', '126.80'],
        ['', '和社区治理', '', '', ''],
        ['2080501', '行政单位离退休', '92.46', '92.46', ''],
        ['合计', '', '219.26', '92.46', '126.80'],
      ]),
    );
    expect(table.records.map((r) => [r.code?.digits, r.label])).toEqual([
      ['2080208', '基层政权建设和社区治理'],
      ['2080501', '行政单位离退休'],
      [undefined, '合计'],
    ]);
  });

  it("finds a title written in the table's own first rows, as Word files often have", () => {
    const table = only(
      doc('第二部分 部门决算表', [
        ['财政拨款“三公”经费支出决算表', '⇐财政拨款“三公”经费支出决算表', '⇐财政拨款“三公”经费支出决算表', '⇐财政拨款“三公”经费支出决算表'],
        ['单位：万元', '⇐单位：万元', '⇐单位：万元', '⇐单位：万元'],
        ['合计', '⇐合计', '公务接待费', '⇐公务接待费'],
        ['预算数', '决算数', '预算数', '决算数'],
        ['2.85', '0.39', '2.85', '0.39'],
      ]),
    );
    expect(table).toMatchObject({ kind: 'three-public', title: '财政拨款“三公”经费支出决算表', unit: '万元', headerRows: 4 });
    expect(table.titleSource).toMatchObject({ kind: 'cell', place: { table: 1, row: 1, column: 1 } });
    expect(paths(table)).toEqual(['value/合计/预算数', 'value/合计/决算数', 'value/公务接待费/预算数', 'value/公务接待费/决算数']);
    expect(values(table, 4)).toEqual({ 0: '2.85', 1: '0.39', 2: '2.85', 3: '0.39' });
  });

  it('keeps an empty table with its header and its 合计 row', () => {
    const table = only(
      doc(
        '政府性基金预算财政拨款收入支出决算表',
        '单位：万元',
        [
          ['项目', '⇐项目', '本年收入', '本年支出'],
          ['功能分类科目编码', '科目名称', '⇐本年收入', '⇐本年支出'],
          ['', '', '', ''],
          ['合计', '⇐合计', '', ''],
        ],
        '注：本单位无政府性基金预算财政拨款收入和支出，故本表无数据。',
      ),
    );
    expect(table.headerRows).toBe(2);
    expect(table.records.map((r) => [r.label, r.values.size])).toEqual([['合计', 0]]);
  });

  it('leaves other tables alone and says whether the set is of a 决算 or a 预算', () => {
    const indicators = [
      ['一级指标', '二级指标', '三级指标', '年度目标值', '实际完成值'],
      ['产出指标', '数量指标', '慰问人数', '≥100人', '120人'],
    ];
    expect(readStandardTables(doc('项目绩效目标表', indicators))).toEqual({ tables: [], basis: undefined });
    const both = readStandardTables(doc('支出决算表', SPENDING, '收入决算表', SPENDING, '2025年部门支出预算总表', SPENDING));
    expect(both.tables.map((t) => t.basis)).toEqual(['final', 'final', 'budget']);
    expect(both.basis).toBe('final');
  });
});
