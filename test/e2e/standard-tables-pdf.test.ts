/**
 * The two tables a reviewer checks first in a published 部门决算, read from the real PDFs in
 * ../shared/corpus: the 收入支出决算总表 (收入 beside 支出, one table over two pages in one of
 * them) and the 一般公共预算财政拨款支出决算表 (科目编码 in one column or in 类/款/项 columns,
 * labels wrapped over lines in their cells). Every row is there, every figure in its column;
 * a handful of rows are compared cell by cell with the printed page.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document, Table } from '../../src/model/document.js';
import { readDocument } from '../../src/readers/index.js';
import { CORPUS, HAVE_CORPUS } from '../support/corpus.js';

/** The table under the paragraph that titles it. */
function tableTitled(doc: Document, title: string): Table {
  const at = doc.blocks.findIndex((b) => b.kind === 'paragraph' && b.text === title);
  const table = doc.blocks.slice(at).find((b): b is Table => b.kind === 'table');
  if (at < 0 || !table) throw new Error(`no table titled ${title}`);
  return table;
}

const texts = (table: Table): string[][] => table.rows.map((row) => row.map((c) => (c.merged ? `⇐${c.text}` : c.text)));
const FIGURE = /^\d{1,3}(,\d{3})*\.\d{2}$|^\d+\.\d{2}$/;
const CODE = /^\d{3}(\d{2}){0,2}$|^\d{2}$/;

interface Expected {
  file: string;
  totals: { rows: number; pages: number[]; sample: [row: number, cells: string[]][] };
  spending: { rows: number; labelColumns: number; sample: [row: number, cells: string[]][] };
}

const REPORTS: Expected[] = [
  {
    file: 'gbc-shpt-caizhengju-2024-bumen-juesuan.pdf',
    totals: {
      rows: 32,
      pages: [6, 7],
      sample: [
        [1, ['收入', '⇐收入', '支出', '⇐支出']],
        [3, ['一、一般公共预算财政拨款收入', '2,940.05', '一、一般公共服务支出', '2,106.66']],
        [10, ['八、其他收入', '6.20', '八、社会保障和就业支出', '326.71']],
        [21, ['', '', '十九、住房保障支出', '445.69']],
        [29, ['本年收入合计', '2,946.25', '本年支出合计', '2,940.05']],
        [31, ['年初结转和结余', '49.14', '年末结转和结余', '55.34']],
        [32, ['总计', '2,995.39', '总计', '2,995.39']],
      ],
    },
    spending: {
      rows: 24,
      labelColumns: 4,
      sample: [
        [5, ['201', '', '', '一般公共服务支出', '2,106.66', '1,503.52', '603.14']],
        [7, ['201', '06', '01', '行政运行', '1,511.89', '1,503.52', '8.37']],
        [16, ['208', '05', '99', '其他行政事业单位养老支出', '0.94', '0.94', '']],
        [23, ['221', '02', '03', '购房补贴', '258.50', '258.50', '']],
        [24, ['合计', '⇐合计', '⇐合计', '⇐合计', '2,940.05', '2,336.91', '603.14']],
      ],
    },
  },
  {
    file: 'gbc-shpt-guihuaziyuanju-2024-bumen-juesuan.pdf',
    totals: {
      rows: 30,
      pages: [7],
      sample: [
        [3, ['一、一般公共预算财政拨款收入', '9746.50', '一、一般公共服务支出', '']],
        [13, ['', '', '十一、城乡社区支出', '3845.25']],
        [27, ['本年收入合计', '9746.50', '本年支出合计', '9759.38']],
        [29, ['年初结转和结余', '112.88', '年末结转和结余', '100.00']],
        [30, ['总计', '9859.38', '总计', '9859.38']],
      ],
    },
    spending: {
      rows: 27,
      labelColumns: 2,
      sample: [
        [2, ['功能分类科目编码', '科目名称', '⇐合计', '⇐基本支出', '⇐项目支出']],
        [3, ['208', '社会保障和就业支出', '754.75', '754.75', '0.00']],
        [7, ['2080505', '机关事业单位基本养老保险缴费支出', '446.11', '446.11', '0.00']],
        [21, ['2200150', '事业运行', '4416.67', '2339.58', '2077.09']],
        [27, ['合计', '⇐合计', '9746.50', '5364.75', '4381.74']],
      ],
    },
  },
  {
    file: 'gbc-shpt-shehuigongzuobu-2024-bumen-juesuan.pdf',
    totals: {
      rows: 32,
      pages: [5],
      sample: [
        [3, ['一、一般公共预算财政拨款收入', '307.82', '一、一般公共服务支出', '264.87']],
        [21, ['', '', '十九、住房保障支出', '29.42']],
        [26, ['', '', '二十四、债务还本支出', '']],
        [29, ['本年收入合计', '307.82', '本年支出合计', '307.82']],
        [32, ['总计', '307.82', '总计', '307.82']],
      ],
    },
    spending: {
      rows: 20,
      labelColumns: 2,
      sample: [
        [3, ['201', '一般公共服务支出', '264.87', '62.63', '202.24']],
        [7, ['2013999', '其他社会工作事务支出', '202.24', '', '202.24']],
        [11, ['2080506', '机关事业单位职业年金缴费支出', '4.64', '4.64', '']],
        [20, ['合计', '⇐合计', '307.82', '105.58', '202.24']],
      ],
    },
  },
];

describe.skipIf(!HAVE_CORPUS)('the standard tables of real 部门决算 PDFs', () => {
  describe.each(REPORTS)('$file', ({ file, totals, spending }) => {
    let doc: Document;
    const read = async (): Promise<Document> => (doc ??= await readDocument(path.join(CORPUS, file)));

    it('reads the 收入支出决算总表 whole: 收入 and 支出 side by side, every figure under 决算数', async () => {
      const table = tableTitled(await read(), '收入支出决算总表');
      const rows = texts(table);
      expect(rows).toHaveLength(totals.rows);
      for (const [row, cells] of totals.sample) expect(rows[row - 1]).toEqual(cells);
      expect([...new Set(table.rows.map((r) => r[0]!.place.page))]).toEqual(totals.pages);
      for (const row of rows.slice(2)) {
        expect(row).toHaveLength(4);
        // Labels in the 项目 columns, figures only under 决算数.
        expect(row.filter((text, c) => c % 2 === 0 && FIGURE.test(text))).toEqual([]);
        expect(row.filter((text, c) => c % 2 === 1 && text !== '' && !FIGURE.test(text))).toEqual([]);
      }
    });

    it('reads the 一般公共预算财政拨款支出决算表 whole: codes, names, then figures', async () => {
      const table = tableTitled(await read(), '一般公共预算财政拨款支出决算表');
      const rows = texts(table);
      expect(rows).toHaveLength(spending.rows);
      for (const [row, cells] of spending.sample) expect(rows[row - 1]).toEqual(cells);
      const body = rows.filter((row) => CODE.test(row[0]!));
      expect(body.length).toBeGreaterThan(10);
      for (const row of body) {
        expect(row).toHaveLength(spending.labelColumns + 3);
        const codes = row.slice(0, spending.labelColumns - 1);
        expect(codes.every((code) => code === '' || CODE.test(code))).toBe(true);
        expect(row[spending.labelColumns - 1]).toMatch(/^[\u4e00-\u9fff（）()]+$/);
        expect(row.slice(spending.labelColumns).every((text) => text === '' || FIGURE.test(text))).toBe(true);
      }
    });
  });
});

if (!HAVE_CORPUS) it.skip('the standard tables of real 部门决算 PDFs (../shared/corpus is not here)', () => undefined);
