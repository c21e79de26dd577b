import type { Project } from '../../structure/types.js';
import type { Facts } from '../facts.js';
import type { TextUnit } from '../figure.js';

/**
 * A project named inside a project report: "根据“工会经费”专项预算项目预算绩效评价指标体系…".
 * `names` lists every project of the document the quoted name matches; a rule compares them
 * with `within`, the project whose report the mention is in.
 */
export interface ProjectMention {
  source: TextUnit;
  /** Offsets of the quoted name, quotes included. */
  start: number;
  end: number;
  /** The name inside the quotes. */
  quoted: string;
  /** What follows the quotes and makes it a project: "专项预算项目", "项目". */
  suffix: string;
  within: Project;
  names: Project[];
}

/** “X”专项预算项目, "X"项目, 「X」专项项目 … */
const QUOTED_PROJECT = /[“"「]([^”"」“"「，。；：\n]{2,30})[”"」](专项预算项目|预算项目|专项项目|专项资金项目|项目)/g;
/**
 * A mention that relates this project to another one ("与“X”项目统筹", "参照“X”项目",
 * "由“X”项目补足", a list "“A”、“X”项目") names the other project on purpose.
 */
const RELATING_BEFORE = /(?:[与和同及、”"」由从用]|参照|参考|借鉴|类似|配合|衔接|结合|统筹|调剂|不同于|区别于)$/;
/** Suffixes that say "this is a project", removed to compare names. */
const PROJECT_SUFFIX = /(?:专项预算项目|预算项目|专项项目|专项资金项目|项目)$/;
/** Words a name may carry or drop from one mention to the next ("工会经费" ~ "工会"). */
const LOOSE_SUFFIX = /(?:专项资金|专项经费|工作经费|经费|资金|专项)$/;
/** A shorter name inside a longer one counts as the same project only from this length on. */
const MIN_CONTAINED = 4;
/** Whole-department reports (部门整体, 部门预算绩效评价报告) discuss every project by design. */
const DEPARTMENT_WIDE = /部门/;

/** Every quoted project name inside a project report, with the projects it can refer to. */
export function extractProjectMentions(facts: Facts): ProjectMention[] {
  const projects = facts.structure.projects.filter((p) => !isDepartmentWide(p));
  if (projects.length < 2) return [];
  const mentions: ProjectMention[] = [];
  for (const { unit, scope } of facts.structure.units) {
    const within = scope.project;
    if (!within || isDepartmentWide(within)) continue;
    for (const m of unit.text.matchAll(QUOTED_PROJECT)) {
      if (RELATING_BEFORE.test(unit.text.slice(0, m.index))) continue;
      const quoted = m[1]!.trim();
      mentions.push({
        source: unit,
        start: m.index,
        end: m.index + m[0].length - m[2]!.length,
        quoted,
        suffix: m[2]!,
        within,
        names: projects.filter((p) => sameName(quoted, p.name)),
      });
    }
  }
  return mentions;
}

function isDepartmentWide(p: Project): boolean {
  return DEPARTMENT_WIDE.test(p.section.title);
}

/** The forms a name is compared in: without quotes and "项目" suffixes, then without "经费". */
export function nameForms(name: string): string[] {
  const bare = name.replace(/[“”"「」『』\s]/g, '').replace(PROJECT_SUFFIX, '');
  const loose = bare.replace(LOOSE_SUFFIX, '');
  return loose && loose !== bare ? [bare, loose] : [bare];
}

/**
 * Whether a quoted name and a project name are the same project: equal in some form, or
 * one contains the other when the shorter has at least MIN_CONTAINED characters
 * ("劳模春节慰问金及疗休养" inside "市劳模春节慰问金及疗休养").
 */
export function sameName(a: string, b: string): boolean {
  for (const x of nameForms(a)) {
    for (const y of nameForms(b)) {
      if (x === y) return true;
      const [short, long] = x.length <= y.length ? [x, y] : [y, x];
      if (short.length >= MIN_CONTAINED && long.includes(short)) return true;
    }
  }
  return false;
}
