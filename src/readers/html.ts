/**
 * mammoth's HTML → blocks. Body paragraphs, headings and list items become paragraphs;
 * tables keep their grid: a vertically merged cell (rowspan) gives its text to every row it
 * spans, a horizontally merged one (colspan) to every column, as copies marked `merged`, so
 * column numbers line up in every row. Places count as Word does: non-empty paragraphs
 * outside tables, tables in document order. Footnotes and endnotes, which mammoth appends as
 * a list, come last, numbered after the body. Word comments, which mammoth appends as a
 * definition list when asked to render them, are no text: each is kept with the paragraph or
 * cell holding its reference mark (inline directives are written in comments).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Block, Cell, Paragraph, Table } from '../model/document.js';
import { trimmedRange } from './source-text.js';

export interface HtmlBlocks {
  blocks: Block[];
  /** Each merged copy and the cell it copies. */
  copies: Map<Cell, Cell>;
  /** Word comments, in the order mammoth lists them. */
  comments: WordComment[];
}

/** A Word comment: the text of its first paragraph, and the paragraph or cell it is anchored to. */
export interface WordComment {
  text: string;
  /** Absent when its reference mark is in no paragraph or cell (in a footnote, say). */
  anchor?: Paragraph | Cell;
}

/** The blocks of mammoth's HTML, without segments: the caller knows where the text is. */
export function htmlToBlocks(html: string): HtmlBlocks {
  const tree: Root = fromHtml(html, { fragment: true });
  const reader = new BlockCollector(new CommentAnchors(html.includes('href="#comment-')));
  reader.visit(tree.children);
  return { blocks: reader.blocks, copies: reader.copies, comments: reader.comments.list() };
}

const HEADING = /^h[1-6]$/;

class BlockCollector {
  readonly blocks: Block[] = [];
  readonly copies = new Map<Cell, Cell>();
  private paragraphs = 0;
  private tables = 0;

  constructor(readonly comments: CommentAnchors) {}

  visit(nodes: (RootContent | ElementContent)[]): void {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const tag = node.tagName;
      if (tag === 'p' || HEADING.test(tag)) this.addParagraph(node, textOf(node), HEADING.test(tag));
      else if (tag === 'table') this.addTable(node);
      else if (tag === 'ul' || tag === 'ol') this.addList(node);
      else if (this.comments.isCommentList(node)) this.comments.readBodies(node);
      else this.visit(node.children);
    }
  }

  /** Each list item is a paragraph; its nested lists follow it. */
  private addList(list: Element): void {
    for (const item of list.children) {
      if (item.type !== 'element' || item.tagName !== 'li') continue;
      this.addParagraph(item, textOf(item, isList), false, isList);
      this.visit(item.children.filter((child) => child.type === 'element' && isList(child)));
    }
  }

  /** `element` is where the text came from; `skip` as for textOf. */
  private addParagraph(element: Element, raw: string, heading: boolean, skip?: (node: ElementContent) => boolean): void {
    const text = cleanText(raw);
    if (text === '') {
      this.comments.hold(element, skip);
      return;
    }
    this.paragraphs += 1;
    const paragraph: Paragraph = { kind: 'paragraph', heading, text, segments: [], place: { paragraph: this.paragraphs } };
    this.comments.anchor(element, paragraph, skip);
    this.blocks.push(paragraph);
  }

  private addTable(element: Element): void {
    const rows = rowsOf(element);
    if (rows.length === 0) return;
    this.tables += 1;
    const grid = new TableGrid(this.tables, this.copies, (td, cell) => this.comments.anchor(td, cell));
    const table: Table = { kind: 'table', table: this.tables, rows: grid.fill(rows) };
    this.blocks.push(table);
  }
}

/** A cell still spanning rows below: the cell and how many rows it still covers. */
interface RowSpan {
  cell: Cell;
  rowsLeft: number;
}

/** Lays out HTML table rows on a grid, copying spanned cells into every slot they cover. */
class TableGrid {
  /** Row spans by column index. */
  private readonly spans = new Map<number, RowSpan>();

  constructor(
    private readonly table: number,
    private readonly copies: Map<Cell, Cell>,
    /** Called with each cell read from a `td`/`th` (not with merged copies). */
    private readonly onCell: (element: Element, cell: Cell) => void,
  ) {}

  fill(rows: Element[]): Cell[][] {
    return rows.map((row, r) => this.fillRow(row, r + 1));
  }

  private fillRow(row: Element, rowNumber: number): Cell[] {
    const slots: (Cell | undefined)[] = [];
    for (const [column, span] of this.spans) {
      slots[column] = this.copy(span.cell, rowNumber, column);
      span.rowsLeft -= 1;
      if (span.rowsLeft === 0) this.spans.delete(column);
    }
    let column = 0;
    for (const element of row.children) {
      if (element.type !== 'element' || (element.tagName !== 'td' && element.tagName !== 'th')) continue;
      while (slots[column]) column += 1;
      const cell = this.cell(cleanText(textOf(element)), rowNumber, column);
      this.onCell(element, cell);
      slots[column] = cell;
      const columns = spanOf(element.properties.colSpan);
      const rows = spanOf(element.properties.rowSpan);
      for (let k = 0; k < columns; k += 1) {
        if (k > 0) slots[column + k] = this.copy(cell, rowNumber, column + k);
        if (rows > 1) this.spans.set(column + k, { cell, rowsLeft: rows - 1 });
      }
      column += columns;
    }
    // A ragged row (fewer cells than a span below expects) gets empty cells in the gaps.
    return Array.from(slots, (cell, c) => cell ?? this.cell('', rowNumber, c));
  }

  private cell(text: string, row: number, columnIndex: number): Cell {
    return { kind: 'cell', text, segments: [], place: { table: this.table, row, column: columnIndex + 1 }, merged: false };
  }

  private copy(original: Cell, row: number, columnIndex: number): Cell {
    const copy = { ...this.cell(original.text, row, columnIndex), merged: true };
    this.copies.set(copy, original);
    return copy;
  }
}

function spanOf(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(n) && n > 1 ? n : 1;
}

/** The rows of a table, in thead/tbody/tfoot or directly under it; not those of nested tables. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'tr') rows.push(child);
    else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) rows.push(...rowsOf(child));
  }
  return rows;
}

function isList(node: ElementContent): boolean {
  return node.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol');
}

/**
 * The text of an element: its paragraphs and line breaks joined with nothing (Chinese text
 * wraps without spaces), without images and without footnote, endnote and comment markers
 * ("[1]", "↑"), which are not the author's text. Elements matching `skip` are left out.
 */
function textOf(element: Element, skip: (node: ElementContent) => boolean = () => false): string {
  let text = '';
  const collect = (nodes: ElementContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') text += node.value;
      else if (node.type === 'element' && !skip(node) && !isNoteMarker(node)) collect(node.children);
    }
  };
  collect(element.children);
  return text;
}

const NOTE_LINK = /^#(?:footnote|endnote|comment)-/;

function isNoteMarker(element: Element): boolean {
  return element.tagName === 'a' && NOTE_LINK.test(String(element.properties.href ?? ''));
}

/** Trimmed, on one line (a stray line break would break the plain-text layout). */
function cleanText(raw: string): string {
  const oneLine = raw.replace(/[\r\n\u2028\u2029]/g, ' ');
  const { start, end } = trimmedRange(oneLine);
  return oneLine.slice(start, end);
}

/**
 * Word comments in mammoth's HTML, rendered with the style mapping "comment-reference => sup":
 * a comment's reference mark (`<a href="#comment-3">`) sits where Word puts it, at the end of
 * the commented text; the bodies follow the document as `<dl>` (`<dt id="comment-3">`,
 * `<dd><p>…</p></dd>`). Nothing is looked for in a document without comments.
 */
class CommentAnchors {
  private readonly anchors = new Map<string, Paragraph | Cell>();
  private readonly texts = new Map<string, string>();
  /** Marks in empty paragraphs, which are no blocks: they go to the next paragraph or cell. */
  private waiting: string[] = [];

  constructor(private readonly present: boolean) {}

  /** `unit` was read from `element`: the comments marked in it are anchored there. */
  anchor(element: Element, unit: Paragraph | Cell, skip?: (node: ElementContent) => boolean): void {
    if (!this.present) return;
    for (const id of [...this.waiting, ...commentMarks(element, skip)]) this.anchors.set(id, unit);
    this.waiting = [];
  }

  /** `element` made no paragraph (it is empty): its marks wait for the next paragraph or cell. */
  hold(element: Element, skip?: (node: ElementContent) => boolean): void {
    if (this.present) this.waiting.push(...commentMarks(element, skip));
  }

  /** The `<dl>` of comment bodies mammoth appends. */
  isCommentList(element: Element): boolean {
    if (!this.present || element.tagName !== 'dl') return false;
    return element.children.some((child) => child.type === 'element' && child.tagName === 'dt' && COMMENT_ID.test(String(child.properties.id ?? '')));
  }

  /** Each `dt` names a comment; the `dd` after it is its body. */
  readBodies(list: Element): void {
    let id: string | undefined;
    for (const child of list.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'dt') id = COMMENT_ID.exec(String(child.properties.id ?? ''))?.[1];
      else if (child.tagName === 'dd' && id !== undefined) this.texts.set(id, cleanText(textOf(firstParagraph(child))));
    }
  }

  list(): WordComment[] {
    return [...this.texts].map(([id, text]) => {
      const anchor = this.anchors.get(id);
      return anchor ? { text, anchor } : { text };
    });
  }
}

const COMMENT_ID = /^comment-(\d+)$/;
const COMMENT_MARK = /^#comment-(\d+)$/;

/** The ids of the comments whose reference marks are in `element`. */
function commentMarks(element: Element, skip: (node: ElementContent) => boolean = () => false): string[] {
  const ids: string[] = [];
  const collect = (nodes: ElementContent[]): void => {
    for (const node of nodes) {
      if (node.type !== 'element' || skip(node)) continue;
      const id = node.tagName === 'a' ? COMMENT_MARK.exec(String(node.properties.href ?? ''))?.[1] : undefined;
      if (id !== undefined) ids.push(id);
      else collect(node.children);
    }
  };
  collect(element.children);
  return ids;
}

/** A comment's first paragraph (the rest is free text), or all of it when it has no paragraphs. */
function firstParagraph(body: Element): Element {
  const paragraph = body.children.find((child): child is Element => child.type === 'element' && child.tagName === 'p');
  return paragraph ?? body;
}
