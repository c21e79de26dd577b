/**
 * Numbers that are written wrongly: a full stop for a decimal point ("40。96万元"), thousands
 * separators not in groups of three ("1,2345"), full-width and ASCII digits mixed ("1２3"),
 * two decimal points ("1309.54.2"), a space inside a number ("12 345元"). Each is a finding
 * of its own (DESIGN, "Numbers"), and `extractFigures` reads no figure from its span, so a
 * typo is never silently misread as another value.
 */
import type { TextUnit } from './figure.js';
import type { Localized } from '../lint/types.js';
import { normalizeDigits } from './numbers.js';

export interface MalformedNumber {
  /** Offsets in `unit.text`; the span includes a unit that follows the number. */
  start: number;
  end: number;
  raw: string;
  /** The probable intended form, when there is one ("40.96万元"). */
  suggestion?: string;
  reason: Localized;
}

/** Units that make "digits。digits" read as one amount rather than two sentences. */
const AMOUNT_OR_PERCENT = '(?:亿元|百万元|万元|千元|元|%)';
/**
 * A unit that may follow a malformed number and belongs to its span. A space only before
 * money and percentages, and no 项/年, so "3.1.2 项目概况" keeps its heading number.
 */
const FOLLOWING_UNIT = /(?:[ \t]?(?:亿元|百万元|万元|千元|元|%)|人次|人|名|个|户|家|次|辆|台|套|天)/y;

/** "40。96万元": a sentence full stop between digits, followed by an amount or percentage. */
const FULL_STOP_IN_NUMBER = new RegExp(`(?<![\\d.,])(\\d{1,12})。(\\d{1,4})(?=[ \\t]?${AMOUNT_OR_PERCENT})`, 'g');
/** Digits joined by "," (a full-width "，" counts only between full-width digits, see normalizeDigits). */
const COMMA_GROUPED = /(?<![\d.,])\d+(?:,\d+)+(?:\.\d+)?(?![\d.])/g;
const WELL_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/** Four-digit years listed with commas ("2022,2023") are a list, not a malformed number. */
const YEAR_LIST = /^(?:19|20)\d\d(?:,(?:19|20)\d\d)+$/;
/** Two or more dots between digit groups. */
const MULTI_DOT = /(?<![\d.,A-Za-z])\d+(?:\.\d+){2,}(?![\d])/g;
/** Dotted dates ("2024.1.12") and short section or version numbers ("3.1.2") are not malformed. */
const DOTTED_DATE = /^(?:19|20)\d\d\.(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01])$/;
const VERSION_LIKE = /^\d{1,2}(?:\.\d{1,2})+$/;
/** "12 345元": groups of three after a space, directly followed by an amount unit. */
const SPACED_GROUPS = new RegExp(
  `(?<![\\dA-Za-z.,表图件第])(\\d{1,3})((?:[ \\u00a0\\u2009\\u202f\\u3000]\\d{3})+)(?=${AMOUNT_OR_PERCENT})`,
  'g',
);
/** A run of digits in either width, with the separators that may join them. */
const DIGIT_RUN = /[0-9０-９]+(?:[,，.．][0-9０-９]+)*/g;
const HAS_ASCII_DIGIT = /[0-9]/;
const HAS_FULL_WIDTH_DIGIT = /[０-９]/;
const ANY_DIGIT = /[0-9０-９]/;
/**
 * What each kind of mistake needs at least, tested before its pattern: the patterns look
 * behind at every position, and most texts hold none of these (ANY_MISTAKE tests them all
 * in one pass).
 */
const MAY_HAVE = {
  fullStop: /\d。\d/,
  comma: /\d,\d/,
  dots: /\d\.\d+\.\d/,
  space: /\d[ \u00a0\u2009\u202f\u3000]\d{3}/,
};
const ANY_MISTAKE = /\d(?:[。,]\d|\.\d+\.\d|[ \u00a0\u2009\u202f\u3000]\d{3})/;

/** End of the unit that follows `end` in `text`, or `end` itself. */
function unitEnd(text: string, end: number): number {
  FOLLOWING_UNIT.lastIndex = end;
  return FOLLOWING_UNIT.exec(text) ? FOLLOWING_UNIT.lastIndex : end;
}

type Finding = Omit<MalformedNumber, 'raw'>;

function fullStops(text: string, out: Finding[]): void {
  for (const m of text.matchAll(FULL_STOP_IN_NUMBER)) {
    const start = m.index;
    const end = unitEnd(text, start + m[0].length);
    const suggestion = `${m[1]}.${m[2]}${text.slice(start + m[0].length, end).trim()}`;
    out.push({
      start,
      end,
      suggestion,
      reason: {
        zh: `数字中间出现句号“。”，疑似小数点误写，应为“${suggestion}”`,
        en: `A full stop "。" inside a number, probably a mistyped decimal point: "${suggestion}"`,
      },
    });
  }
}

/**
 * Separators not in groups of three. Short groups without decimals or a unit ("1,2,3") are
 * read as a list and left alone.
 */
function badGrouping(text: string, out: Finding[]): void {
  for (const m of text.matchAll(COMMA_GROUPED)) {
    const token = m[0];
    if (WELL_GROUPED.test(token) || YEAR_LIST.test(token)) continue;
    const start = m.index;
    const end = unitEnd(text, start + token.length);
    const [integer = ''] = token.split('.');
    const groups = integer.split(',');
    const looksLikeOneNumber = token.includes('.') || end > start + token.length || groups.some((g) => g.length > 3);
    if (!looksLikeOneNumber) continue;
    const suggestion = token.replace(/,/g, '') + text.slice(start + token.length, end).trim();
    out.push({
      start,
      end,
      suggestion,
      reason: {
        zh: `千分位分隔符“,”未按每三位一组，疑似应为“${suggestion}”`,
        en: `Thousands separators not in groups of three; probably "${suggestion}"`,
      },
    });
  }
}

function twoDecimalPoints(text: string, out: Finding[]): void {
  for (const m of text.matchAll(MULTI_DOT)) {
    const token = m[0];
    const start = m.index;
    const end = unitEnd(text, start + token.length);
    const hasUnit = end > start + token.length;
    if (DOTTED_DATE.test(token) || (!hasUnit && VERSION_LIKE.test(token))) continue;
    out.push({
      start,
      end,
      reason: {
        zh: `数字“${token}”含有多个小数点，无法确定数值`,
        en: `The number "${token}" has more than one decimal point; its value cannot be told`,
      },
    });
  }
}

function spacedGroups(text: string, out: Finding[]): void {
  for (const m of text.matchAll(SPACED_GROUPS)) {
    const start = m.index;
    const end = unitEnd(text, start + m[0].length);
    const suggestion = `${m[1]}${m[2]!.replace(/\s/g, '')}${text.slice(start + m[0].length, end).trim()}`;
    out.push({
      start,
      end,
      suggestion,
      reason: {
        zh: `数字中间有空格，疑似应为“${suggestion}”`,
        en: `A space inside a number; probably "${suggestion}"`,
      },
    });
  }
}

/** Runs of digits that mix full-width and ASCII digits (checked on the original text). */
function mixedWidths(original: string, normalized: string, out: Finding[]): void {
  for (const m of original.matchAll(DIGIT_RUN)) {
    const token = m[0];
    if (!HAS_ASCII_DIGIT.test(token) || !HAS_FULL_WIDTH_DIGIT.test(token)) continue;
    const start = m.index;
    const end = unitEnd(normalized, start + token.length);
    const suggestion = normalized.slice(start, end).replace(/\s/g, '');
    out.push({
      start,
      end,
      suggestion,
      reason: {
        zh: `数字混用全角和半角字符，应统一为“${suggestion}”`,
        en: `A number mixes full-width and ASCII digits; write it as "${suggestion}"`,
      },
    });
  }
}

/**
 * Malformed numbers of a text, in order and without overlaps (the first finding at a place
 * wins). `normalized` is `normalizeDigits(original)`; figure extraction passes the one it
 * already has.
 */
export function findMalformedIn(original: string, normalized: string = normalizeDigits(original)): MalformedNumber[] {
  if (!ANY_DIGIT.test(original)) return [];
  const found: Finding[] = [];
  if (HAS_FULL_WIDTH_DIGIT.test(original)) mixedWidths(original, normalized, found);
  if (ANY_MISTAKE.test(normalized)) {
    if (MAY_HAVE.fullStop.test(normalized)) fullStops(normalized, found);
    if (MAY_HAVE.comma.test(normalized)) badGrouping(normalized, found);
    if (MAY_HAVE.dots.test(normalized)) twoDecimalPoints(normalized, found);
    if (MAY_HAVE.space.test(normalized)) spacedGroups(normalized, found);
  }
  found.sort((a, b) => a.start - b.start);
  const result: MalformedNumber[] = [];
  for (const f of found) {
    const last = result[result.length - 1];
    if (last && f.start < last.end) continue;
    result.push({ ...f, raw: original.slice(f.start, f.end) });
  }
  return result;
}

const keptByUnit = new WeakMap<TextUnit, { text: string; found: MalformedNumber[] }>();

/**
 * The malformed numbers of a paragraph or cell. Figure extraction and the malformed-number
 * rule both ask, so each unit's answer is kept (for as long as the unit lives, and as long as
 * its text is the same); `normalized` may be passed when the caller has it.
 */
export function findMalformedNumbers(unit: TextUnit, normalized?: string): MalformedNumber[] {
  const kept = keptByUnit.get(unit);
  if (kept?.text === unit.text) return kept.found;
  const found = findMalformedIn(unit.text, normalized);
  keptByUnit.set(unit, { text: unit.text, found });
  return found;
}
