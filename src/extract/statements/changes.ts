/**
 * Year-on-year changes: "与2023年度相比，收、支总计各增加32.71万元，增长2.56%", "比上年减少…",
 * "上年决算数为4.80万元，本年5.20万元，增长8.33%", "与2023年度决算数持平". Each change is tied
 * to the figure it ends at (this year's total the sentence talks about) and, when stated,
 * to last year's figure.
 */
import type { Facts } from '../facts.js';
import { inBase, type Figure, type TextUnit } from '../figure.js';
import { sentencesOf } from '../text-spans.js';
import { figuresIn, isInexact, isMoney, isPercentage, longestCommonRun, phraseBefore, phraseStart, roleWord, type Span } from './phrases.js';

export type Direction = 'up' | 'down' | 'flat';

export interface Change {
  source: TextUnit;
  /** Offsets of the change as written: from the direction word to its last figure. */
  start: number;
  end: number;
  direction: Direction;
  /** The stated amount of the change: 增加A. */
  amount?: Figure;
  /** The stated rate of the change: 增长r%. */
  rate?: Figure;
  /** The figure the change ends at: this year's total the sentence talks about. */
  current?: Figure;
  /** Last year's figure, when the report states it (上年决算数为X). */
  previous?: Figure;
  /** What changed, as the sentence names it ("收、支总计"); empty when it does not. */
  subject: string;
}

const UP_WORDS = ['增加', '增长率', '增长', '上升', '提高', '增幅', '增速'];
const DOWN_WORDS = ['减少', '下降率', '下降', '降低', '降幅', '减幅'];
/** The direction word right before a change's figure: "各增加", "增长了", "下降幅度为". */
const CHANGE_WORD = new RegExp(`(${[...UP_WORDS, ...DOWN_WORDS].join('|')})了?(?:幅度)?(?:为|达|达到|是)?$`);
const ANY_CHANGE_WORD = new RegExp([...UP_WORDS, ...DOWN_WORDS].join('|'));
/** What a change is measured against: last year, a named year, or the year's opening budget. */
const BASE = '(?:上年度?|上一年度?|去年|上年同期|(?:19|20)\\d{2}年度?|年初预算数?)';
const COMPARISON = new RegExp(`(?:与|同)${BASE}[^，。；,;]{0,10}?(?:相比|相较|比较)|(?:比|较)${BASE}(?:同期)?(?:决算数?|预算数?)?|同比`, 'g');
/** "与2023年度决算数持平": a comparison without 相比. */
const FLAT_COMPARISON = new RegExp(`(?:与|同|比|较)${BASE}|同比|相比`);
const FLAT_BASE = new RegExp(`(?:与|同)${BASE}[^，。；,;]{0,10}$`);
/** No change. 基本持平 and 略有变化 allow a small one, so they are not read as exact. */
const FLAT = /(?<!基本|大致|大体|略)(?:持平|无变化|没有变化|未发生变化|无增减变化|无增减)/g;
const PREVIOUS_WORDS = /(?<![比较与同])(?:上年|上一年|去年)/;
const CURRENT_WORDS = /本年|今年|当年/;
/** Words that say nothing about what changed, dropped before subjects are compared. */
const FILLER = /(?:19|20)\d{2}年度?|本年度?|上年度?|今年|全年|同比|各|均为|均|分别为|分别|为|是|达到|达|的|[\s“”"‘’、，,：:]/g;
/** "各", "均" between a subject and its change word: "收、支总计各增加". */
const SUBJECT_TAIL = /(?:各|均|分别|也|都|共)+$/;
/** 总计, 合计 and 共计 name the same thing. */
const TOTAL_WORD = /总计|共计/g;
/** A name matches when it shares at least 2 characters and most of the subject: "人员经费支出" is not "项目支出". */
const MIN_COMMON = 2;
const MIN_COVERAGE = 0.6;

/** Every change statement of the document. */
export function extractChanges(facts: Facts): Change[] {
  return facts.structure.units.flatMap(({ unit }) => changesIn(facts, unit));
}

interface Group {
  direction: Direction;
  start: number;
  end: number;
  amount?: Figure;
  rate?: Figure;
}

function changesIn(facts: Facts, unit: TextUnit): Change[] {
  const figures = facts.figuresOf(unit);
  if (figures.length === 0) return [];
  const sentences = sentencesOf(unit.text);
  return sentences.flatMap((sentence, i) => {
    const text = unit.text.slice(sentence.start, sentence.end);
    const inSentence = figuresIn(figures, sentence);
    const changes = changeGroups(inSentence);
    const groups = [...changes, ...flatGroups(unit.text, sentence, changes)];
    if (groups.length === 0) return [];
    const comparison = [...text.matchAll(COMPARISON)];
    const years = comparedYears(comparison, facts.reportYear);
    const grouped = new Set(groups.flatMap((g) => [g.amount, g.rate]).filter((f): f is Figure => !!f));
    const plain = inSentence.filter((f) => isMoney(f) && !isInexact(f) && !grouped.has(f));
    const previous = plain.filter((f) => isPreviousYear(f, years.previous));
    const candidates = plain.filter((f) => !previous.includes(f));
    const before = figuresIn(figures, sentences[i - 1] ?? { start: 0, end: 0 }).filter(
      (f) => isMoney(f) && !isInexact(f) && !ANY_CHANGE_WORD.test(phraseBefore(f)) && !isPreviousYear(f, years.previous),
    );
    return groups.flatMap((group): Change[] => {
      const last = nearestBefore(previous, group.end) ?? previous[0];
      const isChange = comparison.length > 0 || (group.amount && group.rate) || last || group.direction === 'flat';
      if (!isChange) return [];
      const subject = subjectOf(unit.text, group.start);
      const current =
        (last && candidates.find((f) => isCurrentYear(f, years.current))) ??
        pickCurrent(subject, candidates.filter((f) => f.end <= group.start), before);
      return [{ source: unit, start: group.start, end: group.end, direction: group.direction, amount: group.amount, rate: group.rate, current, previous: last, subject }];
    });
  });
}

/**
 * Amounts and rates that follow a direction word. An amount and a rate stated one right
 * after the other, the same way ("增加32.71万元，增长2.56%", "增长2.56%，增加32.71万元"), are
 * one change.
 */
function changeGroups(figures: Figure[]): Group[] {
  const groups: Group[] = [];
  let open: Group | undefined;
  for (const f of figures) {
    const role = isMoney(f) ? 'amount' : isPercentage(f) ? 'rate' : undefined;
    // Only amounts and rates change: the words before other figures need not be read.
    const word = role ? roleWord(f, CHANGE_WORD) : undefined;
    if (!word || !role || isInexact(f) || f.value.isNegative()) {
      open = undefined;
      continue;
    }
    const direction = DOWN_WORDS.some((w) => word.word.startsWith(w)) ? 'down' : 'up';
    if (open && !open[role] && open.direction === direction) {
      Object.assign(open, { [role]: f, end: f.end });
      open = undefined;
    } else {
      open = { direction, start: word.start, end: f.end, [role]: f };
      groups.push(open);
    }
  }
  return groups;
}

/**
 * "与2023年度决算数持平", "与上年相比无变化". A change stated right after it with no subject of
 * its own ("与上年持平，增加0.50万元") is about the same thing, so it goes with it.
 */
function flatGroups(text: string, sentence: Span, changes: Group[]): Group[] {
  const inSentence = text.slice(sentence.start, sentence.end);
  if (!FLAT_COMPARISON.test(inSentence)) return [];
  return [...inSentence.matchAll(FLAT)].map((m) => {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const following = changes.find((g) => g.start >= end);
    const next = following && subjectOf(text, following.start) === '' ? following : undefined;
    return { direction: 'flat' as const, start, end, amount: next?.amount, rate: next?.rate };
  });
}

/** The year compared against (the one named in 与2023年度相比, else the year before the report's) and the year after it. */
function comparedYears(comparison: RegExpMatchArray[], reportYear: number | undefined): { previous?: number; current?: number } {
  const named = comparison.map((m) => /(?:19|20)\d{2}/.exec(m[0])?.[0]).find(Boolean);
  const previous = named ? Number(named) : reportYear === undefined ? undefined : reportYear - 1;
  return { previous, current: previous === undefined ? undefined : previous + 1 };
}

/** "上年决算数为4.80万元", "2023年度决算数为…" — not "比上年增加…". */
function isPreviousYear(f: Figure, year: number | undefined): boolean {
  const phrase = phraseBefore(f);
  if (ANY_CHANGE_WORD.test(phrase)) return false;
  return PREVIOUS_WORDS.test(phrase) || (year !== undefined && new RegExp(`(?<![比较与同])${year}年`).test(phrase));
}

function isCurrentYear(f: Figure, year: number | undefined): boolean {
  const phrase = phraseBefore(f);
  return CURRENT_WORDS.test(phrase) || (year !== undefined && phrase.includes(`${year}年`));
}

function nearestBefore(figures: Figure[], offset: number): Figure | undefined {
  return figures.filter((f) => f.end <= offset).pop();
}

/** "收、支总计" in "与2023年度相比，收、支总计各增加…": the phrase before the direction word, without the comparison. */
function subjectOf(text: string, wordStart: number): string {
  const phrase = text.slice(phraseStart(text, wordStart), wordStart);
  return phrase.replace(COMPARISON, '').replace(FLAT_BASE, '').replace(SUBJECT_TAIL, '').trim();
}

/**
 * The figure a change ends at. With a subject, the figure whose phrase shares the longest
 * run of words with it (in the same sentence, else in the sentence before); without one,
 * the nearest figure before the change in its sentence, or the only one of the sentence
 * before. Nothing when the choice is open: a wrong base would give a wrong finding.
 */
function pickCurrent(subject: string, sameSentence: Figure[], sentenceBefore: Figure[]): Figure | undefined {
  const key = normalized(subject);
  if (key.length >= MIN_COMMON) return bestMatch(key, sameSentence) ?? bestMatch(key, sentenceBefore);
  return sameSentence[sameSentence.length - 1] ?? (sentenceBefore.length === 1 ? sentenceBefore[0] : undefined);
}

function bestMatch(key: string, figures: Figure[]): Figure | undefined {
  let best: Figure[] = [];
  let bestScore = Math.max(MIN_COMMON, Math.ceil(key.length * MIN_COVERAGE)) - 1;
  for (const f of figures) {
    const score = longestCommonRun(key, normalized(phraseBefore(f)));
    if (score > bestScore) [best, bestScore] = [[f], score];
    else if (score === bestScore) best.push(f);
  }
  const first = best[0];
  return first && best.every((f) => inBase(f).eq(inBase(first))) ? first : undefined;
}

function normalized(words: string): string {
  return words.replace(COMPARISON, '').replace(FILLER, '').replace(TOTAL_WORD, '合计');
}
