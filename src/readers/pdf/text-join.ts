/**
 * Putting the runs of a PDF line back into text as the page reads. Chinese is written without
 * spaces, so the gaps and spaces a PDF leaves next to Chinese characters (justified lines,
 * spaced-out titles such as "合 计", a number set apart from its unit) are layout, not text;
 * between Latin letters or digits a visible gap is a space. Runs that touch or overlap join
 * without a space: that is how a number the text layer split ("359" ".8%") becomes one again.
 * (Gaps wide enough to split a line into fragments are the caller's: see lines.ts.)
 */
import type { Run } from './geometry.js';

/** Chinese characters and the full-width punctuation and forms set among them. */
const CJK = /[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026\u00b7\u2160-\u216b\u2460-\u24ff]/;

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** A gap wider than this (in ems) is a space between Latin letters or digits. */
const LATIN_SPACE = 0.2;

/** The text of runs on one baseline, in x order. */
export function joinRuns(runs: readonly Run[]): string {
  let text = '';
  let previous: Run | undefined;
  for (const run of runs) {
    const piece = tidy(run.text);
    if (piece === '') continue;
    if (previous && text !== '') text += separator(text[text.length - 1], piece[0], (run.x0 - previous.x1) / Math.max(run.size, previous.size));
    text += piece;
    previous = run;
  }
  return text;
}

function separator(before: string | undefined, after: string | undefined, gapInEms: number): string {
  return gapInEms > LATIN_SPACE && !isCjk(before) && !isCjk(after) ? ' ' : '';
}

/**
 * The text of one run with its spacing made Chinese: spaces next to a Chinese character go
 * ("比 上 年 增 长", "2018 年"), other runs of spaces become one.
 */
export function tidy(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, (space, offset: number, whole: string) => {
    if (offset === 0 || offset + space.length === whole.length) return '';
    return isCjk(whole[offset - 1]) || isCjk(whole[offset + space.length]) ? '' : ' ';
  });
}

/**
 * Lines of one paragraph or cell joined: with a space only between Latin words. Chinese
 * wraps anywhere, numbers included ("519." at the end of a line, "7亿元" on the next).
 */
export function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (line === '') continue;
    if (/[A-Za-z]$/.test(text) && /^[A-Za-z]/.test(line)) text += ' ';
    text += line;
  }
  return text;
}
