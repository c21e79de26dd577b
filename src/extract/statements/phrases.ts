/**
 * Helpers the change, execution and gap statements share: the words right before a figure,
 * which say what role it plays ("执行数为", "缺口", "增加"), and the figures of a span.
 */
import type { Figure } from '../figure.js';
import { codeUnits } from '../text-spans.js';

export interface Span {
  start: number;
  end: number;
}

/**
 * Punctuation that ends the phrase naming a figure. The enumeration comma 、 does not:
 * "收、支总计" names one thing.
 */
const PHRASE_BREAK = codeUnits('，,；;：:。！？!?\n（(）)');

/** Start of the phrase that ends at `offset`: after the nearest comma, colon, bracket … */
export function phraseStart(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && !PHRASE_BREAK.has(text.charCodeAt(start - 1))) start--;
  return start;
}

/** The words between the start of a figure's phrase and the figure: "执行数为" in "，执行数为10元". */
export function phraseBefore(f: Figure): string {
  const text = f.source.text;
  return text.slice(phraseStart(text, f.start), f.start);
}

/** The figures that lie inside a span. */
export function figuresIn(figures: Figure[], span: Span): Figure[] {
  return figures.filter((f) => f.start >= span.start && f.end <= span.end);
}

/** Money: 元, 万元, 亿元 (an amount, not a standard per person). */
export function isMoney(f: Figure): boolean {
  return f.kind === 'amount';
}

/** A percentage (增长2.56%, 完成预算的100%), not 个百分点. */
export function isPercentage(f: Figure): boolean {
  return f.unit === '%' && (f.kind === 'rate' || f.kind === 'share');
}

const APPROXIMATE_BEFORE = /(?:约|大约|约为|近|将近|接近|逾|超|超过|多达|预计)$/;
const APPROXIMATE_AFTER = /^(?:左右|上下|余|多)/;

/**
 * A figure that does not claim an exact value: "约25万元", "20万元左右", "≥95%",
 * "5000-25000元". Such figures never enter an arithmetic check.
 */
export function isInexact(f: Figure): boolean {
  if (f.comparator || f.range) return true;
  const text = f.source.text;
  return APPROXIMATE_BEFORE.test(text.slice(Math.max(0, f.start - 3), f.start)) || APPROXIMATE_AFTER.test(text.slice(f.end, f.end + 2));
}

/**
 * The match of a role pattern anchored at the end of a figure's phrase, with its offset in the
 * text. A caller trying several patterns on one figure passes the phrase it read once.
 */
export function roleWord(f: Figure, pattern: RegExp, phrase = phraseBefore(f)): { word: string; start: number } | undefined {
  const m = pattern.exec(phrase);
  if (!m) return undefined;
  return { word: m[0], start: f.start - phrase.length + m.index };
}

/** Length of the longest run of characters two strings share: how closely two names match. */
export function longestCommonRun(a: string, b: string): number {
  let best = 0;
  let row = new Int32Array(b.length + 1);
  let next = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const unit = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      next[j] = unit === b.charCodeAt(j - 1) ? row[j - 1]! + 1 : 0;
      best = Math.max(best, next[j]!);
    }
    const done = next;
    next = row;
    row = done;
  }
  return best;
}
