import type { Block } from '../../model/document.js';
import type { Project } from '../../structure/types.js';
import type { Facts } from '../facts.js';
import type { Figure, TextUnit } from '../figure.js';
import { closingBracket, depthAt } from '../text-spans.js';
import { categoryKey, extractIndicatorTables, type IndicatorTable } from './indicators.js';
import { extractProjectSummaries, isDepartmentLevel, isParagraph, isProjectReport, type ProjectSummaryItem } from './project-summaries.js';

/** "4个产出指标（其中：2个数量指标、1个时效指标、1个质量指标）": a stated number of indicators of one category. */
export interface CountNode {
  /** The category as written: "产出指标", "服务对象满意度指标". */
  category: string;
  /** categoryKey of the category: "产出", "服务对象满意度". */
  key: string;
  count: Figure;
  /**
   * The breakdown in the brackets right after it; undefined when there is none or when it
   * holds a count that names no category ("1个服务对象满意度质保").
   */
  children?: CountNode[];
}

/**
 * A statement of how many indicators were set:
 * - 'own': a report's own "预算申报时共设置4个产出指标（其中：…）、2个成本指标…", with the
 *   indicator table it describes (the one just below, or just above for "如上表");
 * - 'item': one item of a department-level list summarising the projects
 *   ("①工会经费项目710万元，设置3个产出指标、1个成本指标…");
 * - 'summed': a department-level total over several projects ("5个常年项目的19个产出指标、
 *   7个成本指标…"), with the item statements it sums when its list can be told.
 */
export interface IndicatorCountStatement {
  kind: 'own' | 'item' | 'summed';
  source: TextUnit;
  nodes: CountNode[];
  /** 'own': the project report it is in; 'item': the project the item names. */
  project?: Project;
  /** 'own': the indicator table the statement describes. */
  table?: IndicatorTable;
  /** 'item': the summary item. */
  item?: ProjectSummaryItem;
  /** 'summed': the number of projects ("5个…项目") and the words between ("常年"). */
  projectCount?: Figure;
  qualifier?: string;
  /** 'summed': the item statements of the projects it sums. */
  summed?: IndicatorCountStatement[];
}

const COUNT_UNITS = new Set(['个', '项', '条']);
/** The category right after a count: "产出指标", "服务对象满意度指标", "经济成本类指标". */
const CATEGORY_AFTER = /\s*([\u4e00-\u9fff]{1,12}?指标)/y;
/** What may stand between two counts of one list (after bracketed breakdowns are removed). */
const CONNECTOR = /^[\s、，,和及与]*(?:(?:基本|全部|均|已|均已|均全部|已全部)?完成[\s、，,和及与]*)?$/;
const BRACKETED = /（[^（）()]*）|\([^（）()]*\)/g;
/** "5个常年项目的19个产出指标": the words between the number of projects and the counts. */
const PROJECTS_BEFORE = /^([^，,。；;：:、\d]{0,12}?)项目[^，,。；;：:、\d]{0,6}$/;
/** How far (in paragraphs) a statement may stand from the table it describes. */
const TABLE_DISTANCE = 3;

interface Found {
  figure: Figure;
  category: string;
  /** Offset just after the category. */
  end: number;
  depth: number;
}

/** Every statement of indicator counts in the paragraphs, tied to its table, project or items. */
export function extractIndicatorCounts(facts: Facts): IndicatorCountStatement[] {
  const items = facts.of(extractProjectSummaries);
  const tables = facts.of(extractIndicatorTables);
  const statements: IndicatorCountStatement[] = [];
  for (const { unit, scope } of facts.structure.units) {
    if (!isParagraph(unit)) continue;
    const found = countsIn(facts, unit);
    for (const run of runsAt(unit.text, found, 0)) {
      const nodes = run.map((f) => nodeOf(unit.text, f, found));
      const first = run[0]!.figure;
      const projects = projectCountBefore(facts, unit, first);
      const item = isDepartmentLevel(scope)
        ? items.find((i) => i.source === unit && i.start <= first.start && first.start < i.end)
        : undefined;
      if (projects) {
        statements.push({ kind: 'summed', source: unit, nodes, projectCount: projects.figure, qualifier: projects.qualifier });
      } else if (item) {
        statements.push({ kind: 'item', source: unit, nodes, item, project: item.project });
      } else {
        const project = isProjectReport(scope.project) ? scope.project : undefined;
        statements.push({ kind: 'own', source: unit, nodes, project, table: tableFor(facts.doc.blocks, tables, unit) });
      }
    }
  }
  for (const s of statements) if (s.kind === 'summed') s.summed = summedItems(s, statements);
  return statements;
}

/** The counts in a paragraph that name an indicator category, with their bracket depth. */
function countsIn(facts: Facts, unit: TextUnit): Found[] {
  const found: Found[] = [];
  for (const figure of facts.figuresOf(unit)) {
    if (figure.kind !== 'count' || !COUNT_UNITS.has(figure.unit) || figure.comparator || figure.range || figure.decimals > 0) continue;
    CATEGORY_AFTER.lastIndex = figure.end;
    const m = CATEGORY_AFTER.exec(unit.text);
    if (!m) continue;
    found.push({ figure, category: m[1]!, end: figure.end + m[0].length, depth: depthAt(unit.text, figure.start) });
  }
  return found;
}

/** Consecutive counts at one depth with nothing but connectors (and bracketed breakdowns) between them. */
function runsAt(text: string, found: Found[], depth: number, from = 0, to = text.length): Found[][] {
  const runs: Found[][] = [];
  let run: Found[] = [];
  for (const f of found) {
    if (f.depth !== depth || f.figure.start < from || f.end > to) continue;
    const last = run[run.length - 1];
    if (last && !CONNECTOR.test(withoutBrackets(text.slice(last.end, f.figure.start)))) {
      runs.push(run);
      run = [];
    }
    run.push(f);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function withoutBrackets(text: string): string {
  let previous: string;
  let current = text;
  do {
    previous = current;
    current = current.replace(BRACKETED, '');
  } while (current !== previous);
  return current;
}

/** A count with the breakdown in the brackets right after its category, if it reads as one. */
function nodeOf(text: string, f: Found, found: Found[]): CountNode {
  const node: CountNode = { category: f.category, key: categoryKey(f.category), count: f.figure };
  const open = /^\s*[（(]/.exec(text.slice(f.end));
  if (!open) return node;
  const inside = f.end + open[0].length;
  const close = closingBracket(text, inside);
  const runs = runsAt(text, found, f.depth + 1, inside, close);
  const counts = found.filter((g) => g.depth === f.depth + 1 && g.figure.start >= inside && g.end <= close);
  if (runs.length !== 1 || hasOtherCounts(text.slice(inside, close), counts.length)) return node;
  node.children = runs[0]!.map((g) => nodeOf(text, g, found));
  return node;
}

/** True when a breakdown holds more "N个…" counts than those that name a category. */
function hasOtherCounts(text: string, named: number): boolean {
  const all = text.match(/[\d０-９一二两三四五六七八九十]+\s*[个项条]/g) ?? [];
  return all.length > named;
}

/** "5个常年项目的" right before the first count: the number of projects the counts sum over. */
function projectCountBefore(facts: Facts, unit: TextUnit, first: Figure): { figure: Figure; qualifier: string } | undefined {
  const before = facts.figuresOf(unit).filter((f) => f.end <= first.start).pop();
  if (!before || before.kind !== 'count' || before.unit !== '个') return undefined;
  const m = PROJECTS_BEFORE.exec(unit.text.slice(before.end, first.start));
  return m ? { figure: before, qualifier: m[1]!.trim() } : undefined;
}

/**
 * The indicator table a report's own statement describes: the first table within a few
 * paragraphs after it (or before it, when the statement points to 上表).
 */
function tableFor(blocks: Block[], tables: IndicatorTable[], unit: TextUnit): IndicatorTable | undefined {
  const at = blocks.indexOf(unit as Block);
  if (at < 0) return undefined;
  const step = /上表/.test(unit.text) ? -1 : 1;
  let paragraphs = 0;
  for (let i = at + step; i >= 0 && i < blocks.length; i += step) {
    const block = blocks[i]!;
    if (block.kind === 'table') return tables.find((t) => t.table === block);
    if (block.text.trim() !== '' && ++paragraphs > TABLE_DISTANCE) return undefined;
  }
  return undefined;
}

/**
 * The item statements a summed statement adds up: the department-level list with as many
 * items as the projects it counts (the one whose paragraph names its qualifier, "阶段（一次性）",
 * when several have that many), or all lists together when they have that many items.
 */
function summedItems(summed: IndicatorCountStatement, statements: IndicatorCountStatement[]): IndicatorCountStatement[] | undefined {
  const n = summed.projectCount!.value.toNumber();
  const lists = new Map<number, IndicatorCountStatement[]>();
  for (const s of statements) {
    if (s.kind !== 'item') continue;
    const list = lists.get(s.item!.list) ?? [];
    if (list.some((other) => other.item === s.item)) continue; // one statement per project
    list.push(s);
    lists.set(s.item!.list, list);
  }
  const candidates = [...lists.values()].filter((l) => l.length === n);
  if (candidates.length === 1) return candidates[0];
  if (candidates.length > 1 && summed.qualifier) {
    const named = candidates.filter((l) => l[0]!.source.text.slice(0, l[0]!.item!.start).includes(summed.qualifier!));
    return named.length === 1 ? named[0] : undefined;
  }
  const all = [...lists.values()].flat();
  return candidates.length === 0 && lists.size > 1 && all.length === n ? all : undefined;
}
