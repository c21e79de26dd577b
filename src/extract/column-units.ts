import { Decimal } from 'decimal.js';
import type { Block, Table } from '../model/document.js';
import type { Figure, FigureKind, TextUnit } from './figure.js';

/**
 * Tables often give the unit once, in the column header ("金额（万元）", "人均标准（元/人）",
 * "覆盖人数（人）"), or for the whole table in a line above it ("单位：万元"), and write bare
 * numbers below. This types those bare numbers by their column, so every rule sees "186.40"
 * under "支出金额（万元）", or in a table headed "单位：万元", as 186.40万元.
 */

interface ColumnType {
  kind: FigureKind;
  unit: string;
  scale: Decimal;
  per?: string[];
}

const ONE = new Decimal(1);
const MONEY_SCALE: Record<string, number> = { 元: 1, 千元: 1e3, 万元: 1e4, 亿元: 1e8 };
const COUNT_UNIT: Record<string, string> = {
  人: '人', 名: '人', 人次: '人次', 户: '户', 户次: '户次', 个: '个', 家: '家', 所: '所', 处: '处', 站: '站', 村: '村', 辆: '辆', 台: '台', 套: '套', 项: '项',
};
/** The unit in a header's trailing brackets: "金额（元）", "人均标准（元/人）". */
const HEADER_UNIT = /[（(]([^（）()]+)[）)]$/;
/** Columns that give the number of periods a standard is paid for: 发放月数, 次数. */
const PERIOD_COLUMNS: [RegExp, ColumnType][] = [
  [/月数|[（(]个?月[）)]$/, { kind: 'duration', unit: '月', scale: ONE }],
  [/次数|[（(]次[）)]$/, { kind: 'count', unit: '次', scale: ONE }],
];
/** "月补助标准（元/人）" is per 人 per 月. */
const MONTHLY = /^月|[每按]月|月均|月人均|人均每?月/;

function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** What a header says about the bare numbers of its column, if anything. */
export function columnType(header: string): ColumnType | undefined {
  const text = compact(header);
  const period = PERIOD_COLUMNS.find(([re]) => re.test(text));
  if (period) return period[1];
  const unit = HEADER_UNIT.exec(text)?.[1];
  if (unit === undefined) return undefined;
  const [money, ...per] = unit.split(/[/／·]/);
  const scale = MONEY_SCALE[money!];
  if (scale !== undefined && per.length > 0) {
    const perUnits = per.map((p) => (p === '名' ? '人' : p));
    if (perUnits.length === 1 && MONTHLY.test(text)) perUnits.push('月');
    return { kind: 'standard', unit: '元', scale: new Decimal(scale), per: perUnits };
  }
  if (scale !== undefined) return { kind: 'amount', unit: '元', scale: new Decimal(scale) };
  const counted = COUNT_UNIT[unit];
  return counted ? { kind: 'count', unit: counted, scale: ONE } : undefined;
}

/** The header row: the first row with words in two cells or more and no figure with a unit. */
function headerRow(table: Table, figures: Map<TextUnit, Figure[]>): number {
  return table.rows.findIndex(
    (row) =>
      row.filter((cell) => compact(cell.text) !== '').length >= 2 &&
      row.every((cell) => (figures.get(cell) ?? []).every((f) => f.kind === 'number' || f.kind === 'year')),
  );
}

/** Types the bare numbers of every table, by column header or else by the unit stated for the table. */
export function typeTableNumbers(blocks: readonly Block[], figures: Map<TextUnit, Figure[]>): void {
  blocks.forEach((block, i) => {
    if (block.kind !== 'table') return;
    typeByColumnHeaders(block, figures);
    const scale = statedTableUnit(blocks, i);
    if (scale) typeByTableUnit(block, figures, scale);
  });
}

/** Short lines right above a table (its title, "单位：万元") and its own first row may state its unit. */
const UNIT_LOOKBACK = 3;

function statedTableUnit(blocks: readonly Block[], index: number): Decimal | undefined {
  const table = blocks[index] as Table;
  for (const cell of table.rows[0] ?? []) {
    const scale = tableUnitScale(cell.text);
    if (scale) return scale;
  }
  for (let i = index - 1; i >= 0 && i >= index - UNIT_LOOKBACK; i -= 1) {
    const block = blocks[i]!;
    if (block.kind !== 'paragraph' || block.text.length > 80) return undefined;
    const scale = tableUnitScale(block.text);
    if (scale) return scale;
  }
  return undefined;
}

/** "单位：万元", "金额单位：元" (a table's unit, said once above it or in its first row). */
const TABLE_UNIT = /单位\s*[:：]\s*(亿元|万元|千元|元)/;

/** The money unit a line states for its table, as the scale of that unit. */
export function tableUnitScale(text: string): Decimal | undefined {
  const unit = TABLE_UNIT.exec(compact(text))?.[1];
  return unit === undefined ? undefined : new Decimal(MONEY_SCALE[unit]!);
}

/**
 * Columns whose header says their numbers are no amounts: percentages and rates, codes and
 * ordinals, counts, years.
 */
const NOT_AMOUNTS = /[%％率]|比重|占比|比例|编码|代码|序号|编号|^[类款项]$|人数|个数|数量|次数|户数|辆|台|套|年度$|年份/;

function isBareNumber(f: Figure): boolean {
  return f.kind === 'number' && f.unit === '';
}

/**
 * Types the bare numbers of a table whose unit is stated for the whole table. Each column's
 * header is the text above its first number; a column whose header says its numbers are no
 * amounts (增长%, 科目编码, 人数 …) keeps them bare.
 */
export function typeByTableUnit(table: Table, figures: Map<TextUnit, Figure[]>, scale: Decimal): void {
  const columns = Math.max(0, ...table.rows.map((row) => row.length));
  for (let c = 0; c < columns; c += 1) {
    let header = '';
    let body = false;
    for (const row of table.rows) {
      const cell = row[c];
      if (!cell) continue;
      const found = figures.get(cell) ?? [];
      if (!body && !found.some(isBareNumber)) {
        header += compact(cell.text);
        continue;
      }
      if (!body && NOT_AMOUNTS.test(header)) break;
      body = true;
      if (found.some(isBareNumber)) {
        figures.set(
          cell,
          found.map((f) => (isBareNumber(f) ? { ...f, kind: 'amount', unit: '元', scale } : f)),
        );
      }
    }
  }
}

/** Replaces the bare numbers under a typed header with figures of the header's unit. */
export function typeByColumnHeaders(table: Table, figures: Map<TextUnit, Figure[]>): void {
  const header = headerRow(table, figures);
  if (header < 0) return;
  const types = table.rows[header]!.map((cell) => columnType(cell.text));
  if (types.every((t) => t === undefined)) return;
  for (const row of table.rows.slice(header + 1)) {
    row.forEach((cell, c) => {
      const type = types[c];
      const found = figures.get(cell);
      if (!type || !found) return;
      figures.set(
        cell,
        found.map((f) => (f.kind === 'number' && f.unit === '' ? { ...f, ...type } : f)),
      );
    });
  }
}
