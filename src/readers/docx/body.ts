/**
 * The body of a Word document (the w:body of word/document.xml) read into the model's blocks,
 * in reading order, remembering for each paragraph and cell the Word paragraphs it came from
 * (where `--annotate` anchors a comment on it). The reader and the annotated copy both number
 * places with this one walk, so a finding's place is always the paragraph or cell it names.
 *
 * What counts as text, and where:
 * - a paragraph's text is its w:t runs, with w:tab as a tab; line breaks join without a space
 *   (Chinese text wraps without one); empty paragraphs are no blocks and take no number;
 * - a paragraph Word numbers automatically (a list, or numbered headings: "一、" "（一）" "1.")
 *   has that number in front of its text, in table cells too (numbering.ts); an empty one
 *   shows its lone number, as in Word;
 * - content controls (w:sdt), w:ins, w:customXml, w:smartTag, w:hyperlink, w:fldSimple …
 *   are read through; w:del and w:moveFrom text is gone; field codes (w:instrText) are not
 *   text; mc:AlternateContent is read through its mc:Fallback (the Choice repeats it);
 * - a paragraph whose mark was deleted (tracked changes) runs on into the next one;
 * - a text box's content comes after the paragraph that holds it, anchored on that paragraph;
 *   in a table cell it is part of the cell's text;
 * - tables keep their grid: rows marked deleted are gone, a cell spanning columns (w:gridSpan)
 *   or continuing a vertical merge (w:vMerge) gives its text to every slot it covers, as
 *   copies marked `merged`; a table nested in a cell is part of that cell's text;
 * - footnote, endnote and comment reference marks are no text: they are collected, in the
 *   order they appear, for the reader to resolve.
 */
import type { Block, Cell, Paragraph, Table } from '../../model/document.js';
import { oneLine } from '../../model/render-text.js';
import { trimmedRange } from '../source-text.js';
import { ListCounters, type ListDefinitions } from './numbering.js';
import { paragraphStyleId } from './styles.js';
import { childElements } from '../ooxml/xml.js';
import { isWord, MC_NS, W_NS, wordAttribute, wordChild } from './xml.js';

/** Where a comment on a unit goes: its range starts in Word paragraph `first` and ends in `last`. */
export interface Anchor {
  first: Element;
  last: Element;
}

export type TextUnit = Paragraph | Cell;

/** A footnote or endnote reference, by the note's id in footnotes.xml / endnotes.xml. */
export interface NoteReference {
  kind: 'footnote' | 'endnote';
  id: string;
}

/** A comment's reference mark, by its id in comments.xml, and the unit it was found in. */
export interface CommentMark {
  id: string;
  /** Absent for a mark after the last paragraph or cell. */
  unit?: TextUnit;
}

export interface WordBody {
  blocks: Block[];
  /** Each merged copy and the cell it copies. */
  copies: Map<Cell, Cell>;
  /** The Word paragraphs of each unit; a merged copy has its original's. */
  anchors: Map<TextUnit, Anchor>;
  notes: NoteReference[];
  comments: CommentMark[];
}

export interface BodyOptions {
  /** Paragraph style ids that make a paragraph a heading. */
  headingStyles?: ReadonlySet<string>;
  /** The document's lists, to put automatic numbers into the text; without them there are none. */
  numbering?: ListDefinitions;
}

/** Reads `body` (a w:body element) into blocks; paragraphs are numbered from 1, tables too. */
export function readBody(body: Element, options: BodyOptions = {}): WordBody {
  const counters = options.numbering && new ListCounters(options.numbering);
  const walker = new BodyWalker(options.headingStyles ?? new Set(), counters ? (p) => counters.labelOf(p) : undefined);
  walker.walk(childElements(body));
  return walker.result();
}

/** Marks met in one paragraph or cell. */
export interface Marks {
  notes: NoteReference[];
  comments: string[];
}

class BodyWalker {
  private readonly blocks: Block[] = [];
  private readonly copies = new Map<Cell, Cell>();
  private readonly anchors = new Map<TextUnit, Anchor>();
  private readonly notes: NoteReference[] = [];
  private readonly comments: CommentMark[] = [];
  /** Comment marks of empty paragraphs: they go to the next paragraph or cell. */
  private waiting: string[] = [];
  /** Paragraphs whose mark was deleted, waiting to join the next paragraph. */
  private joining: Element[] = [];
  private paragraphs = 0;
  private tables = 0;

  constructor(
    private readonly headingStyles: ReadonlySet<string>,
    private readonly labelOf: LabelOf | undefined,
  ) {}

  result(): WordBody {
    for (const id of this.waiting) this.comments.push({ id });
    return { blocks: this.blocks, copies: this.copies, anchors: this.anchors, notes: this.notes, comments: this.comments };
  }

  /** `host`: the paragraph holding the text box being walked, on which its content is anchored. */
  walk(elements: Element[], host?: Anchor): void {
    for (const element of elements) {
      if (isWord(element, 'p')) this.addParagraph(element, host);
      else if (isWord(element, 'tbl')) this.addTable(element, host);
      else this.walk(transparentChildren(element) ?? [], host);
    }
  }

  private addParagraph(p: Element, host: Anchor | undefined): void {
    if (hasDeletedMark(p)) {
      this.joining.push(p);
      return;
    }
    const parts = [...this.joining, p];
    this.joining = [];
    const anchor = host ?? { first: parts[0]!, last: p };
    const marks: Marks = { notes: [], comments: [] };
    const textBoxes: Element[] = [];
    const label = this.labelOf?.(p) ?? '';
    const text = cleanText(label + parts.map((part) => runText(part, marks, textBoxes)).join(''));
    this.notes.push(...marks.notes);
    if (text === '') {
      this.waiting.push(...marks.comments);
    } else {
      this.paragraphs += 1;
      const paragraph: Paragraph = { kind: 'paragraph', heading: this.isHeading(p), text, segments: [], place: { paragraph: this.paragraphs } };
      this.blocks.push(paragraph);
      this.placeUnit(paragraph, anchor, marks.comments);
    }
    for (const box of textBoxes) this.walk(childElements(box), anchor);
  }

  private isHeading(p: Element): boolean {
    const id = paragraphStyleId(p);
    return id !== undefined && this.headingStyles.has(id);
  }

  /** Records where `unit` is in Word; the comment marks waiting and its own are anchored on it. */
  private placeUnit(unit: TextUnit, anchor: Anchor | undefined, comments: string[]): void {
    if (anchor) this.anchors.set(unit, anchor);
    for (const id of [...this.waiting, ...comments]) this.comments.push({ id, unit });
    this.waiting = [];
  }

  private addTable(tbl: Element, host: Anchor | undefined): void {
    const rows = throughWrappers(childElements(tbl), 'tr').filter((tr) => !isDeletedRow(tr));
    if (rows.length === 0) return;
    this.tables += 1;
    /** The cell that last started at each grid column: what a continuation cell continues. */
    const starts = new Map<number, Cell>();
    const table: Table = { kind: 'table', table: this.tables, rows: [] };
    rows.forEach((tr, r) => {
      const slots: Cell[] = [];
      for (const tc of throughWrappers(childElements(tr), 'tc')) {
        const column = slots.length;
        const continued = continuesMerge(tc) ? starts.get(column) : undefined;
        const cell = continued ? this.copy(continued, r + 1, column) : this.cell(tc, r + 1, column, host);
        if (!continued) starts.set(column, cell);
        slots.push(cell);
        for (let k = 1; k < gridSpan(tc); k += 1) slots.push(this.copy(cell, r + 1, column + k));
      }
      table.rows.push(slots);
    });
    this.blocks.push(table);
  }

  private cell(tc: Element, row: number, columnIndex: number, host: Anchor | undefined): Cell {
    const marks: Marks = { notes: [], comments: [] };
    const text = cleanText(cellText(tc, marks, this.labelOf));
    this.notes.push(...marks.notes);
    const cell: Cell = { kind: 'cell', text, segments: [], place: { table: this.tables, row, column: columnIndex + 1 }, merged: false };
    this.placeUnit(cell, host ?? cellAnchor(tc), marks.comments);
    return cell;
  }

  /** A slot covered by `original` (spanned or merged into): its text, marked merged. */
  private copy(original: Cell, row: number, columnIndex: number): Cell {
    const copy: Cell = { ...original, segments: [], place: { table: this.tables, row, column: columnIndex + 1 }, merged: true };
    this.copies.set(copy, this.copies.get(original) ?? original);
    const anchor = this.anchors.get(original);
    if (anchor) this.anchors.set(copy, anchor);
    return copy;
  }
}

/** The number Word shows before a paragraph, and what separates it from the text; counts it. */
type LabelOf = (p: Element) => string;

/**
 * The text of a paragraph (or of any element holding runs), collecting reference marks into
 * `marks`. Text boxes met on the way are not part of it: they are added to `textBoxes`.
 * Paragraphs inside it (a cell's) get their numbers from `labelOf`.
 */
function runText(element: Element, marks: Marks, textBoxes: Element[], labelOf?: LabelOf): string {
  let text = '';
  const visit = (elements: Element[]): void => {
    for (const e of elements) {
      if (e.namespaceURI !== W_NS) visit(transparentChildren(e) ?? childElements(e));
      else if (e.localName === 'p' && labelOf && !hasDeletedMark(e)) visitNumbered(e, labelOf);
      else if (e.localName === 't') text += e.textContent ?? '';
      else if (e.localName in RUN_CHARACTERS) text += RUN_CHARACTERS[e.localName];
      else if (e.localName === 'sym') text += symbolCharacter(e);
      else if (e.localName === 'txbxContent') textBoxes.push(e);
      else if (e.localName === 'commentReference') marks.comments.push(wordAttribute(e, 'id') ?? '');
      else if (e.localName === 'footnoteReference' || e.localName === 'endnoteReference') {
        marks.notes.push({ kind: e.localName === 'footnoteReference' ? 'footnote' : 'endnote', id: wordAttribute(e, 'id') ?? '' });
      } else if (!NO_TEXT.has(e.localName)) visit(transparentChildren(e) ?? childElements(e));
    }
  };
  /** A paragraph inside (a cell's), after its number. */
  const visitNumbered = (p: Element, labelOf: LabelOf): void => {
    text += labelOf(p);
    visit(childElements(p));
  };
  visit(childElements(element));
  return text;
}

/**
 * The text of a note, a comment's paragraph or anything else outside the body's flow, on one
 * line as a unit's text is, and the marks in it.
 */
export function textOf(element: Element): { text: string; marks: Marks } {
  const marks: Marks = { notes: [], comments: [] };
  return { text: cleanText(cellText(element, marks)), marks };
}

/** A cell's text: its paragraphs (and nested tables), then the content of its text boxes. */
function cellText(element: Element, marks: Marks, labelOf?: LabelOf): string {
  const textBoxes: Element[] = [];
  const text = runText(element, marks, textBoxes, labelOf);
  return text + textBoxes.map((box) => cellText(box, marks, labelOf)).join('');
}

const RUN_CHARACTERS: Record<string, string> = { tab: '\t', noBreakHyphen: '\u2011', softHyphen: '\u00AD' };

/**
 * A w:sym (a character of a symbol font such as Wingdings: ✓, ☐ …) as the code Word stores,
 * which for symbol fonts is in the private use area: a character, not nothing, so a cell
 * holding only a tick is not read as empty.
 */
function symbolCharacter(sym: Element): string {
  const code = Number.parseInt(wordAttribute(sym, 'char') ?? '', 16);
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

/**
 * Elements holding no text of the document: tracked deletions and the source of tracked moves,
 * and properties (which are never text, and are many).
 */
const NO_TEXT = new Set(['del', 'moveFrom', 'pPr', 'rPr', 'tblPr', 'trPr', 'tcPr', 'sectPr']);

/** Trimmed, on one line (a stray line break would break the plain-text layout). */
function cleanText(raw: string): string {
  const text = oneLine(raw);
  const { start, end } = trimmedRange(text);
  return text.slice(start, end);
}

/** The content of an element that only wraps blocks, rows, cells or runs; undefined for others. */
function transparentChildren(element: Element): Element[] | undefined {
  if (element.namespaceURI === MC_NS && element.localName === 'AlternateContent') {
    const fallback = childElements(element).find((e) => e.namespaceURI === MC_NS && e.localName === 'Fallback');
    return fallback ? childElements(fallback) : [];
  }
  if (element.namespaceURI !== W_NS) return undefined;
  if (element.localName === 'sdt') {
    const content = wordChild(element, 'sdtContent');
    return content ? childElements(content) : [];
  }
  return WRAPPERS.has(element.localName) ? childElements(element) : undefined;
}

const WRAPPERS = new Set(['customXml', 'ins', 'moveTo', 'smartTag']);

/** The `localName` elements among `elements`, looking inside wrappers (w:sdt around rows …). */
function throughWrappers(elements: Element[], localName: string): Element[] {
  return elements.flatMap((element) => {
    if (isWord(element, localName)) return [element];
    const inner = transparentChildren(element);
    return inner ? throughWrappers(inner, localName) : [];
  });
}

/** A paragraph mark deleted with tracked changes: the paragraph runs on into the next. */
function hasDeletedMark(p: Element): boolean {
  const properties = wordChild(p, 'pPr');
  const mark = properties && wordChild(properties, 'rPr');
  return mark !== undefined && wordChild(mark, 'del') !== undefined;
}

function isDeletedRow(tr: Element): boolean {
  const properties = wordChild(tr, 'trPr');
  return properties !== undefined && wordChild(properties, 'del') !== undefined;
}

function cellProperty(tc: Element, localName: string): Element | undefined {
  const properties = wordChild(tc, 'tcPr');
  return properties && wordChild(properties, localName);
}

function gridSpan(tc: Element): number {
  const property = cellProperty(tc, 'gridSpan');
  const span = Number(property && wordAttribute(property, 'val'));
  return Number.isInteger(span) && span > 1 ? span : 1;
}

/** w:vMerge without "restart": the cell continues the merged cell above. */
function continuesMerge(tc: Element): boolean {
  const merge = cellProperty(tc, 'vMerge');
  if (!merge) return false;
  const value = wordAttribute(merge, 'val');
  return value === undefined || value === 'continue';
}

/** A cell's comment spans its paragraphs, from the first to the last. */
function cellAnchor(tc: Element): Anchor | undefined {
  const paragraphs = throughWrappers(childElements(tc), 'p');
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  return first && last ? { first, last } : undefined;
}
