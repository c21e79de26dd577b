import type { Cell, Paragraph, Table } from '../model/document.js';
import type { Figure } from '../extract/figure.js';

/**
 * The standard tables of a 部门决算 (the Ministry of Finance's nine) and their 部门预算
 * counterparts, by what they hold rather than by their number in the report.
 */
export type StandardTableKind =
  /** 收入支出决算总表, 部门收支总表, 财务收支预算总表: 收入 beside 支出, 总计 on both sides. */
  | 'summary'
  /** 收入决算表, 收入预算总表: income by source, per 功能分类 code. */
  | 'income'
  /** 支出决算表, 支出预算总表: spending 基本/项目…, per 功能分类 code. */
  | 'expenditure'
  /** 财政拨款收入支出决算总表, 财政拨款收支预算总表. */
  | 'appropriation-summary'
  /** 一般公共预算财政拨款支出决算表, 一般公共预算支出功能分类预算表. */
  | 'general-function'
  /** 一般公共预算财政拨款基本支出决算表, 基本支出经济分类预算表: 301/302/303/310 … */
  | 'general-basic'
  /** 财政拨款“三公”经费支出决算表, “三公”经费和机关运行经费预算表. */
  | 'three-public'
  /** 政府性基金预算财政拨款收入支出决算表, 政府性基金预算支出预算表. */
  | 'government-fund'
  /** 国有资本经营预算财政拨款收入支出决算表, 国有资本经营预算支出预算表. */
  | 'state-capital';

/** Whether a table reports what was spent (决算) or what is planned (预算). */
export type TableBasis = 'final' | 'budget';

/**
 * A 科目编码: function classification (类/款/项 = 3/5/7 digits, 2xx) or economic
 * classification (类/款 = 3/5 digits, 3xx).
 */
export interface SubjectCode {
  digits: string;
  system: 'function' | 'economic';
  /** 1 类, 2 款, 3 项. */
  level: 1 | 2 | 3;
}

/** A column of a standard table: its header read top-down, and what it holds. */
export interface Column {
  /** 0-based index in the table's rows. */
  index: number;
  /** The distinct header texts above the data, outermost first ("本年支出", "小计"). */
  path: string[];
  role: 'code' | 'name' | 'value';
}

/**
 * Side-by-side parts of one table: 收入 and 支出 in a 总表, the two halves of a 基本支出
 * table. Each has its own label columns and value columns; most tables have one.
 */
export interface ColumnGroup {
  index: number;
  codeColumns: Column[];
  nameColumn?: Column;
  valueColumns: Column[];
}

/** One row of one column group: a labelled line of figures. */
export interface TableRecord {
  group: ColumnGroup;
  /** 0-based index of the row in `table.rows`. */
  row: number;
  code?: SubjectCode;
  /** The row's name without its numbering ("一、一般公共服务支出" → "一般公共服务支出"). */
  label: string;
  /** The cell a finding about the row as a whole is reported on. */
  labelCell: Cell;
  /** The figure in each value column (by column index); absent where the cell is blank. */
  values: Map<number, Figure>;
}

export interface StandardTable {
  kind: StandardTableKind;
  basis: TableBasis;
  /** The title as written (the paragraph above the table, or the table's own title row). */
  title: string;
  titleSource?: Paragraph | Cell;
  table: Table;
  /** 10000 for 单位：万元, 1 for 元; undefined when the table does not say. */
  scale?: number;
  /** The words of the unit as written ("万元"). */
  unit?: string;
  columns: Column[];
  groups: ColumnGroup[];
  /** Rows above the data. */
  headerRows: number;
  records: TableRecord[];
}
