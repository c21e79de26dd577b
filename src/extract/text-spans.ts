/**
 * Small helpers to find sentence, clause and bracket boundaries in Chinese text. Every
 * extractor and rule that needs a clause or sentence around an offset asks here, so all of
 * them agree on where one ends.
 *
 * Extractors ask these questions once per figure, so they must not cost a walk over the
 * whole text each time: characters are classified through a lookup table, and the bracket
 * depths and sentence ends of a text are found once and kept for the texts asked about most
 * recently.
 */

/** Character classes, as bit flags in a table indexed by UTF-16 code unit. */
const SENTENCE_END = 1;
const CLAUSE_BREAK = 2;
const OPEN = 4;
const CLOSE = 8;
/** A clause break other than the enumeration comma 、, which joins the items of a list. */
const LIST_CLAUSE_BREAK = 16;

const SENTENCE_END_CHARS = '。！？!?\n';
const OPEN_CHARS = '（(';
const CLOSE_CHARS = '）)';
/** Sentence ends and brackets, for the regex engine to find in one pass over a text. */
const SENTENCE_ENDS = new RegExp(`[${SENTENCE_END_CHARS}]`, 'g');
const BRACKETS = new RegExp(`[${OPEN_CHARS}${CLOSE_CHARS}]`, 'g');

const CLASS_OF = new Uint8Array(0x10000);
for (const [chars, flag] of [
  [SENTENCE_END_CHARS, SENTENCE_END],
  ['，,；;、：:。！？!?\n', CLAUSE_BREAK],
  ['，,；;：:。！？!?\n', LIST_CLAUSE_BREAK],
  [OPEN_CHARS, OPEN],
  [CLOSE_CHARS, CLOSE],
] as const) {
  for (const c of chars) CLASS_OF[c.charCodeAt(0)]! |= flag;
}

/**
 * A set of characters to test by code unit (`set.has(text.charCodeAt(i))`). Walks over a
 * text should not read text[i]: that makes a new string for every CJK character.
 */
export function codeUnits(chars: string): Set<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

/** Whether the character at `i` is of `flag`'s class; false outside the text. */
function isAt(text: string, i: number, flag: number): boolean {
  return i >= 0 && i < text.length && (CLASS_OF[text.charCodeAt(i)]! & flag) !== 0;
}

/**
 * Start and end of the sentence that contains `offset`: just after the last sentence end
 * before it, and at the first one from it on. An offset outside the text is its own bound.
 */
export function sentenceAround(text: string, offset: number): { start: number; end: number } {
  const from = Math.min(offset, text.length);
  const to = Math.max(offset, 0);
  const ends = sentenceEndsOf(text);
  const endsBefore = firstAtOrAfter(ends, from);
  return {
    start: from <= 0 ? from : endsBefore > 0 ? ends[endsBefore - 1]! + 1 : 0,
    end: to >= text.length ? to : (ends[firstAtOrAfter(ends, to)] ?? text.length),
  };
}

/** The sentences of a text in order (without their closing punctuation), empty ones left out. */
export function sentencesOf(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const end of [...sentenceEndsOf(text), text.length]) {
    if (end > start) spans.push({ start, end });
    start = end + 1;
  }
  return spans;
}

/** Start of the clause that contains `offset` (after the last comma, semicolon, colon, 、 …). */
export function clauseStart(text: string, offset: number): number {
  return breakBefore(text, offset, CLAUSE_BREAK);
}

/** Offset of the punctuation that ends the clause containing `offset` (text.length if none). */
export function clauseEnd(text: string, offset: number): number {
  return breakFrom(text, offset, CLAUSE_BREAK);
}

/**
 * Start of the clause that contains `offset`, a list joined by 、 counting as one clause:
 * the whole of "成本指标、效益指标" before "全部完成".
 */
export function listClauseStart(text: string, offset: number): number {
  return breakBefore(text, offset, LIST_CLAUSE_BREAK);
}

/** Just after the last character of class `flag` before `offset` (0 if none). */
function breakBefore(text: string, offset: number, flag: number): number {
  let start = offset;
  while (start > 0 && !isAt(text, start - 1, flag)) start--;
  return start;
}

/** The first offset from `offset` on with a character of class `flag` (text.length if none). */
function breakFrom(text: string, offset: number, flag: number): number {
  let end = offset;
  while (end < text.length && !isAt(text, end, flag)) end++;
  return end;
}

/** Bracket depth at `offset`: 0 outside any （…）. */
export function depthAt(text: string, offset: number): number {
  if (offset <= 0) return 0;
  return depthsOf(text)[Math.min(offset, text.length)]!;
}

/** Offset of the bracket that opens the group `offset` is in, or -1 at depth 0. */
export function openingBracket(text: string, offset: number): number {
  let depth = 0;
  for (let i = offset - 1; i >= 0; i--) {
    if (isAt(text, i, CLOSE)) depth++;
    else if (isAt(text, i, OPEN)) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** Offset of the bracket that closes the group `offset` is in (text.length if unclosed). */
export function closingBracket(text: string, offset: number): number {
  let depth = 0;
  for (let i = offset; i < text.length; i++) {
    if (isAt(text, i, OPEN)) depth++;
    else if (isAt(text, i, CLOSE)) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return text.length;
}

// ---------------------------------------------------------------------------------------
// Bracket depths and sentence ends, found once per text

/** How many texts keep their depths and sentence ends: enough for an extractor going back and forth between a few units. */
const KEPT_TEXTS = 8;
const keptDepths = new Map<string, Int32Array>();
const keptSentenceEnds = new Map<string, number[]>();

/** What `find` answers for `text`, found once while the text is among the last KEPT_TEXTS asked about. */
function kept<T>(answers: Map<string, T>, text: string, find: (text: string) => T): T {
  let answer = answers.get(text);
  if (answer !== undefined) return answer;
  answer = find(text);
  if (answers.size >= KEPT_TEXTS) answers.delete(answers.keys().next().value!);
  answers.set(text, answer);
  return answer;
}

/** Offsets of the characters that end a sentence, in order. */
function sentenceEndsOf(text: string): number[] {
  return kept(keptSentenceEnds, text, (t) => Array.from(t.matchAll(SENTENCE_ENDS), (m) => m.index));
}

/** Index of the first value at or after `offset` in ascending `values` (values.length if none). */
function firstAtOrAfter(values: number[], offset: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * depths[i] is the bracket depth after the first i characters; a closing bracket with none
 * open is ignored, as in the text "…）" of a cell that continues one above.
 */
function depthsOf(text: string): Int32Array {
  return kept(keptDepths, text, countDepths);
}

/** Visits the brackets only: the depth stays the same from one to the next. */
function countDepths(text: string): Int32Array {
  const depths = new Int32Array(text.length + 1);
  let depth = 0;
  let from = 0; // depths before `from` are set
  for (const { index } of text.matchAll(BRACKETS)) {
    depths.fill(depth, from, index + 1);
    if (isAt(text, index, OPEN)) depth++;
    else if (depth > 0) depth--;
    from = index + 1;
  }
  depths.fill(depth, from);
  return depths;
}
