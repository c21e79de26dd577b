/**
 * The deterministic plain-text rendering of a document (`budget-lint --print-text`), in the
 * .txt layout the .txt reader reads:
 *
 * - each paragraph on its own line, paragraphs separated by one blank line;
 * - a table: each cell a line led by a tab, rows separated by one blank line, and two blank
 *   lines after the table (before whatever follows it);
 * - a cell carried down from a merged cell above (`merged`) renders empty, as Word's own
 *   plain-text export has it.
 *
 * Reading the rendering back with the .txt reader gives the same blocks (merged copies
 * come back as empty cells). .docx locations (line, column) point into this text.
 */
import type { Block, Cell, Paragraph } from './document.js';

export interface Rendering {
  text: string;
  /** The 1-based line each rendered paragraph or cell is on. Empty paragraphs are not rendered. */
  lineOf: Map<Paragraph | Cell, number>;
}

/** Column where a paragraph's text starts on its line. */
export const PARAGRAPH_COLUMN = 1;
/** Column where a cell's text starts on its line, after the leading tab. */
export const CELL_COLUMN = 2;

export function renderText(blocks: Block[]): string {
  return layoutText(blocks).text;
}

/** The rendering and, for each paragraph and cell, the line it lands on. */
export function layoutText(blocks: Block[]): Rendering {
  const lines: string[] = [];
  const lineOf = new Map<Paragraph | Cell, number>();
  let blanksBeforeNext = 0;
  const emit = (text: string, unit?: Paragraph | Cell): void => {
    for (; blanksBeforeNext > 0; blanksBeforeNext -= 1) lines.push('');
    lines.push(text);
    if (unit) lineOf.set(unit, lines.length);
  };

  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      if (block.text === '') continue;
      emit(oneLine(block.text), block);
      blanksBeforeNext = 1;
      continue;
    }
    const rows = block.rows.filter((row) => row.length > 0);
    if (rows.length === 0) continue;
    rows.forEach((row, r) => {
      if (r > 0) blanksBeforeNext = 1;
      for (const cell of row) emit(`\t${cell.merged ? '' : oneLine(cell.text)}`, cell);
    });
    blanksBeforeNext = 2;
  }
  return { text: lines.length > 0 ? `${lines.join('\n')}\n` : '', lineOf };
}

/**
 * A text with each line break made a space: readers keep a block's text on one line, and
 * should a break slip in, the layout (and every offset after it) still holds.
 */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]/g, ' ');
}

/**
 * Renders the blocks as plain text and points each paragraph and cell at its line there, for
 * the formats located in their rendering (.docx, .doc, .pdf, .xlsx); a merged copy points
 * where the cell it copies is.
 */
export function locateInRendering(blocks: Block[], copies: ReadonlyMap<Cell, Cell> = new Map()): string {
  const { text, lineOf } = layoutText(blocks);
  const locate = (unit: Paragraph | Cell, column: number): void => {
    unit.segments = [{ offset: 0, start: { line: lineOf.get(unit) ?? 1, column } }];
  };
  for (const block of blocks) {
    if (block.kind === 'paragraph') locate(block, PARAGRAPH_COLUMN);
    else for (const row of block.rows) for (const cell of row) locate(cell, CELL_COLUMN);
  }
  for (const [copy, original] of copies) copy.segments = original.segments;
  return text;
}
