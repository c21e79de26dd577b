import { sameMeasure } from '../../lint/arithmetic.js';
import type { Facts } from '../facts.js';
import type { Figure, TextUnit } from '../figure.js';
import { clauseEnd, clauseStart } from '../text-spans.js';
import type { Project } from '../../structure/types.js';
import { extractIndicatorTables, type IndicatorRow, type IndicatorTable } from './indicators.js';
import { leadingFigure } from './indicator-outcomes.js';
import { commonSubsequenceLength, plainName } from './names.js';
import { isParagraph, isProjectReport } from './project-summaries.js';

/**
 * A count in a project report's text that names one of the project's indicators explicitly:
 * "包括进行补助的驿站数量为320个" for the row "补助“劳动者驿站”数量 | ≤320个 | 200个".
 */
export interface IndicatorMention {
  figure: Figure;
  /** The clause the figure is in (offsets in figure.source.text). */
  clause: { start: number; end: number };
  table: IndicatorTable;
  row: IndicatorRow;
  /** The leading figures of the row's target and actual cells. */
  target?: Figure;
  actual: Figure;
}

/** Words a count indicator's name ends with that say "how many", not "of what". */
const MEASURE_SUFFIX = /(?:人数|个数|户数|次数|人次|户次|总数|数量|数)$/;
/**
 * Clauses about another year or about a change (减少6人, 增加3座, 少培训5人), whose count is a
 * difference or another period's, not the indicator's value.
 */
const NOT_THE_VALUE = /上年|去年|同比|往年|历年|[增减降少多超缺差比较余]/;
/** A count of indicators ("3个产出指标"), not a count the indicators measure. */
const COUNT_OF_INDICATORS = /^\s*[\u4e00-\u9fff]{0,12}?指标/;
/** A name must share this much of itself, in order, with the clause. */
const MIN_SHARED = 3;
const MIN_SHARE = 0.6;
/** The last characters of a name (its head noun: 驿站, 体检, 职工) must appear as written. */
const HEAD = 2;

/** Every count in a project report's paragraphs that names one of that project's count indicators. */
export function extractIndicatorMentions(facts: Facts): IndicatorMention[] {
  const byProject = countRowsByProject(facts);
  const mentions: IndicatorMention[] = [];
  for (const { unit, scope } of facts.structure.units) {
    const rows = isProjectReport(scope.project) && isParagraph(unit) ? byProject.get(scope.project) : undefined;
    if (!rows) continue;
    const counts = facts.figuresOf(unit).filter((f) => f.kind === 'count' && !f.comparator && !f.range);
    for (const figure of counts) {
      const mention = mentionOf(unit, figure, counts, rows);
      if (mention) mentions.push(mention);
    }
  }
  return mentions;
}

interface CountRow {
  table: IndicatorTable;
  row: IndicatorRow;
  target?: Figure;
  actual: Figure;
  /** The name without quotes ("补助劳动者驿站数量") and without its "how many" ending ("补助劳动者驿站"). */
  name: string;
  core: string;
}

function countRowsByProject(facts: Facts): Map<Project, CountRow[]> {
  const byProject = new Map<Project, CountRow[]>();
  for (const table of facts.of(extractIndicatorTables)) {
    if (!isProjectReport(table.project)) continue;
    const rows = byProject.get(table.project) ?? [];
    for (const row of table.rows) {
      const actual = leadingFigure(row.actual, row.actualFigures);
      const name = plainName(row.name.text);
      const core = name.replace(MEASURE_SUFFIX, '');
      if (!actual || actual.kind !== 'count' || actual.comparator || actual.range || core.length < MIN_SHARED) continue;
      rows.push({ table, row, actual, target: leadingFigure(row.target, row.targetFigures), name, core });
    }
    byProject.set(table.project, rows);
  }
  return byProject;
}

function mentionOf(unit: TextUnit, figure: Figure, counts: Figure[], rows: CountRow[]): IndicatorMention | undefined {
  const text = unit.text;
  if (COUNT_OF_INDICATORS.test(text.slice(figure.end))) return undefined;
  const clause = clauseAround(text, figure.start);
  const words = text.slice(clause.start, figure.start) + text.slice(figure.end, clause.end);
  if (NOT_THE_VALUE.test(words)) return undefined;
  const sameInClause = counts.filter((f) => f !== figure && f.start >= clause.start && f.end <= clause.end && sameMeasure(f, figure));
  if (sameInClause.length > 0) return undefined;
  const scored = rows
    .filter((r) => sameMeasure(r.actual, figure))
    .map((r) => ({ r, score: nameScore(r, plainName(words)) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best) return undefined;
  const rival = scored[1];
  if (rival && rival.score === best.score && !rival.r.actual.value.eq(best.r.actual.value)) return undefined;
  const { table, row, target, actual } = best.r;
  return { figure, clause, table, row, target, actual };
}

/**
 * How much of the indicator's name, measure word included, the clause carries in order (0 when
 * it does not name the indicator explicitly: too little in common, or not its head noun).
 * A reworded mention ("为512名劳模安排身体检查" for 组织劳模体检人数) is left to cross-reference.
 */
function nameScore(row: CountRow, words: string): number {
  if (!words.includes(row.core.slice(-HEAD))) return 0;
  const shared = commonSubsequenceLength(row.name, words);
  const share = shared / row.name.length;
  return shared >= MIN_SHARED && share >= MIN_SHARE ? share : 0;
}

function clauseAround(text: string, offset: number): { start: number; end: number } {
  return { start: clauseStart(text, offset), end: clauseEnd(text, offset) };
}
