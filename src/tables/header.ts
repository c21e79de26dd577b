import type { Cell, Table } from '../model/document.js';
import { parseArabic } from '../extract/numbers.js';
import type { Column, ColumnGroup } from './types.js';

/**
 * The header of a standard table: how many rows sit above the data, what each column is
 * (科目编码, 科目名称 or figures) and how the columns group side by side. Headers run over two
 * or three rows with merged cells ("本年支出" over "小计 | 基本支出 | 项目支出"), so a column is
 * known by the path of distinct texts above it.
 */

export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** A title with the unit written after it dropped: "收入支出决算总表（单位：万元）" → "收入支出决算总表". */
export function withoutUnit(text: string): string {
  return compact(text).replace(/[（(]?(?:金额)?单位[:：].*$/, '');
}

/** A cell that holds a figure: "2,940.05", "0", "-1.20". */
export function isNumber(text: string): boolean {
  return parseArabic(compact(text)) !== undefined;
}

/** Written in place of a zero: "-", "—", "－". */
export function isDash(text: string): boolean {
  return /^[-—－–]+$/.test(compact(text));
}

/** Header words of the code columns. */
const CODE_HEADER = /编码|代码|^类$|^款$|^项$/;
/** Header words of the name column. */
const NAME_HEADER = /名称|^项目$|^科目$|^收入$|^支出$/;

/** The first cell of a data row: a code or a numbered line ("一、…", "1.…"). */
const DATA_LABEL = /^(?:\d{3}(?:\d{2}){0,2}|[一二三四五六七八九十]+、.*|\d+[.、．].*)$/;

/**
 * A row of data: blank (an empty table's rows), holding a figure, or led by a code, a
 * numbered line or a total. Header rows hold words only; a "栏次 | 1 | 2" row numbers the
 * columns and is part of the header.
 */
function isDataRow(row: Cell[]): boolean {
  const texts = row.map((cell) => compact(cell.text));
  if (isBlank(row)) return true;
  const first = texts.find((t) => t !== '') ?? '';
  if (/^栏次/.test(first)) return false;
  if (row.some((cell, c) => !cell.merged && isNumber(texts[c]!))) return true;
  // "合计" also heads a column ("合计 | 因公出国（境）费 | …"): a total row has no other words.
  if (/^(?:合计|总计)$/.test(first)) return row.every((cell, c) => cell.merged || texts[c] === '' || texts[c] === first);
  return DATA_LABEL.test(first);
}

/** How many rows sit above the first row of data. */
export function headerRowCount(table: Table, titleRows: number): number {
  const { rows } = table;
  let r = titleRows;
  while (r < rows.length && !isDataRow(rows[r]!)) r++;
  // A blank row with more header below it is the header's (a level only some columns have).
  while (r < rows.length && isBlank(rows[r]!)) {
    let next = r + 1;
    while (next < rows.length && isBlank(rows[next]!)) next++;
    if (next === rows.length || isDataRow(rows[next]!)) break;
    r = next;
    while (r < rows.length && !isDataRow(rows[r]!)) r++;
  }
  return r;
}

function isBlank(row: Cell[]): boolean {
  return row.every((cell) => compact(cell.text) === '');
}

/**
 * The header's texts row by row, with a cell merged across columns filled in where the format
 * left it blank (.txt and .md write a merged cell once and leave the cells it spans empty):
 * a blank cell with header words below it takes the text on its left when the two columns
 * share the header above (or it is the first row). A blank below a header's own text spans
 * rows, not columns ("公务接待费" over 预算数 | 决算数 leaves the next row blank under it).
 */
function headerGrid(table: Table, from: number, to: number, width: number): string[][] {
  const grid: string[][] = [];
  for (let r = from; r < to; r++) {
    const row: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = table.rows[r]?.[c];
      let text = compact(cell?.text ?? '');
      if (text === '' && c > 0 && !cell?.merged && hasTextBelow(table, r + 1, to, c)) {
        const above = grid.at(-1);
        if (!above || above[c] === above[c - 1]) text = row[c - 1]!;
      }
      row.push(text);
    }
    grid.push(row);
  }
  return grid;
}

function hasTextBelow(table: Table, from: number, to: number, c: number): boolean {
  for (let r = from; r < to; r++) if (compact(table.rows[r]?.[c]?.text ?? '') !== '') return true;
  return false;
}

/** The distinct texts above column c, outermost first. */
function headerPath(grid: string[][], c: number): string[] {
  const path: string[] = [];
  for (const row of grid) {
    const text = row[c]!;
    if (text !== '' && path.at(-1) !== text && !path.includes(text)) path.push(text);
  }
  return path;
}

function roleOf(path: string[], data: Cell[]): Column['role'] {
  const texts = dataTexts(data);
  if (path.some((p) => CODE_HEADER.test(p))) return 'code';
  if (path.some((p) => NAME_HEADER.test(p)) && texts.some((t) => !isNumber(t))) return 'name';
  const words = texts.filter((t) => !isNumber(t));
  // Labels of total rows ("合计", "总计") may stand in a value column when cells merge across.
  return words.length > 0 && words.some((t) => !/^(?:合计|总计|小计)$/.test(t)) ? 'name' : 'value';
}

/** Columns with their header paths and roles. */
export function readColumns(table: Table, titleRows: number, headerRows: number): Column[] {
  const width = Math.max(0, ...table.rows.map((row) => row.length));
  const data = table.rows.slice(headerRows);
  const grid = headerGrid(table, titleRows, headerRows, width);
  const columns: Column[] = [];
  for (let c = 0; c < width; c++) {
    const path = headerPath(grid, c);
    const cells = data.map((row) => row[c]).filter((cell): cell is Cell => cell !== undefined);
    const role = roleOf(path, cells);
    columns.push({ index: c, path, role: role === 'value' && columns[c - 1]?.role === 'code' && holdsCodeParts(cells) ? 'code' : role });
  }
  return columns;
}

/**
 * The 款 and 项 columns beside a 类 column hold two-digit parts of the code ("06", "01"). Where
 * the header over them is written once across the three columns (plain text, Markdown), their
 * own header says nothing: their digits do.
 */
function holdsCodeParts(cells: Cell[]): boolean {
  const texts = dataTexts(cells);
  return texts.length > 0 && texts.every((t) => /^\d{2}$/.test(t));
}

/**
 * What a column's data cells hold, less blanks and dashes. "类 | 款 | 项" may share the first
 * row of data with the 合计 figures: they are header words still.
 */
function dataTexts(cells: Cell[]): string[] {
  return cells.map((cell) => compact(cell.text)).filter((t) => t !== '' && !isDash(t) && !/^[类款项]$/.test(t));
}

/** Splits the columns where a label column follows a value column. */
export function groupColumns(columns: Column[]): ColumnGroup[] {
  const groups: ColumnGroup[] = [];
  let current: ColumnGroup | undefined;
  for (const column of columns) {
    if (!current || (column.role !== 'value' && current.valueColumns.length > 0)) {
      current = { index: groups.length, codeColumns: [], valueColumns: [] };
      groups.push(current);
    }
    if (column.role === 'code') current.codeColumns.push(column);
    else if (column.role === 'name') current.nameColumn ??= column;
    else current.valueColumns.push(column);
  }
  return groups.filter((g) => g.valueColumns.length > 0);
}
