import type { Block, Cell, Document, Paragraph, Table } from '../model/document.js';
import { compact, groupColumns, headerRowCount, readColumns, withoutUnit } from './header.js';
import { tableKindOf } from './kinds.js';
import { readRecords } from './records.js';
import type { StandardTable, TableBasis } from './types.js';

export type * from './types.js';

/** The standard tables of one document, in reading order. */
export interface ReportTables {
  tables: StandardTable[];
  /** 决算 or 预算, by the tables' titles; undefined when the document has none. */
  basis?: TableBasis;
}

/** "单位：万元", "金额单位：元", "编制部门：… 单位：元". */
const UNIT = /单位[:：]\s*(亿元|万元|千元|元)/;
const SCALES: Record<string, number> = { 元: 1, 千元: 1e3, 万元: 1e4, 亿元: 1e8 };
/** Lines between a title and its table: the unit, the compiling unit, a date, a table number. */
const BETWEEN_TITLE_AND_TABLE = /单位[:：]|编制(?:部门|单位)[:：]|^(?:附?表|公开)\s*[\d一二三四五六七八九十]+|^\d{4}年(?:度)?$/;

interface Title {
  text: string;
  source?: Paragraph | Cell;
  /** Rows of the table itself taken by the title and unit lines. */
  titleRows: number;
  unit?: string;
}

/** Reads the standard tables of a document into the typed model rules query. */
export function readStandardTables(doc: Document): ReportTables {
  const tables: StandardTable[] = [];
  doc.blocks.forEach((block, i) => {
    if (block.kind !== 'table') return;
    const title = titleOf(doc.blocks, i) ?? titleInside(block);
    const kind = title && tableKindOf(title.text);
    if (!title || !kind) return;
    tables.push(standardTable(block, title, kind));
  });
  const finals = tables.filter((t) => t.basis === 'final').length;
  const basis = tables.length === 0 ? undefined : finals * 2 >= tables.length ? 'final' : 'budget';
  return { tables, basis };
}

function standardTable(table: Table, title: Title, kind: NonNullable<ReturnType<typeof tableKindOf>>): StandardTable {
  const unit = title.unit ?? unitInHeader(table);
  const headerRows = headerRowCount(table, title.titleRows);
  const columns = readColumns(table, title.titleRows, headerRows);
  const standard: StandardTable = {
    ...kind,
    title: title.text,
    titleSource: title.source,
    table,
    unit,
    scale: unit === undefined ? undefined : SCALES[unit],
    columns,
    groups: groupColumns(columns),
    headerRows,
    records: [],
  };
  standard.records = readRecords(standard);
  return standard;
}

/** The paragraphs just above a table: its title, with the unit line between them. */
function titleOf(blocks: Block[], at: number): Title | undefined {
  let unit: string | undefined;
  for (let i = at - 1; i >= 0 && i >= at - 4; i--) {
    const block = blocks[i]!;
    if (block.kind !== 'paragraph') return undefined;
    const text = compact(block.text);
    unit ??= UNIT.exec(text)?.[1];
    const title = withoutUnit(text);
    if (tableKindOf(title)) return { text: title, source: block, titleRows: 0, unit };
    if (!BETWEEN_TITLE_AND_TABLE.test(text) && text !== '') return undefined;
  }
  return undefined;
}

/** A title written in the table's first rows, as one cell merged across the table. */
function titleInside(table: Table): Title | undefined {
  let unit: string | undefined;
  for (let r = 0; r < Math.min(3, table.rows.length); r++) {
    const texts = [...new Set(table.rows[r]!.map((cell) => compact(cell.text)).filter((t) => t !== ''))];
    if (texts.length !== 1) return undefined;
    unit ??= UNIT.exec(texts[0]!)?.[1];
    const text = withoutUnit(texts[0]!);
    if (tableKindOf(text)) {
      const unitRow = table.rows[r + 1]?.every((cell) => UNIT.test(compact(cell.text)) || compact(cell.text) === '');
      if (unitRow) unit ??= UNIT.exec(table.rows[r + 1]!.map((c) => compact(c.text)).join(''))?.[1];
      return { text, source: table.rows[r]![0], titleRows: r + 1 + (unitRow ? 1 : 0), unit };
    }
  }
  return undefined;
}

/** "金额（万元）" in a header cell, when no unit line is given. */
function unitInHeader(table: Table): string | undefined {
  for (const row of table.rows.slice(0, 4)) {
    for (const cell of row) {
      const m = /(?:单位[:：]|[（(])(亿元|万元|千元|元)[）)]?/.exec(compact(cell.text));
      if (m) return m[1];
    }
  }
  return undefined;
}
