/**
 * The spreadsheet reader on workbooks written by the test (test/support/xlsx-builder.ts):
 * cells as the spreadsheet shows them, merged ranges, what is hidden or outside the print
 * area left out, title rows as paragraphs, places by sheet and cell.
 */
import { describe, expect, it } from 'vitest';
import { textUnits, type Document, type Paragraph, type Table } from '../../src/model/document.js';
import { ReadError } from '../../src/readers/errors.js';
import { readDocument } from '../../src/readers/index.js';
import { buildXlsx, type SheetSpec } from '../support/xlsx-builder.js';
import { misplacedCharacters, tempFolder } from './helpers.js';

const folder = tempFolder();
let files = 0;

async function read(sheets: SheetSpec[]): Promise<Document> {
  files += 1;
  return readDocument(folder.write(`book-${files}.xlsx`, await buildXlsx(sheets)));
}

const tables = (doc: Document): Table[] => doc.blocks.filter((b): b is Table => b.kind === 'table');
const paragraphs = (doc: Document): Paragraph[] => doc.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
const texts = (table: Table): string[][] => table.rows.map((row) => row.map((cell) => (cell.merged ? `⇐${cell.text}` : cell.text)));

describe('cells as the spreadsheet shows them', () => {
  it('applies each cell number format: decimals, thousands, percent, the accounting dash', async () => {
    const doc = await read([
      {
        name: '表一',
        rows: [
          ['项目', '预算数', '执行数', '完成%', '增减'],
          ['税收收入', { value: 186.4, format: '0.00' }, { value: 2946.25, format: '#,##0.00' }, { value: 0.98612, format: '0.0%' }, { value: 0, format: '_ * #,##0_ ;_ * \\-#,##0_ ;_ * "-"??_ ;_ @_ ' }],
          ['非税收入', { value: 1234567, format: '#,##0' }, { value: 0.1 + 0.2, format: 'General' }, { value: -0.0512, format: '0.00%' }, { value: -1234.5, format: '#,##0.00_);[Red]\\(#,##0.00\\)' }],
          ['合计', { value: 1234753.4, formula: 'SUM(B2:B3)', format: '0.00' }, 3, 4, 5],
        ],
      },
    ]);
    expect(texts(tables(doc)[0]!)).toEqual([
      ['项目', '预算数', '执行数', '完成%', '增减'],
      ['税收收入', '186.40', '2,946.25', '98.6%', '-'],
      ['非税收入', '1,234,567', '0.3', '-5.12%', '(1,234.50)'],
      ['合计', '1234753.40', '3', '4', '5'],
    ]);
  });

  it('shows zero values as empty cells where the sheet hides zeros', async () => {
    const doc = await read([{ name: 'S', hideZeros: true, rows: [['项目', '金额', '备注'], ['甲', 0, '无'], ['乙', 12, { inline: '内联文字' }]] }]);
    expect(texts(tables(doc)[0]!)).toEqual([
      ['项目', '金额', '备注'],
      ['甲', '', '无'],
      ['乙', '12', '内联文字'],
    ]);
  });

  it('gives a merged range text to every slot it covers, marked as copies', async () => {
    const doc = await read([
      {
        name: '收支表',
        rows: [
          ['项目', '2025年', null, '比较'],
          [null, '预算数', '执行数', null],
          ['一、税收收入', 292946, 288755, { value: 0.153, format: '0.0%' }],
        ],
        merges: ['A1:A2', 'B1:C1', 'D1:D2'],
      },
    ]);
    const [table] = tables(doc);
    expect(texts(table!)).toEqual([
      ['项目', '2025年', '⇐2025年', '比较'],
      ['⇐项目', '预算数', '执行数', '⇐比较'],
      ['一、税收收入', '292946', '288755', '15.3%'],
    ]);
    expect(misplacedCharacters(doc, doc.rendering!)).toEqual([]);
  });
});

describe('what the publisher does not show', () => {
  it('leaves out hidden sheets, rows and columns, and cells outside the print area', async () => {
    const doc = await read([
      { name: '底稿', hidden: true, rows: [['隐藏的工作表', 1]] },
      {
        name: '01',
        rows: [
          ['辅助', '项目', '金额', '备注', '非打印区域'],
          [1, '甲', 100, '', 3],
          [2, '乙（隐藏行）', 200, '', 8],
          [3, '丙', 300, '', 10],
        ],
        hiddenRows: [3],
        hiddenColumns: [1],
        printArea: '$A$1:$D$4',
      },
    ]);
    expect(doc.blocks.map((b) => (b.kind === 'table' ? texts(b) : b.text))).toEqual([
      '01',
      [
        ['项目', '金额', '备注'],
        ['甲', '100', ''],
        ['丙', '300', ''],
      ],
    ]);
  });
});

describe('titles, notes and places', () => {
  it('reads the rows above a table with one text (title, unit) and the notes below it as paragraphs', async () => {
    const doc = await read([
      {
        name: '02',
        rows: [
          ['2025年一般公共预算收入执行情况表'],
          [null, null, '单位：万元'],
          ['项目', '预算数', '执行数'],
          ['税收收入', 100, 98],
          ['注：执行数为快报数。'],
        ],
        merges: ['A1:C1'],
      },
    ]);
    expect(doc.blocks.map((b) => (b.kind === 'table' ? texts(b) : b.text))).toEqual([
      '2025年一般公共预算收入执行情况表',
      '单位：万元',
      [
        ['项目', '预算数', '执行数'],
        ['税收收入', '100', '98'],
      ],
      '注：执行数为快报数。',
    ]);
    expect(paragraphs(doc).map((p) => p.place)).toEqual([
      { paragraph: 1, sheet: '02', cell: 'A1' },
      { paragraph: 2, sheet: '02', cell: 'C2' },
      { paragraph: 3, sheet: '02', cell: 'A5' },
    ]);
    expect(tables(doc)[0]!.rows[1]![2]!.place).toEqual({ table: 1, row: 2, column: 3, sheet: '02', cell: 'C4' });
  });

  it('names a sheet without a title row by the sheet name, as a heading', async () => {
    const doc = await read([{ name: '收支总表', rows: [['项目', '金额'], ['合计', 10]] }]);
    expect(doc.blocks[0]).toMatchObject({ kind: 'paragraph', heading: true, text: '收支总表', place: { paragraph: 1, sheet: '收支总表' } });
  });

  it('reads a sheet of single texts (a cover, a contents page) as paragraphs only', async () => {
    const doc = await read([{ name: '目录', rows: [['目  录'], ['表一、收支情况表……1'], ['表二、支出情况表……3']] }]);
    expect(tables(doc)).toHaveLength(0);
    expect(paragraphs(doc).map((p) => p.text)).toEqual(['目  录', '表一、收支情况表……1', '表二、支出情况表……3']);
    expect([...textUnits(doc)]).toHaveLength(3);
  });
});

describe('workbooks that cannot be read', () => {
  it('says a damaged workbook is damaged, and an empty one has nothing to check', async () => {
    const broken = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 7)]);
    const damaged = await readDocument(folder.write('损坏.xlsx', broken)).catch((e: unknown) => e);
    expect(damaged).toBeInstanceOf(ReadError);
    expect((damaged as ReadError).code).toBe('corrupt-xlsx');
    expect((damaged as ReadError).text.zh).toContain('“损坏.xlsx”不是有效的 .xlsx 文件（压缩包不完整或已损坏）');
    const empty = await readDocument(folder.write('空表.xlsx', await buildXlsx([{ name: 'Sheet1', rows: [] }]))).catch((e: unknown) => e);
    expect((empty as ReadError).code).toBe('empty');
  });
});
