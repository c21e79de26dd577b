/**
 * An independent reading of a .docx to check the reader against: mammoth's HTML made into
 * blocks, as budget-lint read .docx files before it walked the XML itself. Body paragraphs,
 * headings and list items are paragraphs; tables keep their grid, with rowspan and colspan
 * copies marked `merged`; footnotes and endnotes, which mammoth appends as a list, come last.
 */
import type { Element, ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Block, Cell, Paragraph, Table } from '../../src/model/document.js';
import mammoth from 'mammoth';
import { trimmedRange } from '../../src/readers/source-text.js';

/** The blocks of a .docx as mammoth reads it, without segments. */
export async function mammothBlocks(docx: Uint8Array): Promise<Block[]> {
  return htmlBlocks((await mammoth.convertToHtml({ buffer: Buffer.from(docx) })).value);
}

/** Blocks without their segments, to compare what two readers made of one document. */
export function withoutSegments(blocks: Block[]): unknown[] {
  const unit = ({ segments: _, ...rest }: Paragraph | Cell): object => rest;
  return blocks.map((block) => (block.kind === 'paragraph' ? unit(block) : { ...block, rows: block.rows.map((row) => row.map(unit)) }));
}

/** The blocks of mammoth's HTML (the caller may have marked places in its text). */
export function htmlBlocks(html: string): Block[] {
  const reader = new BlockCollector();
  reader.visit(fromHtml(html, { fragment: true }).children);
  return reader.blocks;
}

const HEADING = /^h[1-6]$/;

class BlockCollector {
  readonly blocks: Block[] = [];
  private paragraphs = 0;
  private tables = 0;

  visit(nodes: (RootContent | ElementContent)[]): void {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const tag = node.tagName;
      if (tag === 'p' || HEADING.test(tag)) this.addParagraph(textOf(node), HEADING.test(tag));
      else if (tag === 'table') this.addTable(node);
      else if (tag === 'ul' || tag === 'ol') this.addList(node);
      else this.visit(node.children);
    }
  }

  /** Each list item is a paragraph; its nested lists follow it. */
  private addList(list: Element): void {
    for (const item of list.children) {
      if (item.type !== 'element' || item.tagName !== 'li') continue;
      this.addParagraph(textOf(item, isList), false);
      this.visit(item.children.filter((child) => child.type === 'element' && isList(child)));
    }
  }

  private addParagraph(raw: string, heading: boolean): void {
    const text = cleanText(raw);
    if (text === '') return;
    this.paragraphs += 1;
    const paragraph: Paragraph = { kind: 'paragraph', heading, text, segments: [], place: { paragraph: this.paragraphs } };
    this.blocks.push(paragraph);
  }

  private addTable(element: Element): void {
    const rows = rowsOf(element);
    if (rows.length === 0) return;
    this.tables += 1;
    const grid = new TableGrid(this.tables);
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

  constructor(private readonly table: number) {}

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
    return { ...this.cell(original.text, row, columnIndex), merged: true };
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
