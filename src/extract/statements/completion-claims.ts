import type { TextUnit } from '../figure.js';
import type { Facts } from '../facts.js';
import type { Project } from '../../structure/types.js';
import { categoryKey, isKnownCategory } from './indicators.js';
import { listClauseStart } from '../text-spans.js';
import { extractProjectSummaries, isParagraph, isProjectReport } from './project-summaries.js';

/**
 * A sentence that says a project met its targets in full: "目标实现率100%", "以上目标均全部
 * 完成", "按照预定目标全面完成" ('targets'), or that it reached everyone: "覆盖率100%",
 * "覆盖了全市…，占比达到了100%" ('coverage').
 */
export interface CompletionClaim {
  source: TextUnit;
  start: number;
  end: number;
  /** The claim as written. */
  text: string;
  kind: 'targets' | 'coverage';
  /**
   * Category keys (categoryKey) the claim is limited to, as in "成本指标、效益指标、满意度指标
   * 全部完成"; empty when it is about every indicator.
   */
  categories: string[];
  /** The project report the claim is about: the one it is in, or the one a department-level summary item names. */
  project?: Project;
}

const RATE_OF_TARGETS = /(?:绩效)?(?:目标|指标)(?:实现|完成|达成)率(?:为|达到了?|达)?\s*100(?:\.0+)?\s*[%％]/g;
const FULLY_DONE = /(?:均已全部|均全部|已全部|均已|全部|全面|圆满|均)(?:完成|实现|达成)/g;
const COVERAGE = /覆盖[^。；;！？!?]{0,40}?(?:率|占比|比例|面)(?:为|达到了?|达|是)?\s*100(?:\.0+)?\s*[%％]/g;
/** Words just before "全部完成" that take the claim back: 未全部完成, 基本全部完成. */
const NEGATED = /(?:未|没有|尚未|未能|不能|无法|不|基本)$/;
/** A claim of completion is about targets only when its clause names them. */
const ABOUT_TARGETS = /目标|指标/;
/** The Chinese words before each 指标 (a known category is the longest known suffix). */
const BEFORE_INDICATOR = /([\u4e00-\u9fff]+?)(?:类)?指标/g;

/** Every claim of full completion in the paragraphs, with the project it is about. */
export function extractCompletionClaims(facts: Facts): CompletionClaim[] {
  const items = facts.of(extractProjectSummaries);
  const claims: CompletionClaim[] = [];
  for (const { unit, scope } of facts.structure.units) {
    if (!isParagraph(unit)) continue;
    for (const claim of claimsIn(unit)) {
      claim.project = isProjectReport(scope.project)
        ? scope.project
        : items.find((i) => i.source === unit && i.start <= claim.start && claim.start < i.end)?.project;
      claims.push(claim);
    }
  }
  return claims;
}

function claimsIn(unit: TextUnit): CompletionClaim[] {
  const text = unit.text;
  const found: CompletionClaim[] = [];
  const add = (start: number, end: number, kind: CompletionClaim['kind']) =>
    found.push({ source: unit, start, end, text: text.slice(start, end), kind, categories: categoriesBefore(text, start) });
  for (const m of text.matchAll(RATE_OF_TARGETS)) add(m.index, m.index + m[0].length, 'targets');
  for (const m of text.matchAll(FULLY_DONE)) {
    // The words a claim is about: a list joined by 、 stays together.
    const clause = text.slice(listClauseStart(text, m.index), m.index);
    if (NEGATED.test(clause) || !ABOUT_TARGETS.test(clause)) continue;
    add(m.index, m.index + m[0].length, 'targets');
  }
  for (const m of text.matchAll(COVERAGE)) add(m.index, m.index + m[0].length, 'coverage');
  return found;
}

/** The indicator categories the clause before a claim names ("成本指标、效益指标…"). */
function categoriesBefore(text: string, offset: number): string[] {
  const clause = text.slice(listClauseStart(text, offset), offset);
  const keys: string[] = [];
  for (const m of clause.matchAll(BEFORE_INDICATOR)) {
    const words = m[1]!;
    for (let from = 0; from < words.length; from++) {
      const key = categoryKey(words.slice(from));
      if (isKnownCategory(key)) {
        keys.push(key);
        break;
      }
    }
  }
  return [...new Set(keys)];
}
