/**
 * Single values of the standard tables, found the way a narrative names them: the 总计 row of
 * a 总表, the 合计 row of a table in one column ("合计"行“基本支出”列), the row of a 类, 款 or
 * 项 by its name, the column of a 三公 item. The narrative checks (table-restatements) ask
 * here for the cells a sentence restates.
 */
import { classNamed } from '../../tables/codes.js';
import type { ReportTables } from '../../tables/index.js';
import { subjectName, valueAt as cellValue, type TableValue } from '../../tables/lookup.js';
import type { Column, ColumnGroup, StandardTable, StandardTableKind, TableRecord } from '../../tables/types.js';

export type { TableValue };

/** The tables of some kinds, in the order the kinds are given. */
export function tablesOf(tables: ReportTables, kinds: readonly StandardTableKind[]): StandardTable[] {
  return kinds.flatMap((kind) => tables.tables.filter((t) => t.kind === kind));
}

/**
 * The value of a record in a column when it is an amount or blank (zero): a figure in a table
 * that does not give its unit compares with no amount of the text.
 */
export function valueAt(table: StandardTable, record: TableRecord, column: Column): TableValue | undefined {
  const value = cellValue(table, record, column);
  return value && (!value.figure || value.figure.kind === 'amount') ? value : undefined;
}

/** Names compared as the template spells them: brackets, 其它/其他 and spaces do not matter. */
export function sameName(a: string, b: string): boolean {
  return normalName(a) === normalName(b);
}

function normalName(text: string): string {
  return subjectName(text).replace(/[“”"]/g, '').replace(/其它/g, '其他');
}

/** Records whose label is one of the given names ("总计", "收入总计" …). */
export function recordsNamed(table: StandardTable, names: RegExp): TableRecord[] {
  return table.records.filter((r) => names.test(r.label));
}

/** The 合计 row of a table: the total of every 科目 (one per column group). */
export function totalRecords(table: StandardTable): TableRecord[] {
  return recordsNamed(table, /^(?:合计|总计)$/);
}

/** The first value column of a record's group: 合计, 决算数, 预算数 in the templates. */
function firstColumn(record: TableRecord): Column | undefined {
  return record.group.valueColumns[0];
}

/** The value columns of a group whose header (its last words, or its whole path) passes the test. */
export function columnsHeaded(group: ColumnGroup, test: (leaf: string, path: string[]) => boolean): Column[] {
  return group.valueColumns.filter((c) => c.path.length > 0 && test(normalName(c.path.at(-1)!), c.path.map(normalName)));
}

/** The first value of each record that has one. */
export function firstValues(table: StandardTable, records: TableRecord[]): TableValue[] {
  return records.flatMap((record) => {
    const column = firstColumn(record);
    const value = column && valueAt(table, record, column);
    return value ? [value] : [];
  });
}

/** The values of the records in the columns whose last header word is `leaf`. */
export function valuesHeaded(table: StandardTable, records: TableRecord[], leaf: string): TableValue[] {
  const wanted = normalName(leaf);
  return records.flatMap((record) =>
    columnsHeaded(record.group, (l) => l === wanted).flatMap((column) => {
      const value = valueAt(table, record, column);
      return value ? [value] : [];
    }),
  );
}

// ---------------------------------------------------------------------------------------
// 科目 named by 类, 款 and 项

/** "一般公共服务支出（类）财政事务（款）行政运行（项）": the names a narrative gives a 科目. */
export interface SubjectPath {
  class?: string;
  section?: string;
  item?: string;
}

/**
 * The record of a 科目 of the function classification in a table: the 类 by its name (any
 * edition's), the 款 by name under it and the 项 by name under that. A 款 named differently
 * from the table's is passed over when the 项's name is unique in the 类; a name found twice
 * gives nothing.
 */
export function subjectRecord(table: StandardTable, path: SubjectPath): TableRecord | undefined {
  const coded = table.records.filter((r) => r.code?.system === 'function');
  let classCode: string | undefined;
  if (path.class !== undefined) {
    classCode = classNamed(path.class, 'function') ?? only(coded.filter((r) => r.code!.level === 1 && sameName(r.label, path.class!)))?.code!.digits;
    if (classCode === undefined) return undefined;
  }
  const at = (level: 1 | 2 | 3, prefix: string | undefined) =>
    coded.filter((r) => r.code!.level === level && (prefix === undefined || r.code!.digits.startsWith(prefix)));
  if (path.section === undefined && path.item === undefined) return classCode === undefined ? undefined : only(at(1, classCode));
  const section = path.section === undefined ? undefined : only(at(2, classCode).filter((r) => sameName(r.label, path.section!)));
  if (path.item === undefined) return section;
  // Under its 款 when the 款 is found; else the one 项 of that name in the 类.
  return only(at(3, section?.code!.digits ?? classCode).filter((r) => sameName(r.label, path.item!)));
}

/**
 * The row of a 类 in a table: by its code, or, in the 总表 that list 类 by name only
 * ("一、一般公共服务支出"), by the words of its name.
 */
export function classRow(table: StandardTable, name: string): TableRecord | undefined {
  const code = classNamed(name, 'function');
  return only(
    table.records.filter((r) => {
      if (r.code) return r.code.system === 'function' && r.code.level === 1 && (code === undefined ? sameName(r.label, name) : r.code.digits === code);
      // Only rows of spending: "国有资本经营预算财政拨款收入" names no 类.
      if (!/支出|预备费/.test(r.label)) return false;
      return code === undefined ? sameName(r.label, name) : classNamed(r.label, 'function') === code;
    }),
  );
}

function only<T>(items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

// ---------------------------------------------------------------------------------------
// Names for messages

/**
 * A column's name for messages: its header path without the words every value column of its
 * group shares ("财政拨款“三公”经费/公务接待费/决算数" → "公务接待费/决算数"); none when the group
 * has one value column (the row says it all).
 */
export function columnWords(column: Column, group: ColumnGroup): string {
  const paths = group.valueColumns.map((c) => c.path);
  if (paths.length <= 1) return '';
  let common = 0;
  while (paths.every((p) => p.length > common + 1 && p[common] === column.path[common])) common++;
  return column.path.slice(common).join('/');
}
