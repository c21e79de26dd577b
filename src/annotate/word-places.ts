/**
 * Finds, in word/document.xml, the Word paragraph or table cell that a reader place
 * (`{paragraph}` or `{table, row, column}`) names.
 *
 * The numbering is the .docx reader's own: it numbers what mammoth makes of the document
 * (non-empty body paragraphs, list items and headings; tables with their rows; footnotes
 * last). Rather than count again and drift on the first construct counted differently, the
 * reader's blocks are matched in order against the body's paragraphs and tables by their
 * text, whitespace aside, walking the XML the way mammoth reads it:
 * - content controls (w:sdt), w:ins, w:customXml, w:smartTag, w:moveTo are transparent;
 *   w:del and w:moveFrom text is gone; field codes (w:instrText) are not text;
 *   mc:AlternateContent is read through its mc:Fallback;
 * - a paragraph whose mark was deleted joins the next one;
 * - text boxes come after the paragraph that holds them, and are anchored on that paragraph;
 * - table rows marked deleted are gone; a cell's column counts w:gridSpan; a vertically
 *   merged continuation cell (w:vMerge) belongs to the cell that starts the merge.
 * A table whose text differs (a symbol the walk cannot spell, say) is still matched when it is
 * the next one and has the reader's rows and columns. A place with no match (a footnote, say)
 * is anchored on the nearest matched place before it, and reported as approximate.
 */
import { textUnits, type Document, type Place, type Table } from '../model/document.js';
import { childElements, isWord, MC_NS, W_NS, wordAttribute, wordChild } from './word-xml.js';

/** Where a comment goes: its range starts in paragraph `first` and ends in `last`. */
export interface Anchor {
  first: Element;
  last: Element;
}

/** Each place of the reader's document, and the Word paragraphs it is anchored on. */
export interface PlaceAnchors {
  anchorOf(place: Place): Anchor | undefined;
  /** True when the place itself was not found and a nearby place stands in for it. */
  isApproximate(place: Place): boolean;
}

function placeKey(place: Place): string {
  return 'paragraph' in place ? `p${place.paragraph}` : `t${place.table}r${place.row}c${place.column}`;
}

/** Anchors every place of `doc` (read from the same file) in the body of its document.xml. */
export function anchorPlaces(body: Element, doc: Document): PlaceAnchors {
  const word = new BodyWalker();
  word.walk(childElements(body));
  const paragraphs = new InOrderMatcher(word.paragraphs);
  const tables = new InOrderMatcher(word.tables);
  const exact = new Map<string, Anchor>();
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') {
      const found = paragraphs.next(comparable(block.text));
      if (found) exact.set(placeKey(block.place), found.anchor);
    } else {
      const found = tables.next(tableSignature(block)) ?? tables.nextIf((table) => sameShape(table, block));
      if (found) anchorCells(block, found, exact);
    }
  }
  return withStandIns(doc, exact);
}

/** Text as compared between the reader and the XML: without any whitespace. */
function comparable(text: string): string {
  return text.replace(/\s+/g, '');
}

interface WordParagraph {
  text: string;
  anchor: Anchor;
}

interface WordTable {
  text: string;
  /** For each row and grid column, the paragraphs of the cell that holds it. */
  grid: (Anchor | undefined)[][];
}

/**
 * Matches the reader's blocks of one kind, in order, to the XML's: each takes the first
 * candidate after the last one taken that has its text. A block the walk does not see (or
 * spells differently) takes none and leaves the others in place.
 */
class InOrderMatcher<T extends { text: string }> {
  private cursor = 0;

  constructor(private readonly candidates: T[]) {}

  next(text: string): T | undefined {
    const index = this.candidates.findIndex((c, i) => i >= this.cursor && c.text === text);
    return index < 0 ? undefined : this.take(index);
  }

  /** The candidate right after the last one taken, if it passes `test`. */
  nextIf(test: (candidate: T) => boolean): T | undefined {
    const candidate = this.candidates[this.cursor];
    return candidate && test(candidate) ? this.take(this.cursor) : undefined;
  }

  private take(index: number): T {
    this.cursor = index + 1;
    return this.candidates[index]!;
  }
}

function sameShape(word: WordTable, table: Table): boolean {
  return word.grid.length === table.rows.length && word.grid.every((row, r) => row.length === table.rows[r]!.length);
}

/** The text of a reader table as the XML walk sees it: its own cells (no merged copies), in order. */
function tableSignature(table: Table): string {
  return comparable(table.rows.flatMap((row) => row.filter((cell) => !cell.merged).map((cell) => cell.text)).join(''));
}

function anchorCells(table: Table, word: WordTable, exact: Map<string, Anchor>): void {
  for (const row of table.rows) {
    for (const cell of row) {
      const anchor = word.grid[cell.place.row - 1]?.[cell.place.column - 1];
      if (anchor) exact.set(placeKey(cell.place), anchor);
    }
  }
}

/** Gives each unmatched place the anchor of the nearest matched place before it (or the first one). */
function withStandIns(doc: Document, exact: Map<string, Anchor>): PlaceAnchors {
  const standIns = new Map<string, Anchor>();
  let previous: Anchor | undefined;
  const unplaced: string[] = [];
  for (const { place } of textUnits(doc)) {
    const key = placeKey(place);
    const anchor = exact.get(key);
    if (anchor) {
      previous = anchor;
      continue;
    }
    if (previous) standIns.set(key, previous);
    else unplaced.push(key);
  }
  const first = exact.values().next().value;
  if (first) for (const key of unplaced) standIns.set(key, first);
  return {
    anchorOf: (place) => exact.get(placeKey(place)) ?? standIns.get(placeKey(place)),
    isApproximate: (place) => !exact.has(placeKey(place)),
  };
}

/** The body's paragraphs and tables in reading order, as mammoth reads them. */
class BodyWalker {
  readonly paragraphs: WordParagraph[] = [];
  readonly tables: WordTable[] = [];
  /** Paragraphs whose mark was deleted, waiting to join the next paragraph. */
  private joining: Element[] = [];

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
    const textBoxes: Element[] = [];
    const text = comparable(parts.map((part) => wordText(part, textBoxes)).join(''));
    if (text !== '') this.paragraphs.push({ text, anchor });
    for (const box of textBoxes) this.walk(childElements(box), anchor);
  }

  private addTable(tbl: Element, host: Anchor | undefined): void {
    const rows = throughWrappers(childElements(tbl), 'tr').filter((tr) => !isDeletedRow(tr));
    if (rows.length === 0) return;
    /** The cell that last started at each grid column: what a continuation cell continues. */
    const starts = new Map<number, Element>();
    let text = '';
    const grid = rows.map((tr) => {
      const slots: (Anchor | undefined)[] = [];
      let column = 0;
      for (const tc of throughWrappers(childElements(tr), 'tc')) {
        const span = gridSpan(tc);
        const started = continuesMerge(tc) ? starts.get(column) : undefined;
        if (!started) {
          starts.set(column, tc);
          text += textWithTextBoxes(tc);
        }
        const anchor = host ?? cellAnchor(started ?? tc);
        for (let k = 0; k < span; k += 1) slots[column + k] = anchor;
        column += span;
      }
      return slots;
    });
    this.tables.push({ text: comparable(text), grid });
  }
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

/**
 * The text mammoth shows for a paragraph or cell. Text boxes met on the way are not part of
 * it (mammoth puts them after the paragraph): they are added to `textBoxes`.
 */
function wordText(element: Element, textBoxes: Element[]): string {
  let text = '';
  const visit = (elements: Element[]): void => {
    for (const e of elements) {
      if (e.namespaceURI === W_NS && e.localName in RUN_CHARACTERS) text += RUN_CHARACTERS[e.localName];
      else if (isWord(e, 't')) text += e.textContent ?? '';
      else if (isWord(e, 'txbxContent')) textBoxes.push(e);
      else if (!isHidden(e)) visit(transparentChildren(e) ?? childElements(e));
    }
  };
  visit(childElements(element));
  return text;
}

/** A cell's text: in a cell, mammoth keeps a text box's content (after its paragraph). */
function textWithTextBoxes(element: Element): string {
  const textBoxes: Element[] = [];
  const text = wordText(element, textBoxes);
  return text + textBoxes.map(textWithTextBoxes).join('');
}

const RUN_CHARACTERS: Record<string, string> = { tab: '\t', noBreakHyphen: '\u2011', softHyphen: '\u00AD' };

/**
 * Tracked deletions and the source of tracked moves, whose runs are no text of the document.
 * (Field codes and deleted text are in w:instrText and w:delText, never in w:t.)
 */
function isHidden(element: Element): boolean {
  return element.namespaceURI === W_NS && (element.localName === 'del' || element.localName === 'moveFrom');
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
  const span = Number(wordAttribute(cellProperty(tc, 'gridSpan') ?? tc, 'val'));
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
