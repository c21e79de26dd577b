import type { Block, Cell, Table } from '../../model/document.js';
import type { Project, Scope } from '../../structure/types.js';
import type { Facts } from '../facts.js';
import type { Figure } from '../figure.js';

/** One row of a performance indicator table (绩效指标表). */
export interface IndicatorRow {
  /** 一级指标 (产出指标, 成本指标, 效益指标, 满意度指标), with merged cells filled in. */
  level1?: string;
  /** 二级指标 (数量指标, 质量指标, 时效指标, 经济成本指标 …), with merged cells filled in. */
  level2?: string;
  /** 三级指标: the indicator's own name. */
  name: Cell;
  target: Cell;
  actual: Cell;
  targetFigures: Figure[];
  actualFigures: Figure[];
}

export interface IndicatorTable {
  table: Table;
  scope: Scope;
  project?: Project;
  rows: IndicatorRow[];
  /**
   * True when a table without a header follows close behind (a table broken by a page break
   * or a paste): its rows may go on there, so the rows read here may not be all of them.
   */
  continued?: boolean;
}

const LEVEL1 = /^一级指标$/;
const LEVEL2 = /^二级指标$/;
const LEVEL3 = /^三级指标$/;
const TARGET = /^(预期指标值|年度目标值|年度指标值|目标值|预期目标值|指标值|计划值)/;
const ACTUAL = /^(实际完成指标值|实际完成值|实际值|完成情况|目标完成情况|全年实际值|实际完成情况|完成值)/;

/** Cell text without white space (Word and .txt wrap "效益\n指标" differently). */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * The key an indicator category is compared by: white space, quotes and a trailing 指标 (or
 * 类指标) dropped, so "经济成本" matches "经济成本指标" and "效益\n指标" matches "效益指标".
 */
export function categoryKey(name: string): string {
  return compact(name)
    .replace(/[“”"‘’'「」]/g, '')
    .replace(/类?指标$/, '');
}

/**
 * 二级指标 of the current framework and the 一级指标 they belong to. A table that leaves the
 * 一级 cell of its cost rows empty would otherwise carry 产出指标 down over them. (成本指标 as
 * a 二级 under 产出指标 is the older framework, so it is not listed.)
 */
const LEVEL1_OF_LEVEL2 = new Map<string, string>([
  ['数量', '产出指标'],
  ['质量', '产出指标'],
  ['时效', '产出指标'],
  ['经济成本', '成本指标'],
  ['社会成本', '成本指标'],
  ['生态环境成本', '成本指标'],
  ['社会效益', '效益指标'],
  ['经济效益', '效益指标'],
  ['生态效益', '效益指标'],
  ['可持续影响', '效益指标'],
  ['服务对象满意度', '满意度指标'],
]);

const LEVEL1_KEYS = new Set([...LEVEL1_OF_LEVEL2.values()].map(categoryKey));

/** A category key of the standard framework: 产出, 成本, 效益, 满意度 or one of their 二级指标. */
export function isKnownCategory(key: string): boolean {
  return LEVEL1_KEYS.has(key) || LEVEL1_OF_LEVEL2.has(key);
}

/** A 一级 category key of the standard framework (产出, 成本, 效益, 满意度). */
export function isLevel1Category(key: string): boolean {
  return LEVEL1_KEYS.has(key);
}

/** The 一级指标 a 二级指标 belongs to in the current framework, if it is one of its names. */
export function impliedLevel1(level2: string | undefined): string | undefined {
  return level2 === undefined ? undefined : LEVEL1_OF_LEVEL2.get(categoryKey(level2));
}

interface Columns {
  header: number;
  level1: number;
  level2: number;
  name: number;
  target: number;
  actual: number;
}

/** Every table whose header names 一级/二级/三级指标 and a target and an actual column. */
export function extractIndicatorTables(facts: Facts): IndicatorTable[] {
  const scopes = new Map(facts.structure.units.map((u) => [u.unit, u.scope]));
  const tables: IndicatorTable[] = [];
  const blocks = facts.doc.blocks;
  blocks.forEach((block, index) => {
    if (block.kind !== 'table') return;
    const columns = findColumns(block);
    if (!columns) return;
    const scope = scopes.get(block.rows[0]![0]!) ?? {};
    const rows = readRows(facts, block, columns);
    tables.push({ table: block, scope, project: scope.project, rows, continued: continuedAfter(blocks, index) });
  });
  return tables;
}

/** Paragraphs this short between two tables may be the text of a broken-off cell. */
const STRAY_LINE = 30;
const STRAY_LINES = 3;

/**
 * A row that reads as a table's own header: two or more cells, all filled, none with a
 * number or a sentence in it ("序号 | 项目名称 | 金额（元）").
 */
function looksLikeHeader(row: Cell[]): boolean {
  return row.length >= 2 && row.every((c) => /^[^\d０-９，,。；;]+$/.test(compact(c.text)));
}

/**
 * A headerless table no wider than the one at `index` follows it, with at most a few short
 * lines between.
 */
function continuedAfter(blocks: Block[], index: number): boolean {
  const width = Math.max(...(blocks[index] as Table).rows.map((r) => r.length));
  for (let i = index + 1, lines = 0; i < blocks.length && lines <= STRAY_LINES; i++, lines++) {
    const block = blocks[i]!;
    if (block.kind === 'table') {
      const first = block.rows[0] ?? [];
      return first.length <= width && !looksLikeHeader(first);
    }
    if (block.text.trim().length > STRAY_LINE) return false;
  }
  return false;
}

function findColumns(table: Table): Columns | undefined {
  for (let header = 0; header < Math.min(table.rows.length, 4); header++) {
    const texts = table.rows[header]!.map((c) => compact(c.text));
    const find = (re: RegExp) => texts.findIndex((t) => re.test(t));
    const columns = { header, level1: find(LEVEL1), level2: find(LEVEL2), name: find(LEVEL3), target: find(TARGET), actual: find(ACTUAL) };
    if (Object.values(columns).every((i) => i >= 0)) return columns;
  }
  return undefined;
}

/**
 * Reads the data rows. Word merges a level cell over the rows it spans and a .txt copy leaves
 * those cells empty (sometimes naming the level in the middle row of its span), so an empty
 * level cell takes the value above it, and leading empty cells take the first value below.
 * A 一级 cell the row does not fill itself yields to the 一级 its 二级 belongs to
 * (经济成本指标 under a carried-down 产出指标 is a 成本指标).
 */
function readRows(facts: Facts, table: Table, columns: Columns): IndicatorRow[] {
  const headerTexts = new Set(table.rows[columns.header]!.map((c) => compact(c.text)));
  const level = (cell: Cell | undefined) => {
    const text = compact(cell?.text ?? '');
    return text && !headerTexts.has(text) ? text : undefined;
  };
  const rows: IndicatorRow[] = [];
  let level1: string | undefined;
  let level2: string | undefined;
  for (const row of table.rows.slice(columns.header + 1)) {
    const name = row[columns.name];
    const target = row[columns.target];
    const actual = row[columns.actual];
    if (!name || !target || !actual || compact(name.text) === '') continue;
    const cell1 = row[columns.level1];
    const explicit1 = level(cell1);
    // A level-2 merge never spans two level-1 groups: a new level 1 starts level 2 afresh.
    const carried2 = explicit1 !== undefined && explicit1 !== level1 ? undefined : level2;
    level1 = explicit1 ?? level1;
    level2 = level(row[columns.level2]) ?? carried2;
    const implied = impliedLevel1(level2);
    const ownLevel1 = explicit1 !== undefined && !cell1!.merged;
    if (implied && !ownLevel1 && categoryKey(level1 ?? '') !== categoryKey(implied)) level1 = implied;
    rows.push({
      level1,
      level2,
      name,
      target,
      actual,
      targetFigures: facts.figuresOf(target),
      actualFigures: facts.figuresOf(actual),
    });
  }
  backfillLeading(rows, 'level1');
  backfillLeading(rows, 'level2');
  return rows;
}

function backfillLeading(rows: IndicatorRow[], key: 'level1' | 'level2'): void {
  const first = rows.find((r) => r[key] !== undefined)?.[key];
  for (const row of rows) {
    if (row[key] !== undefined) break;
    row[key] = first;
  }
}
