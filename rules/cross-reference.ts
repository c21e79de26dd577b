import { inBase, interval, type Figure } from '../src/extract/figure.js';
import { extractIndicatorMentions } from '../src/extract/statements/indicator-mentions.js';
import { compact } from '../src/extract/statements/indicators.js';
import { leadingFigure } from '../src/extract/statements/indicator-outcomes.js';
import { forQuoting } from '../src/extract/statements/names.js';
import { extractSubjectFigures, type SubjectFigure } from '../src/extract/statements/subjects.js';
import { meets } from '../src/lint/arithmetic.js';
import type { Localized, Report, Rule } from '../src/lint/types.js';
import { positionAt } from '../src/model/document.js';
import type { NumberingStyle, Project } from '../src/structure/types.js';

/**
 * The same quantity stated with different values in different places: a headcount, a number
 * of sites, a per-person standard. Figures are matched by their subject key and measure
 * (extractSubjectFigures) within one project report, or within the department-level parts;
 * a department-level figure is also checked against the one project report that states the
 * same quantity.
 */
export const rule: Rule = {
  meta: {
    id: 'cross-reference',
    defaultSeverity: 'error',
    description: {
      zh: '同一数量（人数、个数、标准）在不同位置写成不同的数值',
      en: 'The same quantity (a headcount, a number of sites, a standard) is stated with different values in different places',
    },
    docs: 'docs/rules/cross-reference.md',
  },
  check({ facts, report }) {
    const groups = groupBySubject(facts.of(extractSubjectFigures).filter(isComparable)).filter((g) => !isAmbiguous(g));
    // A count that names its indicator in full ("…驿站数量为320个") is target-vs-actual's to compare.
    const namedInFull = new Set(facts.of(extractIndicatorMentions).map((m) => m.figure));
    for (const group of groups) checkWithinScope(group, namedInFull, report);
    checkDepartmentAgainstProjects(groups, report);
  },
};

type ReportFn = (r: Report) => void;

/** Figures of one scope (a project report, or the department-level parts) with one key and measure. */
interface SubjectGroup {
  project?: Project;
  key: string;
  measure: string;
  items: SubjectFigure[];
}

/** Figures in a comparison with another year, approximations and bounds state no level to compare. */
function isComparable(s: SubjectFigure): boolean {
  return s.key !== '' && !s.comparison && !s.inexact;
}

function groupBySubject(subjects: SubjectFigure[]): SubjectGroup[] {
  const groups = new Map<Project | undefined, Map<string, SubjectGroup>>();
  for (const s of subjects) {
    const byKey = groups.get(s.project) ?? new Map<string, SubjectGroup>();
    groups.set(s.project, byKey);
    const id = `${s.measure}|${s.key}`;
    const group = byKey.get(id) ?? { project: s.project, key: s.key, measure: s.measure, items: [] };
    byKey.set(id, group);
    group.items.push(s);
  }
  return [...groups.values()].flatMap((byKey) => [...byKey.values()]);
}

function sameValue(a: SubjectFigure, b: SubjectFigure): boolean {
  return meets(interval(a.figure), interval(b.figure));
}

/**
 * A key that takes two values in one paragraph ("…年末实有人数20人。…年末实有人数8人") or in
 * two items of one list ("1.生活救助。…救助困难职工30人" / "2.医疗救助。…救助困难职工20人")
 * names several things, told apart by words the key does not hold; so do indicator rows of
 * one project that share a name but not a value.
 */
function isAmbiguous(group: SubjectGroup): boolean {
  const { items } = group;
  return items.some((a, i) => items.slice(i + 1).some((b) => sideBySide(a, b) && !sameValue(a, b)));
}

const LIST_ITEMS = new Set<NumberingStyle>(['arabic', 'arabic-paren', 'circled']);

function sideBySide(a: SubjectFigure, b: SubjectFigure): boolean {
  if (a.figure.source === b.figure.source) return true;
  if (a.cell || b.cell) return !!a.cell && !!b.cell && a.cell.column === b.cell.column;
  const [x, y] = [a.section, b.section];
  return !!x && !!y && x !== y && x.parent === y.parent && LIST_ITEMS.has(x.style) && LIST_ITEMS.has(y.style);
}

/**
 * Text against the project's indicator table: a text figure equal to neither the row's target
 * nor its actual value contradicts the table. Without a table, a text figure is compared with
 * the earlier figures of the same role (targets with targets, statements of what was done with
 * each other), and reported where it first departs from them.
 */
function checkWithinScope(group: SubjectGroup, namedInFull: Set<Figure>, report: ReportFn): void {
  const cells = group.items.filter((s) => s.cell);
  const texts = group.items.filter((s) => !s.cell);
  if (cells.length > 0) {
    const reference = cells.find((c) => c.cell!.column === 'actual') ?? cells[0]!;
    for (const text of texts) {
      if (namedInFull.has(text.figure) || cells.some((c) => sameValue(c, text)) || restatesTarget(text, cells)) continue;
      report(mismatch(group, text, reference));
    }
    return;
  }
  for (const planned of [true, false]) {
    const seen: SubjectFigure[] = [];
    for (const text of texts.filter((t) => t.planned === planned)) {
      if (seen.length > 0 && !seen.some((s) => sameValue(s, text))) report(mismatch(group, text, seen[0]!));
      seen.push(text);
    }
  }
}

/** A target sentence that repeats a bound target ("不超过320个" as ≤320个) states the target, not a result. */
function restatesTarget(text: SubjectFigure, cells: SubjectFigure[]): boolean {
  if (!text.planned) return false;
  return cells.some(({ cell }) => {
    const target = leadingFigure(cell!.row.target, cell!.row.targetFigures);
    if (!target) return false;
    const value = inBase(text.figure);
    if (target.range) return value.gte(target.range.min.times(target.scale)) && value.lte(target.range.max.times(target.scale));
    return meets(interval(target), interval(text.figure));
  });
}

/** Level words a department-level summary adds to a project's quantity: 市级劳模 for the 劳模 of a project. */
const LEVEL = /^(?:省部级|国家级|全国|省级|市级|县级|区级)/;

/**
 * A department-level figure against the one project report whose key is the same, or the same
 * without a leading level word (市级劳模体检 ~ 劳模体检). A level word names a part of the
 * project's set: a smaller count is consistent, a larger one is not; a standard must be equal.
 * When the department restates any value the project gives, the project's own finding says it.
 */
function checkDepartmentAgainstProjects(groups: SubjectGroup[], report: ReportFn): void {
  const projectGroups = groups.filter((g) => g.project);
  for (const department of groups.filter((g) => !g.project)) {
    const level = LEVEL.exec(department.key)?.[0];
    const keys = new Set([department.key, department.key.slice(level?.length ?? 0)]);
    const matches = projectGroups.filter((g) => g.measure === department.measure && keys.has(g.key));
    const project = matches[0]?.project;
    if (!project || matches.some((g) => g.project !== project) || (level && hasOtherLevel(project.name, level))) continue;
    const projectItems = matches.flatMap((g) => g.items).sort((a, b) => a.order - b.order || a.figure.start - b.figure.start);
    for (const item of department.items) {
      const candidates = projectItems.filter((p) => p.cell || p.planned === item.planned);
      if (candidates.length === 0 || projectItems.some((p) => sameValue(p, item))) continue;
      const reference = candidates.find((c) => c.cell?.column === 'actual') ?? candidates.find((c) => c.cell) ?? candidates[0]!;
      const part = !matches.some((g) => g.key === department.key);
      if (part && item.figure.kind === 'count' && inBase(item.figure).lt(inBase(reference.figure))) continue;
      report(mismatch(department, item, reference, project));
    }
  }
}

/** A project named for another level than the department's words (省级财政… for 市级劳模). */
function hasOtherLevel(projectName: string, level: string): boolean {
  return [...projectName.matchAll(/省部级|国家级|全国|省级|市级|县级|区级/g)].some((m) => m[0] !== level);
}

// ---------------------------------------------------------------------------------------
// Messages

function mismatch(group: SubjectGroup, here: SubjectFigure, there: SubjectFigure, project?: Project): Report {
  const name = subjectName(group, here, there);
  const diff = difference(here, there);
  const place = placeOf(there, project);
  return {
    source: here.figure.source,
    start: here.figure.start,
    end: here.figure.end,
    message: {
      zh: `${name.zh}：此处为${here.figure.raw}，而${place.zh}为${there.figure.raw}，相差${diff}；同一数量前后应一致`,
      en: `${name.en}: ${here.figure.raw} here, but ${there.figure.raw} at ${place.en}; they differ by ${diff}, and the same quantity should read the same in both places`,
    },
  };
}

/**
 * The difference in the base unit (人, 个, 元), with as many decimals as the figures state in
 * it: "1.2万人" and "11000人" differ by 1000人.
 */
function difference(here: SubjectFigure, there: SubjectFigure): string {
  const decimals = Math.max(...[here.figure, there.figure].map((f) => Math.max(0, f.decimals - f.scale.log(10).round().toNumber())));
  return `${inBase(here.figure).minus(inBase(there.figure)).abs().toFixed(decimals)}${here.figure.unit}`;
}

/** The indicator's name when a table row is involved, else the key with a word for the measure. */
function subjectName(group: SubjectGroup, here: SubjectFigure, there: SubjectFigure): Localized {
  const cell = here.cell ?? there.cell;
  if (cell) {
    const name = compact(cell.row.name.text);
    return { zh: name, en: name };
  }
  const what = group.measure.startsWith('standard') ? '标准' : group.measure === 'count:人' ? '人数' : '数量';
  return { zh: `${group.key}${what}`, en: `${group.key}${what}` };
}

function placeOf(s: SubjectFigure, project?: Project): Localized {
  const line = positionAt(s.figure.source, s.figure.start).line;
  if (s.cell) {
    const { table, row } = s.cell.row.name.place;
    const name = forQuoting(compact(s.cell.row.name.text));
    const column = s.cell.column === 'actual' ? { zh: '实际完成值', en: 'actual value' } : { zh: '目标值', en: 'target' };
    return {
      zh: `第${line}行（表${table} 第${row}行“${name}”${column.zh}）`,
      en: `line ${line} (table ${table}, row ${row}, "${name}", ${column.en})`,
    };
  }
  if (project) return { zh: `第${line}行（${project.name}）`, en: `line ${line} (${project.name})` };
  return { zh: `第${line}行`, en: `line ${line}` };
}
