import { Decimal } from 'decimal.js';
import type { Cell } from '../model/document.js';
import type { Figure } from '../extract/figure.js';
import { normalizeDigits, parseArabic } from '../extract/numbers.js';
import { parseCode } from './codes.js';
import { compact } from './header.js';
import type { ColumnGroup, StandardTable, SubjectCode, TableRecord } from './types.js';

/** Numbering before a row's name: "一、", "1.", "（一）", "其中：". */
const ROW_NUMBERING = /^(?:[一二三四五六七八九十]+、|\d+[.、．](?!\d)|[（(][一二三四五六七八九十\d]+[）)]|其中[:：]?)+/;
/** A code written in front of the name in one cell: "2010601 行政运行", "301 工资福利支出". */
const INLINE_CODE = /^(\d{3}(?:\d{2}){0,2})\s*(\D.*)$/;

/** The row's name without numbering or spaces. */
function bareLabel(text: string): string {
  return compact(text).replace(ROW_NUMBERING, '');
}

/** The cell's figure in the table's unit; undefined when blank, a dash or not a number. */
function figureOf(cell: Cell, label: string, unit: { scale?: number; unit?: string }): Figure | undefined {
  if (cell.merged) return undefined;
  const raw = cell.text.trim();
  const parsed = parseArabic(compact(raw));
  if (!parsed) return undefined;
  const start = cell.text.indexOf(raw);
  const base = { source: cell, start, end: start + raw.length, raw, value: parsed.value, decimals: parsed.decimals, label };
  return unit.scale === undefined
    ? { ...base, unit: '', scale: new Decimal(1), kind: 'number' }
    : { ...base, unit: '元', scale: new Decimal(unit.scale), kind: 'amount' };
}

/** The code of a row: its code columns read together (201 | 06 | 01 → 2010601), or one cell. */
function codeOf(cells: Cell[]): SubjectCode | undefined {
  const parts = cells.map((cell) => normalizeDigits(compact(cell.text)));
  if (parts.some((p) => p !== '' && !/^\d+$/.test(p))) return undefined;
  const digits = parts.join('');
  return digits === '' ? undefined : parseCode(digits);
}

function recordOf(table: StandardTable, group: ColumnGroup, r: number): TableRecord | undefined {
  const row = table.table.rows[r]!;
  const codeCells = group.codeColumns.map((c) => row[c.index]).filter((cell): cell is Cell => cell !== undefined);
  const nameCell = group.nameColumn ? row[group.nameColumn.index] : undefined;
  let code = codeOf(codeCells);
  let name = nameCell ? compact(nameCell.text) : '';
  const inline = INLINE_CODE.exec(name);
  if (!code && inline) {
    code = parseCode(inline[1]!);
    if (code) name = inline[2]!;
  }
  // A total row often writes 合计 across the code columns.
  if (name === '' && !code) name = codeCells.map((cell) => compact(cell.text)).find((t) => t !== '') ?? '';
  const label = bareLabel(name);
  const labelCell = [nameCell, ...codeCells].find((cell) => cell && !cell.merged && compact(cell.text) !== '') ?? nameCell ?? codeCells[0] ?? row[0]!;
  const values = new Map<number, Figure>();
  for (const column of group.valueColumns) {
    const cell = row[column.index];
    const figure = cell && figureOf(cell, label, table);
    if (figure) values.set(column.index, figure);
  }
  if (label === '' && !code && values.size === 0) return undefined;
  return { group, row: r, code, label, labelCell, values };
}

/** Every labelled line of figures below the header, group by group. */
export function readRecords(table: StandardTable): TableRecord[] {
  const records: TableRecord[] = [];
  const last = new Map<ColumnGroup, TableRecord>();
  for (let r = table.headerRows; r < table.table.rows.length; r++) {
    for (const group of table.groups) {
      const record = recordOf(table, group, r);
      if (!record) continue;
      const above = last.get(group);
      if (above && continuesName(table, above, record)) {
        above.label += record.label;
        continue;
      }
      records.push(record);
      last.set(group, record);
    }
  }
  return records;
}

/**
 * A line with nothing but words in the name column, under a coded row, is the rest of that
 * row's name: a page break (or a converter) cut the row in two ("基层政权建设" | "和社区治理").
 */
function continuesName(table: StandardTable, above: TableRecord, record: TableRecord): boolean {
  const row = table.table.rows[record.row]!;
  const codeCellsBlank = record.group.codeColumns.every((c) => compact(row[c.index]?.text ?? '') === '');
  return above.code !== undefined && codeCellsBlank && record.values.size === 0 && record.label !== '' && !/合计|总计|小计/.test(record.label);
}
