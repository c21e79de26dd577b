/**
 * Funding gaps: "需资金30万元，本次安排12万元，缺口18万元" — need − available = gap. The three
 * figures come from one sentence (or one short paragraph or cell). A gap stated with its need
 * but not what is available ("需40.96万元，缺口21.16万元") borrows the available amount from
 * another gap statement of the same project about the very same need ("使用40.96万元，本次使用
 * 市财政资金13.8万元，不足部分由工会经费配").
 */
import { inBase, type Figure, type TextUnit } from '../figure.js';
import type { Facts } from '../facts.js';
import type { Project } from '../../structure/types.js';
import { sentencesOf } from '../text-spans.js';
import { figuresIn, isInexact, isMoney, roleWord, type Span } from './phrases.js';

export interface FundingGap {
  need: Figure;
  available: Figure;
  gap: Figure;
  /** true when `available` comes from another statement of the project about the same need. */
  linked: boolean;
}

/** A sentence that speaks of a shortfall, with the figures it names. */
interface GapSentence {
  need?: Figure;
  available?: Figure;
  gap?: Figure;
  project?: Project;
}

const GAP_MARKER = /缺口|不足部分|不足资金|资金不足|尚缺|差额|短缺/;
const GAP = /(?:缺口|不足部分|不足资金|尚缺|差额|短缺)(?:资金|部分)?(?:达|为|是|共)?$/;
const NEED = /(?:(?:需|需要|共需|总需|所需|需求)(?:资金|经费)?(?:为|达|共)?|(?:共计|总计|合计)(?:为|达)?)$/;
const AVAILABLE = /(?:安排|使用|拨付|到位|落实|下达|批复|补助|争取|已有|筹集)[^，。；、\d]{0,10}?(?:资金|经费)?(?:为|达|共)?$/;
/** "本次使用市财政资金13.8万元" after "使用40.96万元": a part of the amount just named. */
const PORTION = /本次|其中|财政/;
/** A paragraph or cell this short is read as one statement even across sentences. */
const SHORT_UNIT = 120;

/** Every gap whose need, available amount and gap the report states. */
export function extractFundingGaps(facts: Facts): FundingGap[] {
  const sentences = facts.structure.units.flatMap(({ unit, scope }) =>
    gapSpans(unit).map((span) => ({ ...readRoles(figuresIn(facts.figuresOf(unit), span)), project: scope.project })),
  );
  const gaps: FundingGap[] = [];
  for (const s of sentences) {
    if (!s.need || !s.gap) continue;
    if (s.available) gaps.push({ need: s.need, available: s.available, gap: s.gap, linked: false });
    else {
      const available = availableElsewhere(s, sentences);
      if (available) gaps.push({ need: s.need, available, gap: s.gap, linked: true });
    }
  }
  return gaps;
}

/** The sentences that speak of a shortfall; a short unit is one span. */
function gapSpans(unit: TextUnit): Span[] {
  if (!GAP_MARKER.test(unit.text)) return [];
  if (unit.text.length <= SHORT_UNIT) return [{ start: 0, end: unit.text.length }];
  return sentencesOf(unit.text).filter((s) => GAP_MARKER.test(unit.text.slice(s.start, s.end)));
}

function readRoles(figures: Figure[]): Omit<GapSentence, 'project'> {
  const money = figures.filter((f) => isMoney(f) && !isInexact(f));
  const gaps = money.filter((f) => roleWord(f, GAP));
  if (gaps.length > 1) return {};
  const gap = gaps[0];
  const needs = money.filter((f) => f !== gap && roleWord(f, NEED) && (!gap || f.end <= gap.start));
  const availables = money.filter((f) => f !== gap && !needs.includes(f) && roleWord(f, AVAILABLE));
  if (needs.length === 0) return { gap, ...totalThenPortion(availables) };
  const need = needs[needs.length - 1];
  return { gap, need, available: availables[availables.length - 1] };
}

/**
 * "使用40.96万元，本次使用市财政资金13.8万元，不足部分…": with no figure named as the need,
 * a larger amount followed by "本次/其中/财政 …" part of it is the need and the part is what
 * is available.
 */
function totalThenPortion(availables: Figure[]): { need?: Figure; available?: Figure } {
  if (availables.length !== 2) return {};
  const [total, portion] = availables as [Figure, Figure];
  const words = roleWord(portion, AVAILABLE)?.word ?? '';
  const isPortion = PORTION.test(words) || PORTION.test(portion.source.text.slice(Math.max(0, portion.start - 12), portion.start));
  return isPortion && inBase(total).gt(inBase(portion)) ? { need: total, available: portion } : {};
}

/**
 * The available amount another statement of the same project gives for the very same need
 * (same amount), when every such statement agrees on it.
 */
function availableElsewhere(open: GapSentence, sentences: GapSentence[]): Figure | undefined {
  if (!open.project || !open.need) return undefined;
  const need = inBase(open.need);
  const partners = sentences.filter(
    (s) => s !== open && s.project === open.project && s.available && !s.gap && s.need && inBase(s.need).eq(need),
  );
  const first = partners[0]?.available;
  return first && partners.every((s) => inBase(s.available!).eq(inBase(first))) ? first : undefined;
}
