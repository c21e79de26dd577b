/**
 * Helpers the readers share to keep every character of a block traceable to its line and
 * column in the source: line splitting, offset → position, whitespace trimming, and a
 * builder that joins pieces of text with one segment per source run.
 */
import type { Position, SourceText, TextSegment } from '../model/document.js';

/** Line terminators as editors count lines. */
const LINE_BREAK = /\r\n|\r|\n/;

/** The lines of `text`, without their terminators (line n is at index n − 1). */
export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** Maps offsets of a text to 1-based line and UTF-16 column. */
export class LineIndex {
  /** Offset at which each line starts. */
  private readonly starts: number[] = [0];

  constructor(text: string) {
    const breaks = new RegExp(LINE_BREAK.source, 'g');
    for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
      this.starts.push(match.index + match[0].length);
    }
  }

  positionAt(offset: number): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }
}

/**
 * The part of `text` (from offset `from` on) left after trimming whitespace at both ends (the whitespace of
 * String.prototype.trim, which includes the full-width space U+3000 used to indent Chinese
 * paragraphs). A loop, not /\s+$/, whose backtracking is quadratic on long lines.
 */
export function trimmedRange(text: string, from = 0): { start: number; end: number } {
  let start = from;
  let end = text.length;
  while (start < end && isWhitespace(text.charCodeAt(start))) start += 1;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end -= 1;
  return { start, end };
}

function isWhitespace(code: number): boolean {
  return code <= 0x20 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : /\s/.test(String.fromCharCode(code));
}

/**
 * Collects a block's text piece by piece, remembering where each piece came from. `anchor`
 * is where the block begins in the source: an empty block (an empty table cell) points there.
 */
export class SourceTextBuilder {
  private text = '';
  private readonly segments: TextSegment[] = [];

  constructor(private readonly anchor: Position) {}

  get length(): number {
    return this.text.length;
  }

  /** Appends `piece`, whose characters sit one by one in the source from `start` on. */
  append(piece: string, start: Position): void {
    if (piece === '') return;
    if (!this.continuesLastSegment(start)) this.segments.push({ offset: this.text.length, start });
    this.text += piece;
  }

  /** The text, trimmed of whitespace at both ends, with segments shifted to match. */
  build(): SourceText {
    const trimmed = trimSourceText({ text: this.text, segments: this.segments });
    if (trimmed.segments.length > 0) return trimmed;
    return { text: trimmed.text, segments: [{ offset: 0, start: this.anchor }] };
  }

  private continuesLastSegment(start: Position): boolean {
    const last = this.segments[this.segments.length - 1];
    if (!last) return false;
    return last.start.line === start.line && last.start.column + (this.text.length - last.offset) === start.column;
  }
}

/** `source` trimmed of whitespace at both ends; segments that fall away are dropped. */
export function trimSourceText(source: SourceText): SourceText {
  const { start, end } = trimmedRange(source.text);
  if (start === 0 && end === source.text.length) return source;
  const segments: TextSegment[] = [];
  source.segments.forEach((segment, i) => {
    const segmentEnd = source.segments[i + 1]?.offset ?? source.text.length;
    if (segmentEnd <= start || segment.offset >= end) return;
    const skipped = Math.max(0, start - segment.offset);
    segments.push({
      offset: segment.offset + skipped - start,
      start: { line: segment.start.line, column: segment.start.column + skipped },
    });
  });
  return { text: source.text.slice(start, end), segments };
}
