/**
 * Printed lines joined back into paragraphs. A PDF keeps no paragraphs, only lines; a reader
 * of the page sees where one ends from the layout, and so does this:
 *
 * - a new paragraph starts at an indented line (Chinese paragraphs indent their first line),
 *   at a line starting an entry of a list of tables ("§3", "表一："),
 *   at a numbered heading or item (一、 （一） 1. ①), after a line that stops short of the
 *   right margin, at a change of font size, after a wider gap than between the lines of a
 *   paragraph, and around a centred line (a title);
 * - a paragraph runs on over a page break when the page's last line is full, does not end a
 *   sentence, and the next page's first line neither starts a paragraph nor follows a table.
 */
import { markerAt } from '../../model/numbering-markers.js';
import { median } from './geometry.js';
import type { Fragment } from './lines.js';
import { isCjk, joinLines } from './text-join.js';

/** A line of running text with the page it is printed on and that page's text margins. */
export interface PageLine extends Fragment {
  page: number;
  /** Left and right edges of the page's running text. */
  left: number;
  right: number;
  /** Usual distance between the baselines of consecutive lines on this page. */
  pitch: number;
}

export interface PdfParagraph {
  text: string;
  page: number;
  /** Set larger than the body text: a title or heading. */
  heading: boolean;
}

/** How far in (ems) a first line is indented; Chinese indents two characters. */
const INDENT = 1.5;
/** A line ending this far (ems) before the right margin ends its paragraph. */
const SHORT = 1.5;
/** A gap between baselines this much wider than usual separates paragraphs. */
const WIDER_GAP = 1.3;
/** Sizes differing by more than this share are different kinds of text. */
const SIZE_CHANGE = 0.15;

/**
 * Lines that start an entry of their own in the genre's lists and contents pages: "§3 …",
 * "表一：…", "附表2 …" (numbered headings are markerAt's).
 */
const ENTRY = /^(?:§\s*\d|(?:附表|表)\s*[一二三四五六七八九十\d]+(?:[：:．.\s-]|、(?!\d)|$))/;

/** A full stop (of a sentence, not of a clause). */
const SENTENCE_STOP = /[。！？!?]$/;

/** Sentence-ending punctuation: a line ending in it may end its paragraph early. */
const SENTENCE_END = /[。；！？：!?;:」』”）)]$/;
/**
 * Chinese line breaking (kinsoku) keeps an opening bracket or quote off the end of a line and
 * a closing one or a pause mark off the start of one, carrying a character or two to the next
 * line: the line before stops short of the margin by that much without ending anything.
 */
const KINSOKU_ROOM = 3.5;
const OPENING = /^[（(《〈【〔[“‘「『]/;

/**
 * Splits a run of consecutive lines (no table between them) into paragraphs. `bodySize` is
 * the font size most of the document is set in.
 */
export function paragraphsOf(lines: readonly PageLine[], bodySize: number): PdfParagraph[] {
  const paragraphs: PdfParagraph[] = [];
  let current: PageLine[] = [];
  const flush = (): void => {
    if (current.length === 0) return;
    const first = current[0]!;
    const text = joinLines(current.map((l) => l.text));
    const size = median(current.map((l) => l.size)) ?? first.size;
    paragraphs.push({ text, page: first.page, heading: size >= 1.2 * bodySize && text.length <= 60 });
    current = [];
  };
  for (const line of lines) {
    const previous = current[current.length - 1];
    if (previous && startsParagraph(previous, line)) flush();
    current.push(line);
  }
  flush();
  return paragraphs;
}

/** Whether `line` starts a new paragraph after `previous`. */
function startsParagraph(previous: PageLine, line: PageLine): boolean {
  const size = Math.max(previous.size, line.size);
  if (Math.abs(line.size - previous.size) > SIZE_CHANGE * size) return true;
  if (markerAt(line.text) || ENTRY.test(line.text)) return true;
  if (continuesTitle(previous, line)) return false;
  if (isIndented(previous, line) || isCentred(previous) || isCentred(line)) return true;
  if (endsShort(previous, line)) return true;
  // Over a page break a full stop at the end of the page ends the paragraph: a note under a
  // table is not continued by the next page's title.
  if (line.page !== previous.page) return SENTENCE_STOP.test(previous.text);
  return line.baseline - previous.baseline > WIDER_GAP * previous.pitch + 0.1 * size;
}

/** A centred title too long for one line: the first line nearly full, the next centred under it. */
function continuesTitle(previous: PageLine, line: PageLine): boolean {
  const width = previous.right - previous.left;
  return (
    isCentred(line) &&
    previous.x1 - previous.x0 >= 0.5 * width &&
    Math.abs(previous.x0 - previous.left - (previous.right - previous.x1)) <= 2 * previous.size &&
    line.baseline - previous.baseline <= WIDER_GAP * 1.5 * previous.size
  );
}

/** Set in from the margin and from the line before: a first line (a block set in as a whole is not). */
function isIndented(previous: PageLine, line: PageLine): boolean {
  const indent = INDENT * line.size;
  return line.x0 - line.left >= indent && line.x0 - previous.x0 >= indent;
}

/** Set in the middle of the page, with room on both sides: a title. */
function isCentred(line: PageLine): boolean {
  const before = line.x0 - line.left;
  const after = line.right - line.x1;
  return before >= 2 * line.size && after >= 2 * line.size && Math.abs(before - after) <= 2 * line.size;
}

/**
 * The line stops well before the right margin, so its paragraph ends there; unless the next
 * line starts with a number or word too long to have fitted in the room left (Chinese wraps
 * anywhere, a number does not).
 */
function endsShort(previous: PageLine, line: PageLine): boolean {
  const room = previous.right - previous.x1;
  if (room < SHORT * previous.size) return false;
  if (SENTENCE_END.test(previous.text)) return true;
  if (room <= (OPENING.test(line.text) ? KINSOKU_ROOM + 1.5 : KINSOKU_ROOM) * previous.size) return false;
  if (isCjk(line.text[0])) return true;
  const word = UNBREAKABLE_START.exec(line.text)?.[0] ?? '';
  const width = [...word].reduce((w, ch) => w + (isCjk(ch) ? 1 : 0.6), 0);
  return room > (width + 1) * previous.size;
}

/**
 * What a line breaker keeps together at the start of a line: a number or Latin word, with the
 * unit written right after a number (万元, %) and the punctuation that may not start a line.
 */
const UNBREAKABLE_START = /^[^\s\u2e80-\u9fff\uff00-\uffef]+(?:[万亿千]?元|[%％])?[，。、；：！？）」”]*/;
