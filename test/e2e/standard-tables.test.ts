/**
 * The standard tables the model finds in each real 部门决算 and 部门预算 of ../shared/corpus:
 * for every table its kind, its number among the document's tables, its rows and columns, the
 * rows of its header and the records read below it.
 *
 * Each line was checked by eye against the document: the table as `budget-lint --print-text`
 * shows it and the PDF page (layout and ruling), counting the header rows, the data rows (blank
 * rows of the template included) and the labelled lines. What the pages do that looks odd here:
 * - gbc-shpt-caizhengju 收入决算表 / 支出决算表: the PDF draws the 类 | 款 | 项 header cells in the
 *   row of 合计, so three rows stand above the data and 合计 is the first record;
 * - the template's layout of the 政府性基金 / 国有资本经营 tables (the MOF template and the two
 *   district reports that kept it) puts 合计 in the row of 本年支出's 合计 | 基本支出 | 项目支出,
 *   which is read as the third header row: those empty tables have no record at all;
 * - gbc-shpt-caizhengju's 三公 table is ruled in five header rows (公务用车购置费 sits a row
 *   lower than 小计 and 公务用车运行费);
 * - the 基本支出 table of a 决算 holds two halves side by side (人员经费 301/303 | 公用经费
 *   302/310), so its records are the labelled lines of both halves.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/readers/index.js';
import { readStandardTables } from '../../src/tables/index.js';
import type { StandardTableKind, TableBasis } from '../../src/tables/types.js';
import { CORPUS, HAVE_CORPUS } from '../support/corpus.js';

/** kind, table number, rows, columns, header rows, records. */
type Line = [StandardTableKind, number, number, number, number, number];

const REPORTS: { file: string; basis: TableBasis; tables: Line[] }[] = [
  {
    file: '002-shanghai-caizhengju-2025-shiji-danwei-yusuan.pdf',
    basis: 'budget',
    tables: [
      ['summary', 1, 16, 7, 4, 13], // 财务收支预算总表: 预算数 over 合计 | 基本支出 (人员经费, 公用经费) | 项目支出
      ['income', 2, 27, 9, 3, 24], // over pages 8-9, the repeated header dropped
      ['expenditure', 3, 27, 7, 3, 24],
      ['appropriation-summary', 4, 10, 7, 2, 9],
      ['general-function', 5, 27, 7, 3, 24],
      ['government-fund', 6, 5, 7, 3, 1], // empty: one blank row and 合计
      ['state-capital', 7, 5, 7, 3, 1],
      ['general-basic', 8, 38, 6, 3, 35], // over pages 17-19
      ['three-public', 9, 4, 7, 3, 1], // one line of figures, no label column
    ],
  },
  {
    file: '003-shpt-caizhengju-2025-bumen-yusuan.pdf',
    basis: 'budget',
    tables: [
      ['summary', 1, 16, 4, 2, 13], // six blank rows before 收入总计
      ['income', 2, 23, 9, 3, 20],
      ['expenditure', 3, 23, 7, 3, 20],
      ['appropriation-summary', 4, 10, 7, 2, 9],
      ['general-function', 5, 23, 7, 3, 20],
      ['government-fund', 6, 16, 7, 3, 1], // empty: twelve blank rows and 合计
      ['state-capital', 7, 16, 7, 3, 1],
      ['general-basic', 8, 33, 6, 3, 30],
      ['three-public', 9, 4, 7, 3, 1],
    ],
  },
  {
    file: '005-shpt-wanlijiedao-2023-bumen-yusuan.pdf',
    basis: 'budget',
    tables: [
      ['summary', 1, 16, 4, 2, 17],
      ['income', 2, 70, 9, 3, 67], // over pages 11-14
      ['expenditure', 3, 70, 7, 3, 67],
      ['appropriation-summary', 4, 16, 7, 2, 13],
      ['general-function', 5, 70, 7, 3, 67],
      ['government-fund', 6, 16, 7, 3, 1],
      ['state-capital', 7, 16, 7, 3, 1],
      ['general-basic', 8, 34, 6, 3, 31],
      ['three-public', 9, 4, 7, 3, 1],
    ],
  },
  {
    file: 'gbc-mof-bumen-juesuan-template.pdf',
    basis: 'final',
    tables: [
      // Table 1 lists the units the 部门决算 covers (单位构成), as in the reports below.
      ['summary', 2, 30, 4, 2, 40],
      ['income', 3, 10, 9, 2, 8], // 合计, sample codes and "…" lines
      ['expenditure', 4, 10, 8, 2, 8],
      ['appropriation-summary', 5, 32, 7, 2, 36], // over pages 8-9
      ['general-function', 6, 10, 5, 2, 8],
      ['general-basic', 7, 40, 6, 1, 67], // one code column per half
      ['three-public', 8, 5, 12, 4, 0], // one blank row
      ['government-fund', 9, 6, 8, 3, 0],
      ['state-capital', 10, 6, 8, 3, 0],
    ],
  },
  {
    file: 'gbc-shpt-caizhengju-2024-bumen-juesuan.pdf',
    basis: 'final',
    tables: [
      ['summary', 2, 32, 4, 2, 42], // over pages 6-7
      ['income', 3, 23, 11, 3, 20], // 类 | 款 | 项 columns
      ['expenditure', 4, 23, 10, 3, 20],
      ['appropriation-summary', 5, 34, 7, 2, 38],
      ['general-function', 6, 24, 7, 4, 20],
      ['general-basic', 7, 42, 8, 3, 66], // 类 | 款 columns in each half
      ['three-public', 8, 6, 12, 5, 1], // 预算数 0.95, 决算数 blank
      ['government-fund', 9, 12, 10, 3, 1], // empty: eight blank rows and 合计
      ['state-capital', 10, 12, 10, 3, 1],
    ],
  },
  {
    file: 'gbc-shpt-guihuaziyuanju-2024-bumen-juesuan.pdf',
    basis: 'final',
    tables: [
      ['summary', 2, 30, 4, 2, 40],
      ['income', 3, 27, 9, 2, 25], // one code column: 208, 20805, 2080501
      ['expenditure', 4, 27, 8, 2, 25],
      ['appropriation-summary', 5, 32, 7, 2, 36],
      ['general-function', 6, 27, 5, 2, 25],
      ['general-basic', 7, 40, 6, 1, 67],
      ['three-public', 8, 5, 12, 4, 1], // 2.85 budgeted, 0.39 spent
      ['government-fund', 9, 6, 8, 3, 0], // empty, the template's layout
      ['state-capital', 10, 6, 8, 3, 0],
    ],
  },
  {
    file: 'gbc-shpt-shehuigongzuobu-2024-bumen-juesuan.pdf',
    basis: 'final',
    tables: [
      ['summary', 2, 32, 4, 2, 42],
      ['income', 3, 20, 9, 2, 18],
      ['expenditure', 4, 20, 8, 2, 18],
      ['appropriation-summary', 5, 34, 7, 2, 38],
      ['general-function', 6, 20, 5, 2, 18],
      ['general-basic', 7, 40, 6, 1, 67],
      ['three-public', 8, 5, 12, 4, 0], // empty: no 三公 spending
      ['government-fund', 9, 6, 8, 3, 0],
      ['state-capital', 10, 6, 8, 3, 0],
    ],
  },
];

describe.skipIf(!HAVE_CORPUS)('the standard tables of the real 部门决算 and 部门预算', () => {
  it.each(REPORTS)('$file', async ({ file, basis, tables }) => {
    const read = readStandardTables(await readDocument(path.join(CORPUS, file)));
    expect(read.basis).toBe(basis);
    const lines = read.tables.map((t): Line => [
      t.kind,
      t.table.table,
      t.table.rows.length,
      Math.max(...t.table.rows.map((row) => row.length)),
      t.headerRows,
      t.records.length,
    ]);
    expect(lines).toEqual(tables);
  });
});

if (!HAVE_CORPUS) it.skip('the standard tables of the real 部门决算 and 部门预算 (../shared/corpus is not here)', () => undefined);
