/**
 * Comparison words and the two figures they compare. A 情况说明 explains each item with its
 * budget and its actual spending and then a word that compares them: "年初预算为1560.05万元，
 * 支出决算为1511.89万元。决算数小于预算数的主要原因…", "决算数与预算数持平"; and a year
 * against the one before: "“三公”经费支出决算数为0.39万元，2023年度为0.54万元，比上年减少…".
 * Each comparison is tied to the two figures it compares, when the report states both and the
 * choice is not open: a wrong pair would give a wrong finding.
 */
import { inBase, type Figure, type TextUnit } from '../figure.js';
import type { Facts } from '../facts.js';
import { sentenceAround } from '../text-spans.js';
import { isInexact, isMoney, longestCommonRun, phraseBefore, roleWord, type Span } from './phrases.js';

/** What the words say of the first figure against the second: actual against budget, this year against last. */
export type Relation = 'greater' | 'less' | 'equal';

/** What the figure is compared with: the budget, or last year's figure. */
export type ComparisonBase = 'budget' | 'previous-year';

export interface ComparedFigure {
  figure: Figure;
  /** The words that name it as written: "支出决算", "年初预算", "2023年度". */
  term: string;
}

export interface Comparison {
  source: TextUnit;
  /** Offsets of the comparison words: "决算数小于预算数", "比上年减少". */
  start: number;
  end: number;
  /** The comparison words as written. */
  words: string;
  base: ComparisonBase;
  relation: Relation;
  /** The actual spending, or this year's figure. */
  subject: ComparedFigure;
  /** The budget, or last year's figure. */
  reference: ComparedFigure;
}

// ---------------------------------------------------------------------------------------
// The words

/** Greater or less, said of a pair of figures: "决算数小于预算数", "低于上年". */
const GREATER_THAN = ['大于', '高于', '超过', '超出', '多于'];
const LESS_THAN = ['小于', '低于', '少于'];
/** A change, said after 比/较: "比预算数减少", "比上年有所增加", "比上年少". */
const UP = ['增加', '增长', '上升', '提高', '超支', '多', '高'];
const DOWN = ['减少', '下降', '降低', '节约', '少', '低'];
const EQUAL = ['等于', '持平', '一致', '相等', '相同', '相符', '无变化', '没有变化', '未发生变化', '无增减变化', '无增减'];

function relationOf(word: string): Relation {
  if (GREATER_THAN.includes(word) || UP.includes(word)) return 'greater';
  if (LESS_THAN.includes(word) || DOWN.includes(word)) return 'less';
  return 'equal';
}

/** Longer words first, so that 多于 is read whole and not as 多. */
const alternatives = (words: string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`;
const ORDER_WORD = alternatives([...GREATER_THAN, ...LESS_THAN]);
const CHANGE_WORD = alternatives([...GREATER_THAN, ...LESS_THAN, ...UP, ...DOWN]);
const EQUAL_WORD = alternatives(EQUAL);
/** 基本持平 and 大致持平 allow a small difference: they are not read as exact. */
const HEDGE = '(?<hedge>基本上?|大致|大体|略)?';
/** 有所 and 略有 soften a change, not its direction. */
const SOFTENER = '(?:有所|略有|略|明显|大幅)?';

/** The actual spending as a comparison names it: 决算数, 支出决算, 执行数, 实际支出. */
const ACTUAL = '(?:支出)?(?:决算(?:数|金额|支出数?)?|执行(?:数|金额)|实际支出(?:数)?)';
/** The budget as a comparison names it: 预算数, 年初预算数, 全年预算, 调整后预算. */
const BUDGET = '(?<qualifier>年初|全年|调整后?的?)?预算(?:数|金额|数额)?';
/** Last year as a comparison names it: 上年, 上一年度, 2023年度, 上年同期, 2022年预算执行数. */
const YEAR = '(?:上年同期|上一?年度?|去年|(?<year>(?:19|20)\\d{2})年度?)(?:同期)?(?:(?:预算)?(?:决算|预算|执行)(?:数|金额)?)?';

/** "不低于上年", "未超过预算数": the words take the comparison back. */
const NEGATED = /(?:不|未|没有|并非|非)$/;

interface Pattern {
  base: ComparisonBase;
  regex: RegExp;
  /** The words put the budget (or last year) first: "预算数大于决算数" claims the actual is less. */
  reversed?: boolean;
}

const PATTERNS: Pattern[] = [
  { base: 'budget', regex: new RegExp(`${ACTUAL}(?<word>${ORDER_WORD}|等于)${BUDGET}`, 'g') },
  { base: 'budget', regex: new RegExp(`${BUDGET}(?<word>${ORDER_WORD}|等于)${ACTUAL}`, 'g'), reversed: true },
  { base: 'budget', regex: new RegExp(`${ACTUAL}(?:与|同|和|跟)${BUDGET}${HEDGE}(?<word>${EQUAL_WORD})`, 'g') },
  { base: 'budget', regex: new RegExp(`${BUDGET}(?:与|同|和|跟)${ACTUAL}${HEDGE}(?<word>${EQUAL_WORD})`, 'g') },
  { base: 'budget', regex: new RegExp(`${ACTUAL}(?:比|较)${BUDGET}${SOFTENER}(?<word>${CHANGE_WORD})`, 'g') },
  { base: 'previous-year', regex: new RegExp(`(?:比|较)${YEAR}${SOFTENER}(?<word>${CHANGE_WORD})`, 'g') },
  { base: 'previous-year', regex: new RegExp(`(?:与|同)${YEAR}(?:相比|比较|相较)[，,]?${SOFTENER}(?<word>${CHANGE_WORD})`, 'g') },
  { base: 'previous-year', regex: new RegExp(`(?:与|同|比|较)${YEAR}(?:相比|比较|相较)?[，,]?${HEDGE}(?<word>${EQUAL_WORD})`, 'g') },
  { base: 'previous-year', regex: new RegExp(`同比${SOFTENER}(?<word>${CHANGE_WORD})|同比${HEDGE}(?<word2>${EQUAL_WORD})`, 'g') },
  { base: 'previous-year', regex: new RegExp(`(?<word>${ORDER_WORD})${YEAR}`, 'g') },
];

/** The words of a comparison as found, before its figures are looked for. */
interface Claim {
  start: number;
  end: number;
  words: string;
  base: ComparisonBase;
  relation: Relation;
  /** 年初, 全年, 调整后: which budget the words name ('' for any). */
  qualifier: string;
  /** The year the words compare with (2023 in 比2023年度), when they name one. */
  year?: number;
}

function claimsIn(text: string): Claim[] {
  const found: Claim[] = [];
  for (const { base, regex, reversed } of PATTERNS) {
    for (const m of text.matchAll(regex)) {
      const groups = m.groups ?? {};
      if (groups.hedge || NEGATED.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
      // "决算数大于预算数的项目有3个" counts items; "…的主要原因" explains the pair before it.
      if (/^的(?!主要原因|原因)/.test(text.slice(m.index + m[0].length))) continue;
      const relation = relationOf(groups.word ?? groups.word2 ?? '');
      const start = m.index;
      const end = start + m[0].length;
      // Words two patterns both read count once: the first pattern keeps them.
      if (found.some((c) => c.start < end && start < c.end)) continue;
      found.push({
        start,
        end,
        words: m[0],
        base,
        relation: reversed ? flip(relation) : relation,
        qualifier: normalQualifier(groups.qualifier),
        year: groups.year ? Number(groups.year) : undefined,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function flip(relation: Relation): Relation {
  return relation === 'greater' ? 'less' : relation === 'less' ? 'greater' : 'equal';
}

/** 调整后的, 调整后 and 调整 name the same budget. */
function normalQualifier(words: string | undefined): string {
  return words ? words.replace(/后?的?$/, '') : '';
}

// ---------------------------------------------------------------------------------------
// The figures

/** Every comparison of the document whose two figures the report states. */
export function extractComparisons(facts: Facts): Comparison[] {
  return facts.structure.units.flatMap(({ unit }) => comparisonsIn(facts, unit));
}

function comparisonsIn(facts: Facts, unit: TextUnit): Comparison[] {
  const text = unit.text;
  const claims = claimsIn(text);
  if (claims.length === 0) return [];
  const money = facts.figuresOf(unit).filter((f) => isMoney(f) && !isInexact(f));
  if (money.length < 2) return [];
  const found: Comparison[] = [];
  claims.forEach((claim, i) => {
    // A comparison in the list of reasons that follows another ("原因：…决算数小于预算数") is about something else.
    const sentence = sentenceAround(text, claim.start);
    if (/原因/.test(text.slice(sentence.start, claim.start))) return;
    // The figures of a comparison come after the previous comparison of the same kind.
    const previous = claims.slice(0, i).filter((c) => c.base === claim.base).pop();
    const from = previous?.end ?? 0;
    const pair = claim.base === 'budget' ? budgetPair(text, claim, money, from) : yearPair(text, claim, money, Math.max(from, sentence.start), facts.reportYear);
    if (!pair) return;
    found.push({ source: unit, start: claim.start, end: claim.end, words: claim.words, base: claim.base, relation: claim.relation, ...pair });
  });
  return found;
}

type Pair = Pick<Comparison, 'subject' | 'reference'>;

// Budget against actual -----------------------------------------------------------------

/** Role words at the end of the phrase before an amount. 一般公共预算 names a kind of budget, not a budget figure. */
const BUDGET_ROLE = /(?<qualifier>年初|全年|调整后?的?)?(?<!公共|基金|经营|保险基金)预算(?:数|金额|数额|总额|资金|安排)?(?:为|是|共)?$/;
const ACTUAL_ROLE = /(?:支出)?(?:决算(?:数|金额)?|决算支出(?:数)?|执行(?:数|金额)|实际支出(?:数)?)(?:为|是|共)?$/;

interface Role {
  figure: Figure;
  role: 'budget' | 'actual';
  term: string;
  qualifier: string;
}

function roleOf(f: Figure): Role | undefined {
  const phrase = phraseBefore(f);
  const budget = BUDGET_ROLE.exec(phrase);
  if (budget) return { figure: f, role: 'budget', term: budget[0], qualifier: normalQualifier(budget.groups?.qualifier) };
  const actual = roleWord(f, ACTUAL_ROLE, phrase);
  return actual ? { figure: f, role: 'actual', term: actual.word, qualifier: '' } : undefined;
}

interface RolePair {
  budget: Role;
  actual: Role;
}

/**
 * The budget and actual the words compare: pairs are a budget and the actual right next to it
 * in its sentence ("年初预算为A，支出决算为B", "决算数B，预算数A"), after the previous
 * comparison. Words with a subject of their own ("“三公”经费支出决算数小于预算数") take the pair
 * that subject names; words without one take the last pair, unless other budgets or actuals
 * (sub-items) stand between that pair and the words. The budget the words name (年初, 全年)
 * must be the pair's, and another budget of a different amount with no actual of its own in
 * the pair's sentence leaves the choice open.
 */
function budgetPair(text: string, claim: Claim, money: Figure[], from: number): Pair | undefined {
  const roles = money.filter((f) => f.start >= from && f.end <= claim.start).flatMap((f) => roleOf(f) ?? []);
  const pairs = pairsOf(text, roles).filter((p) => compatible(claim.qualifier, p.budget.qualifier));
  const subject = subjectBefore(text, claim.start);
  let chosen: RolePair | undefined;
  if (subject) {
    const named = pairs.filter((p) => names(subject, phraseBefore(p.budget.figure) + phraseBefore(p.actual.figure)));
    const amounts = new Set(named.map((p) => `${inBase(p.budget.figure)}/${inBase(p.actual.figure)}`));
    chosen = amounts.size === 1 ? named[named.length - 1] : undefined;
  } else {
    const last = pairs[pairs.length - 1];
    const end = last ? Math.max(last.budget.figure.end, last.actual.figure.end) : 0;
    chosen = last && !roles.some((r) => r.figure.start >= end) ? last : undefined;
  }
  if (!chosen || otherBudget(text, chosen, roles, pairs, claim.qualifier)) return undefined;
  return { subject: compared(chosen.actual), reference: compared(chosen.budget) };
}

function pairsOf(text: string, roles: Role[]): RolePair[] {
  const pairs: RolePair[] = [];
  roles.forEach((r, i) => {
    if (r.role !== 'budget') return;
    const next = roles[i + 1];
    const before = roles[i - 1];
    const adjacent = (other: Role | undefined): other is Role => other?.role === 'actual' && sameSentence(text, r.figure, other.figure);
    // The actual after the budget first ("预算为A，决算为B"); the one before it when not taken ("决算数B，预算数A").
    if (adjacent(next)) pairs.push({ budget: r, actual: next });
    else if (adjacent(before) && !pairs.some((p) => p.actual === before)) pairs.push({ budget: r, actual: before });
  });
  return pairs;
}

/** A comparison with 年初预算 is not about 全年预算; one with just 预算 may be about either. */
function compatible(claimed: string, stated: string): boolean {
  return claimed === '' || stated === '' || claimed === stated;
}

/**
 * Another budget the words could mean, of a different amount and with no actual of its own, in
 * the pair's sentence: the 年初预算 in "年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元".
 */
function otherBudget(text: string, pair: RolePair, roles: Role[], pairs: RolePair[], qualifier: string): boolean {
  return roles.some(
    (r) =>
      r.role === 'budget' &&
      !pairs.some((p) => p.budget === r) &&
      sameSentence(text, r.figure, pair.budget.figure) &&
      compatible(qualifier, r.qualifier) &&
      !inBase(r.figure).eq(inBase(pair.budget.figure)),
  );
}

function sameSentence(text: string, a: Span, b: Span): boolean {
  return sentenceAround(text, a.start).start === sentenceAround(text, b.start).start;
}

// This year against last year -----------------------------------------------------------

const PREVIOUS_WORDS = /(?<![比较与同])(?:上年|上一年|去年)/;
const CURRENT_WORDS = /本年|今年|当年/;
/** 上年结转、上年末: an amount carried over from last year, not last year's figure. */
const NOT_A_YEAR_FIGURE = /结转|结余|年末|年初|年底/;
const ANY_YEAR = /(?:19|20)\d{2}(?=年)/g;
/** Words of a change before a figure: the amount of a change, not a year's figure. */
const CHANGE_BEFORE = /增加|减少|增长|下降|上升|降低|提高/;

/**
 * This year's and last year's figure: the two amounts of the words' sentence before them
 * (after the previous comparison), one named as last year's (上年, 2023年度), the other not
 * named as another year's. Any other amount there leaves the choice open.
 */
function yearPair(text: string, claim: Claim, money: Figure[], from: number, reportYear: number | undefined): Pair | undefined {
  const amounts = money.filter((f) => f.start >= from && f.end <= claim.start && !CHANGE_BEFORE.test(phraseBefore(f)));
  if (amounts.length !== 2) return undefined;
  const [earlier, later] = amounts as [Figure, Figure];
  const lastYear = claim.year ?? (reportYear === undefined ? namedLastYear(earlier, later) : reportYear - 1);
  const last = [earlier, later].filter((f) => isLastYears(f, lastYear));
  if (last.length !== 1) return undefined;
  const before = last[0]!;
  const current = before === earlier ? later : earlier;
  if (!isThisYears(current, lastYear)) return undefined;
  const subject = subjectBefore(text, claim.start);
  if (subject && !names(subject, phraseBefore(current) + phraseBefore(before))) return undefined;
  return { subject: { figure: current, term: yearTerm(current, '本年') }, reference: { figure: before, term: yearTerm(before, '上年') } };
}

/** Without a report year: the earlier of two consecutive years the two phrases name ("2024年度…，2023年度为…"). */
function namedLastYear(a: Figure, b: Figure): number | undefined {
  const years = [a, b].map((f) => [...phraseBefore(f).matchAll(ANY_YEAR)].map((m) => Number(m[0])));
  const [ya, yb] = years.map((ys) => (ys.length === 1 ? ys[0] : undefined));
  return ya !== undefined && yb !== undefined && Math.abs(ya - yb) === 1 ? Math.min(ya, yb) : undefined;
}

function isLastYears(f: Figure, year: number | undefined): boolean {
  const phrase = phraseBefore(f);
  if (NOT_A_YEAR_FIGURE.test(phrase)) return false;
  return PREVIOUS_WORDS.test(phrase) || (year !== undefined && new RegExp(`(?<![比较与同])${year}年`).test(phrase));
}

/** Not named as last year's, nor as a year other than the one after it. */
function isThisYears(f: Figure, lastYear: number | undefined): boolean {
  const phrase = phraseBefore(f);
  if (NOT_A_YEAR_FIGURE.test(phrase) && !CURRENT_WORDS.test(phrase)) return false;
  const years = [...phrase.matchAll(ANY_YEAR)].map((m) => Number(m[0]));
  return years.every((y) => lastYear !== undefined && y === lastYear + 1);
}

/** "2023年度" or "上年" as the phrase names the year, else the plain word. */
function yearTerm(f: Figure, plain: string): string {
  const named = /(?:19|20)\d{2}年度?|上一?年度?|去年|本年度?|今年|当年/.exec(phraseBefore(f));
  return named?.[0] ?? plain;
}

// Subjects ------------------------------------------------------------------------------

/** Clause breaks for a subject: brackets stay inside it ("因公出国（境）费"). */
const SUBJECT_BREAK = /[，,；;：:。！？!?\n]/;
/** Words that say nothing about what is compared. */
const FILLER = /(?:19|20)\d{2}年度?|本年度?|上年度?|今年|全年|其中|各项|均|的|[\s“”"‘’、]/g;
const MIN_COMMON = 2;
const MIN_COVERAGE = 0.6;

/** The words before a comparison in its clause that say what is compared: "“三公”经费支出". */
function subjectBefore(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && !SUBJECT_BREAK.test(text[start - 1]!)) start--;
  const words = text.slice(start, offset).replace(FILLER, '');
  return words.length >= MIN_COMMON ? words : '';
}

/** The words naming a figure share most of the subject: "三公经费支出" in "“三公”经费财政拨款支出年初预算为". */
function names(subject: string, words: string): boolean {
  const needed = Math.max(MIN_COMMON, Math.ceil(subject.length * MIN_COVERAGE));
  return longestCommonRun(subject, words.replace(FILLER, '')) >= needed;
}

function compared(role: Role): ComparedFigure {
  return { figure: role.figure, term: role.term.replace(/(?:为|是|共)$/, '') };
}
