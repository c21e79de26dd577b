import { Decimal } from 'decimal.js';
import type { Table } from '../model/document.js';
import type { Figure, FigureKind, TextUnit } from './figure.js';

/**
 * Tables often give the unit once, in the column header ("金额（万元）", "人均标准（元/人）",
 * "覆盖人数（人）"), and write bare numbers below. This types those bare numbers by their
 * column, so every rule sees "186.40" under "支出金额（万元）" as 186.40万元.
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
