/**
 * Small helpers to find sentence, clause and bracket boundaries in Chinese text.
 *
 * Extractors ask these questions once per figure, so they must not cost a walk over the
 * whole text each time: characters are classified through a lookup table, and the bracket
 * depths of a text are counted once and kept for the texts asked about most recently.
 */

/** Character classes, as bit flags in a table indexed by UTF-16 code unit. */
const SENTENCE_END = 1;
const CLAUSE_BREAK = 2;
const OPEN = 4;
const CLOSE = 8;

const CLASS_OF = new Uint8Array(0x10000);
for (const [chars, flag] of [
  ['。！？!?\n', SENTENCE_END],
  ['，,；;、：:。！？!?\n', CLAUSE_BREAK],
  ['（(', OPEN],
  ['）)', CLOSE],
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

/** Start and end of the sentence that contains `offset`. */
export function sentenceAround(text: string, offset: number): { start: number; end: number } {
  let start = Math.min(offset, text.length);
  while (start > 0 && !isAt(text, start - 1, SENTENCE_END)) start--;
  let end = Math.max(offset, 0);
  while (end < text.length && !isAt(text, end, SENTENCE_END)) end++;
  return { start, end };
}

/** Start of the clause that contains `offset` (after the last comma, semicolon, colon …). */
export function clauseStart(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && !isAt(text, start - 1, CLAUSE_BREAK)) start--;
  return start;
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
// Bracket depths, counted once per text

/** How many texts keep their depths: enough for an extractor going back and forth between a few units. */
const KEPT_TEXTS = 8;
const keptDepths = new Map<string, Int32Array>();

/**
 * depths[i] is the bracket depth after the first i characters; a closing bracket with none
 * open is ignored, as in the text "…）" of a cell that continues one above.
 */
function depthsOf(text: string): Int32Array {
  let depths = keptDepths.get(text);
  if (depths) return depths;
  depths = new Int32Array(text.length + 1);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (isAt(text, i, OPEN)) depth++;
    else if (isAt(text, i, CLOSE) && depth > 0) depth--;
    depths[i + 1] = depth;
  }
  if (keptDepths.size >= KEPT_TEXTS) keptDepths.delete(keptDepths.keys().next().value!);
  keptDepths.set(text, depths);
  return depths;
}
