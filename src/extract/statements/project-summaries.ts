import type { Paragraph } from '../../model/document.js';
import { inBase, type Figure, type TextUnit } from '../figure.js';
import type { Facts } from '../facts.js';
import type { Project, Scope } from '../../structure/types.js';
import { markerAt } from '../../model/numbering-markers.js';
import { depthAt, sentenceAround } from '../text-spans.js';
import { nameSimilarity, plainName } from './names.js';

/**
 * One item of a department-level list that summarises the project reports:
 * "①工会经费项目710万元，设置3个产出指标、1个成本指标…，目标实现率100%…；②…".
 */
export interface ProjectSummaryItem {
  source: TextUnit;
  /** The item's span in `source.text`, from its marker to the next item's. */
  start: number;
  end: number;
  /** The name the item opens with ("工会经费项目") and its offsets. */
  name: string;
  nameStart: number;
  nameEnd: number;
  /** The amount right after the name ("710万元"), if any. */
  amount?: Figure;
  /** The project report the item is about, when one matches its name (and amount). */
  project?: Project;
  /** Items of one list share this number. */
  list: number;
}

/**
 * A project report proper, as opposed to the department's own 部门预算/部门整体绩效评价报告,
 * which the structure also finds by its "2024年…绩效评价报告" title line.
 */
export function isProjectReport(project: Project | undefined): project is Project {
  if (!project) return false;
  return !project.titleSource.text.includes('部门') || project.name.includes('项目');
}

export function isParagraph(unit: TextUnit): unit is Paragraph {
  return 'kind' in unit && (unit as { kind: unknown }).kind === 'paragraph';
}

/** Units outside every project report: the department-level parts of the document. */
export function isDepartmentLevel(scope: Scope): boolean {
  return !isProjectReport(scope.project);
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const CIRCLED_MARK = new RegExp(`[${CIRCLED}]`, 'g');
const LIST_STYLES = new Set(['circled', 'arabic', 'arabic-paren']);
/** The item's name ends at its first figure or punctuation. */
const NAME_END = /[，,。；;：:（(]/;
const MAX_NAME = 30;
/** A name must clear this similarity to a project's name (or a lower one with the same amount). */
const SAME_NAME = 0.5;
const SAME_NAME_WITH_AMOUNT = 0.3;
const AMOUNT_BONUS = 0.5;

/** Every department-level list item that opens with a name, matched to the project it names. */
export function extractProjectSummaries(facts: Facts): ProjectSummaryItem[] {
  const items: ProjectSummaryItem[] = [];
  let lists = 0;
  /** A list may also be a run of paragraphs that each open with the next number. */
  let run: { style: string; number: number; list: number } | undefined;
  for (const { unit, scope } of facts.structure.units) {
    if (!isParagraph(unit) || !isDepartmentLevel(scope)) {
      run = undefined;
      continue;
    }
    const inline = inlineLists(unit.text);
    const marker = markerAt(unit.text);
    const style = marker && LIST_STYLES.has(marker.style) ? marker.style : undefined;
    if (style && run?.style === style && marker!.number === run.number + 1) run.number++;
    else run = style && marker!.number === 1 ? { style, number: 1, list: lists++ } : undefined;
    for (const spans of inline) {
      const list = lists++;
      for (const span of spans) pushItem(items, itemAt(facts, unit, span.start, span.end, span.start + 1, list));
    }
    if (inline.length === 0 && run) {
      pushItem(items, itemAt(facts, unit, marker!.start, unit.text.length, marker!.end, run.list));
    }
  }
  matchProjects(facts, items);
  return items;
}

function pushItem(items: ProjectSummaryItem[], item: ProjectSummaryItem | undefined): void {
  if (item) items.push(item);
}

/** ①…②…③ inside one paragraph: runs of consecutive circled numbers from ① at one bracket depth. */
function inlineLists(text: string): { start: number; end: number }[][] {
  // Found by the regex engine: most paragraphs have none, and a walk would visit every character.
  const marks = [...text.matchAll(CIRCLED_MARK)].map((m) => ({ at: m.index, n: CIRCLED.indexOf(m[0]) + 1 }));
  const lists: { start: number; end: number }[][] = [];
  let i = 0;
  while (i < marks.length) {
    if (marks[i]!.n !== 1) {
      i++;
      continue;
    }
    const depth = depthAt(text, marks[i]!.at);
    const sequence = [marks[i]!];
    let j = i + 1;
    for (; j < marks.length && marks[j]!.n === sequence.length + 1 && depthAt(text, marks[j]!.at) === depth; j++) {
      sequence.push(marks[j]!);
    }
    if (sequence.length >= 2) {
      // The last item ends with its sentence; the others where the next one starts.
      lists.push(sequence.map((m, k) => ({ start: m.at, end: sequence[k + 1]?.at ?? sentenceAround(text, m.at + 1).end })));
    }
    i = j;
  }
  return lists;
}

function itemAt(facts: Facts, unit: TextUnit, start: number, end: number, bodyStart: number, list: number): ProjectSummaryItem | undefined {
  const figures = facts.figuresOf(unit).filter((f) => f.start >= bodyStart && f.end <= end);
  const punctuation = unit.text.slice(bodyStart, end).search(NAME_END);
  let nameEnd = punctuation < 0 ? end : bodyStart + punctuation;
  const first = figures[0];
  if (first && first.start < nameEnd) nameEnd = first.start;
  const raw = unit.text.slice(bodyStart, nameEnd);
  const name = raw.trim();
  if (name.length === 0 || name.length > MAX_NAME || !/[\u4e00-\u9fff]/.test(name)) return undefined;
  const nameStart = bodyStart + raw.indexOf(name);
  const amount = first && first.start === nameEnd && first.kind === 'amount' ? first : undefined;
  return { source: unit, start, end, name, nameStart, nameEnd: nameStart + name.length, amount, list };
}

/** A name without the words every project name carries (专项, 预算, 项目). */
function nameCore(name: string): string {
  return plainName(name).replace(/(?:专项|预算|项目)+$/, '');
}

/**
 * Gives each item the project report it names: the most similar names first, one item per
 * project; the item's amount found in a project's own text makes the match surer (a summary
 * may shorten or reword the name: "市劳模疗休养及劳模体检" for "市劳模春节慰问金及疗休养").
 */
function matchProjects(facts: Facts, items: ProjectSummaryItem[]): void {
  const projects = facts.structure.projects.filter(isProjectReport);
  const amounts = amountsByProject(facts, projects);
  const pairs: { item: ProjectSummaryItem; project: Project; score: number }[] = [];
  for (const item of items) {
    for (const project of projects) {
      const similarity = nameSimilarity(nameCore(item.name), nameCore(project.name));
      const sameAmount = !!item.amount && amounts.get(project)!.has(inBase(item.amount).toString());
      if (similarity >= SAME_NAME || (sameAmount && similarity >= SAME_NAME_WITH_AMOUNT)) {
        pairs.push({ item, project, score: similarity + (sameAmount ? AMOUNT_BONUS : 0) });
      }
    }
  }
  pairs.sort((a, b) => b.score - a.score);
  const taken = new Set<Project>();
  for (const { item, project } of pairs) {
    if (item.project || taken.has(project)) continue;
    item.project = project;
    taken.add(project);
  }
}

/** The amounts each project report's paragraphs state, in base units. */
function amountsByProject(facts: Facts, projects: Project[]): Map<Project, Set<string>> {
  const amounts = new Map<Project, Set<string>>(projects.map((p) => [p, new Set<string>()]));
  for (const { unit, scope } of facts.structure.units) {
    const set = scope.project && amounts.get(scope.project);
    if (!set || !isParagraph(unit)) continue;
    for (const f of facts.figuresOf(unit)) if (f.kind === 'amount') set.add(inBase(f).toString());
  }
  return amounts;
}
