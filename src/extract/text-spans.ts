/** Small helpers to find sentence, clause and bracket boundaries in Chinese text. */

const SENTENCE_END = /[。！？!?\n]/;
const CLAUSE_BREAK = /[，,；;、：:。！？!?\n]/;
const OPEN = '（(';
const CLOSE = '）)';

/** Start and end of the sentence that contains `offset`. */
export function sentenceAround(text: string, offset: number): { start: number; end: number } {
  let start = offset;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = offset;
  while (end < text.length && !SENTENCE_END.test(text[end]!)) end++;
  return { start, end };
}

/** Start of the clause that contains `offset` (after the last comma, semicolon, colon …). */
export function clauseStart(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && !CLAUSE_BREAK.test(text[start - 1]!)) start--;
  return start;
}

/** Bracket depth at `offset`: 0 outside any （…）. */
export function depthAt(text: string, offset: number): number {
  let depth = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (OPEN.includes(text[i]!)) depth++;
    else if (CLOSE.includes(text[i]!) && depth > 0) depth--;
  }
  return depth;
}

/** Offset of the bracket that opens the group `offset` is in, or -1 at depth 0. */
export function openingBracket(text: string, offset: number): number {
  let depth = 0;
  for (let i = offset - 1; i >= 0; i--) {
    if (CLOSE.includes(text[i]!)) depth++;
    else if (OPEN.includes(text[i]!)) {
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
    if (OPEN.includes(text[i]!)) depth++;
    else if (CLOSE.includes(text[i]!)) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return text.length;
}
