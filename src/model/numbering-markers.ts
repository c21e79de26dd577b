/**
 * The numbering markers of Chinese official documents (第一部分, 附件1, 一、, （一）, 1., （1）, ①)
 * as they start a paragraph. The section tree is built from them; readers of page layouts
 * use them to see where a paragraph starts.
 */

/** The marker styles, outermost first. */
export type MarkerStyle =
  | 'part' // 第一部分
  | 'annex' // 附件1
  | 'cn' // 一、
  | 'cn-paren' // （一）
  | 'arabic' // 1. 1、 1．
  | 'arabic-paren' // （1）
  | 'circled'; // ①

/** A numbering marker found at the start of a paragraph. */
export interface Marker {
  style: MarkerStyle;
  /** The marker as written, e.g. "（二）". */
  text: string;
  number: number;
  /** Offsets of the marker in the paragraph (after leading white space). */
  start: number;
  end: number;
}

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Value of a small Chinese ordinal (一 … 九十九), as used in section numbering. */
export function chineseOrdinal(s: string): number | undefined {
  if (s === '十') return 10;
  const tens = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (tens) return (tens[1] ? CN_DIGITS[tens[1]]! : 1) * 10 + (tens[2] ? CN_DIGITS[tens[2]]! : 0);
  return s.length === 1 ? CN_DIGITS[s] : undefined;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const CN = '[一二三四五六七八九十]{1,3}';

/**
 * Patterns in order of precedence. Numbering with a point needs one that is not a decimal
 * point of a number ("1.5万元" is not item 1), hence the look-ahead; 、 is never a decimal
 * point, so "一、2025年…" is a heading.
 */
const PATTERNS: { style: Marker['style']; re: RegExp; value: (m: RegExpExecArray) => number | undefined }[] = [
  { style: 'part', re: new RegExp(`^第(${CN})部分`), value: (m) => chineseOrdinal(m[1]!) },
  { style: 'annex', re: /^附件\s*(\d{1,2})(?![\d.])/, value: (m) => Number(m[1]) },
  { style: 'cn', re: new RegExp(`^(${CN})(?:、|[．.](?!\\d))`), value: (m) => chineseOrdinal(m[1]!) },
  { style: 'cn-paren', re: new RegExp(`^[（(](${CN})[）)]`), value: (m) => chineseOrdinal(m[1]!) },
  { style: 'arabic-paren', re: /^[（(](\d{1,2})[）)]/, value: (m) => Number(m[1]) },
  { style: 'arabic', re: /^(\d{1,2})(?:[、．]|\.(?!\d))/, value: (m) => Number(m[1]) },
  { style: 'circled', re: new RegExp(`^([${CIRCLED}])`), value: (m) => CIRCLED.indexOf(m[1]!) + 1 },
];

/** The numbering marker a paragraph starts with, if any. */
export function markerAt(text: string): Marker | undefined {
  const lead = text.length - text.trimStart().length;
  const rest = text.slice(lead);
  for (const { style, re, value } of PATTERNS) {
    const m = re.exec(rest);
    if (!m) continue;
    const number = value(m);
    if (number === undefined) continue;
    return { style, text: m[0], number, start: lead, end: lead + m[0].length };
  }
  return undefined;
}
