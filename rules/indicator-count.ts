import { extractIndicatorTables, categoryKey, isLevel1Category, type IndicatorRow, type IndicatorTable } from '../src/extract/statements/indicators.js';
import { extractIndicatorCounts, type CountNode, type IndicatorCountStatement } from '../src/extract/statements/indicator-counts.js';
import { forQuoting } from '../src/extract/statements/names.js';
import type { Localized, Report, Rule } from '../src/lint/types.js';
import { positionAt } from '../src/model/document.js';

/**
 * Stated numbers of indicators must match what they describe: a report's own "共设置4个产出
 * 指标（其中：2个数量指标…）" the rows of its indicator table, per 一级 and 二级 category; a
 * department-level summary item ("①…项目，设置3个产出指标…") the project's own statement (or
 * its table); a summed statement ("5个常年项目的19个产出指标…") the items it sums.
 */
export const rule: Rule = {
  meta: {
    id: 'indicator-count',
    defaultSeverity: 'error',
    description: {
      zh: '所述绩效指标个数与指标表、项目报告或各项目之和不符',
      en: 'A stated number of indicators differs from the indicator table, the project report or the sum over projects',
    },
    docs: 'docs/rules/indicator-count.md',
  },
  check({ facts, report }) {
    const statements = facts.of(extractIndicatorCounts);
    const tables = facts.of(extractIndicatorTables);
    for (const statement of statements) {
      if (statement.kind === 'own' && statement.table && !statement.table.continued) checkAgainstTable(statement.nodes, statement.table, report);
      if (statement.kind === 'item') checkItem(statement, statements, tables, report);
      if (statement.kind === 'summed' && statement.summed) checkSum(statement, statement.summed, report);
    }
  },
};

type Reporter = (r: Report) => void;

/** Categories that count every row: "10个绩效指标", "12个三级指标". */
const ALL_ROWS = new Set(['', '绩效', '三级', '考核']);

/** Rows that are indicators of their own (a Word cell merged down over two rows is one indicator). */
function indicatorRows(table: IndicatorTable): IndicatorRow[] {
  return table.rows.filter((r) => !r.name.merged);
}

/** The rows of a table a stated category counts, or undefined when the table cannot tell. */
function rowsOf(node: CountNode, rows: IndicatorRow[]): { rows: IndicatorRow[]; level: 1 | 2 | 0 } | undefined {
  const key1 = (r: IndicatorRow) => categoryKey(r.level1 ?? '');
  const key2 = (r: IndicatorRow) => categoryKey(r.level2 ?? '');
  if (ALL_ROWS.has(node.key)) return { rows, level: 0 };
  if (rows.some((r) => key1(r) === node.key)) return { rows: rows.filter((r) => key1(r) === node.key), level: 1 };
  if (rows.some((r) => key2(r) === node.key)) return { rows: rows.filter((r) => key2(r) === node.key), level: 2 };
  // A standard 一级 category the table lacks altogether, in a table that uses the standard ones.
  if (isLevel1Category(node.key) && rows.some((r) => isLevel1Category(key1(r)))) return { rows: [], level: 1 };
  return undefined;
}

interface Group {
  key: string;
  count: number;
}

/** The 二级 categories of a 一级 category's rows, in table order; undefined when rows name none. */
function level2Groups(rows: IndicatorRow[]): Group[] | undefined {
  const groups: Group[] = [];
  for (const row of rows) {
    if (!row.level2 || categoryKey(row.level2) === categoryKey(row.level1 ?? '')) return undefined;
    const key = categoryKey(row.level2);
    const group = groups.find((g) => g.key === key);
    if (group) group.count++;
    else groups.push({ key, count: 1 });
  }
  return groups;
}

function sameBreakdown(children: CountNode[], groups: Group[]): boolean {
  const stated = new Map<string, number>();
  for (const c of children) stated.set(c.key, (stated.get(c.key) ?? 0) + c.count.value.toNumber());
  return stated.size === groups.length && groups.every((g) => stated.get(g.key) === g.count);
}

function checkAgainstTable(nodes: CountNode[], table: IndicatorTable, report: Reporter): void {
  const all = indicatorRows(table);
  for (const node of nodes) {
    const matched = rowsOf(node, all);
    if (!matched) continue;
    const stated = node.count.value.toNumber();
    const groups = matched.level === 1 ? level2Groups(matched.rows) : undefined;
    const breakdownDiffers = !!node.children && !!groups && matched.rows.length > 0 && !sameBreakdown(node.children, groups);
    if (stated === matched.rows.length && !breakdownDiffers) continue;
    const shown =
      stated === matched.rows.length
        ? groupsText(groups!, node.children)
        : countText(matched.rows.length, node.category, node.children ? groups : undefined, node.children);
    const line = positionAt(table.table.rows[0]![0]!, 0).line;
    report({
      source: node.count.source,
      start: node.count.start,
      end: node.count.end,
      message: {
        zh: `声明${nodeText(node).zh}，下表（第${line}行起）实际为${shown.zh}`,
        en: `States ${nodeText(node).en}, but the table below (from line ${line}) has ${shown.en}`,
      },
    });
  }
}

/** "3个效益指标（其中：1个社会效益指标、…）" as stated. */
function nodeText(node: CountNode): Localized {
  const n = node.count.value.toString();
  if (!node.children) return { zh: `${n}个${node.category}`, en: `${n} ${node.category}` };
  const inner = node.children.map(nodeText);
  return {
    zh: `${n}个${node.category}（其中：${inner.map((i) => i.zh).join('、')}）`,
    en: `${n} ${node.category} (of which ${inner.map((i) => i.en).join(', ')})`,
  };
}

/** "2个社会效益指标、1个经济效益指标": the categories the statement names first, in its order. */
function groupsText(groups: Group[], stated: CountNode[] = []): Localized {
  const rank = (g: Group) => {
    const at = stated.findIndex((c) => c.key === g.key);
    return at < 0 ? stated.length : at;
  };
  const ordered = [...groups].sort((a, b) => rank(a) - rank(b));
  return {
    zh: ordered.map((g) => `${g.count}个${g.key}指标`).join('、'),
    en: ordered.map((g) => `${g.count} ${g.key}指标`).join(', '),
  };
}

function countText(count: number, category: string, groups: Group[] | undefined, stated: CountNode[] = []): Localized {
  if (!groups || groups.length === 0) return { zh: `${count}个${category}`, en: `${count} ${category}` };
  const inner = groupsText(groups, stated);
  return { zh: `${count}个${category}（其中：${inner.zh}）`, en: `${count} ${category} (of which ${inner.en})` };
}

/**
 * A department-level summary item against its project: the project's own statement when it
 * has one, else its indicator table (when it has exactly one).
 */
function checkItem(item: IndicatorCountStatement, statements: IndicatorCountStatement[], tables: IndicatorTable[], report: Reporter): void {
  const project = item.project;
  if (!project) return;
  const own = statements.find((s) => s.kind === 'own' && s.project === project);
  const projectTables = tables.filter((t) => t.project === project && !t.continued);
  for (const node of item.nodes) {
    const reference = own ? ownCount(node, own) : projectTables.length === 1 ? tableCount(node, projectTables[0]!) : undefined;
    if (!reference || reference.count === node.count.value.toNumber()) continue;
    const stated = `${node.count.value.toString()}`;
    report({
      source: node.count.source,
      start: node.count.start,
      end: node.count.end,
      message: {
        zh: `汇总称“${forQuoting(project.name)}”设置${stated}个${node.category}，而${reference.where.zh}为${reference.count}个${node.category}；两处应一致`,
        en: `The summary gives ${stated} ${node.category} for "${forQuoting(project.name)}", but ${reference.where.en} has ${reference.count}; the two should agree`,
      },
    });
  }
}

function ownCount(node: CountNode, own: IndicatorCountStatement): { count: number; where: Localized } | undefined {
  const match = own.nodes.find((n) => n.key === node.key);
  if (!match) return undefined;
  const line = positionAt(match.count.source, match.count.start).line;
  return {
    count: match.count.value.toNumber(),
    where: { zh: `该项目报告所述（见第${line}行）`, en: `the project report (line ${line})` },
  };
}

function tableCount(node: CountNode, table: IndicatorTable): { count: number; where: Localized } | undefined {
  const matched = rowsOf(node, indicatorRows(table));
  if (!matched) return undefined;
  const line = positionAt(table.table.rows[0]![0]!, 0).line;
  return {
    count: matched.rows.length,
    where: { zh: `该项目的指标表（第${line}行起）实际`, en: `the project's indicator table (from line ${line})` },
  };
}

/** A total over projects against the sum of the items it sums, category by category. */
function checkSum(summed: IndicatorCountStatement, items: IndicatorCountStatement[], report: Reporter): void {
  for (const node of summed.nodes) {
    const parts = items.map((i) => i.nodes.find((n) => n.key === node.key));
    if (parts.some((p) => !p)) continue;
    const values = parts.map((p) => p!.count.value.toNumber());
    const sum = values.reduce((a, b) => a + b, 0);
    if (sum === node.count.value.toNumber()) continue;
    const line = positionAt(items[0]!.source, 0).line;
    const projects = `${summed.projectCount!.raw}${summed.qualifier ?? ''}项目`;
    report({
      source: node.count.source,
      start: node.count.start,
      end: node.count.end,
      message: {
        zh: `${projects}的${node.count.raw}${node.category}，与各项目所列之和 ${values.join(' + ')} = ${sum}个不符（见第${line}行）；应为${sum}个`,
        en: `${node.count.raw} ${node.category} over ${summed.projectCount!.raw} projects, but the projects listed (line ${line}) add up to ${values.join(' + ')} = ${sum}; it should be ${sum}`,
      },
    });
  }
}
