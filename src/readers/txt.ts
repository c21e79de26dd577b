/**
 * The .txt reader. Plain-text reports (as Word's "save as plain text" writes them) hold one
 * paragraph per line and tables in this layout:
 *
 * - a table starts at a line led by a tab; each cell is such a line (the tab removed);
 * - a tab line right after a non-blank line is the next cell of the same row; a tab line
 *   after one blank line starts the next row;
 * - a line not led by a tab, after at most one blank line, continues the last cell: Word
 *   wraps a cell's paragraphs that way, and Chinese text joins with nothing;
 * - two blank lines end the table.
 *
 * `renderText` writes this layout, so the plain-text rendering of any document reads back
 * into the same blocks.
 *
 * A line holding nothing but an inline directive (`<!-- budget-lint-disable-next-line
 * sum-of-parts -->`) is no text of the report: it becomes one of the document's directives
 * and is otherwise skipped, as if it were not there.
 */
import { directiveInComment } from '../directives/parse.js';
import type { Block, Cell, Directive, Document, Paragraph, Table } from '../model/document.js';
import { decodeText } from './decode.js';
import { splitLines, SourceTextBuilder, trimmedRange } from './source-text.js';

export function readTxt(bytes: Uint8Array, filePath: string): Document {
  const { text } = decodeText(bytes, filePath);
  const { blocks, directives } = parseTxtSource(text);
  return { path: filePath, format: 'txt', blocks, ...(directives.length > 0 ? { directives } : {}) };
}

/** The blocks of a text in the .txt layout (see the module comment). */
export function parseTxt(text: string): Block[] {
  return parseTxtSource(text).blocks;
}

/** The blocks and the inline directives of a text in the .txt layout. */
export function parseTxtSource(text: string): { blocks: Block[]; directives: Directive[] } {
  const lines = splitLines(text);
  const directives = directiveLines(lines);
  const skipped = new Set(directives.map((directive) => directive.start.line - 1));
  const blocks: Block[] = [];
  let paragraphs = 0;
  let tables = 0;
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    if (skipped.has(index)) {
      index += 1;
      continue;
    }
    if (isCellLine(line)) {
      tables += 1;
      const { table, next } = readTable(lines, index, tables, skipped);
      blocks.push(table);
      index = next;
      continue;
    }
    if (!isBlank(line)) {
      paragraphs += 1;
      blocks.push(readParagraph(line, index + 1, paragraphs));
    }
    index += 1;
  }
  return { blocks, directives };
}

/** Lines holding just a directive comment; the cheap `includes` keeps other lines fast. */
function directiveLines(lines: string[]): Directive[] {
  const directives: Directive[] = [];
  lines.forEach((line, index) => {
    if (!line.includes('budget-lint-')) return;
    const directive = directiveInComment(line);
    if (!directive) return;
    const start = line.indexOf('<!--');
    const end = line.lastIndexOf('-->') + '-->'.length;
    directives.push({ ...directive, start: { line: index + 1, column: start + 1 }, end: { line: index + 1, column: end + 1 } });
  });
  return directives;
}

function isCellLine(line: string): boolean {
  return line.startsWith('\t');
}

/** Blank: nothing but whitespace, and not a tab-led (empty) cell. */
function isBlank(line: string): boolean {
  if (isCellLine(line)) return false;
  const { start, end } = trimmedRange(line);
  return start === end;
}

function readParagraph(line: string, lineNumber: number, paragraph: number): Paragraph {
  const text = new SourceTextBuilder({ line: lineNumber, column: 1 });
  appendLine(text, line, lineNumber, 0);
  return { kind: 'paragraph', heading: false, ...text.build(), place: { paragraph } };
}

/** Appends the trimmed part of `line` from `from` on, with its exact column. */
function appendLine(text: SourceTextBuilder, line: string, lineNumber: number, from: number): void {
  const { start, end } = trimmedRange(line, from);
  text.append(line.slice(start, end), { line: lineNumber, column: start + 1 });
}

/**
 * Reads the table whose first cell line is `start`; `next` is the first line after it.
 * Directive lines (`skipped`) count neither as text nor as blank.
 */
function readTable(lines: string[], start: number, table: number, skipped: ReadonlySet<number>): { table: Table; next: number } {
  const rows: SourceTextBuilder[][] = [];
  let row: SourceTextBuilder[] = [];
  let blanks = 0;
  let index = start;
  for (; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const lineNumber = index + 1;
    if (skipped.has(index)) continue;
    if (isBlank(line)) {
      blanks += 1;
      if (blanks >= 2) break;
      continue;
    }
    if (isCellLine(line)) {
      if (blanks > 0 && row.length > 0) {
        rows.push(row);
        row = [];
      }
      const cell = new SourceTextBuilder({ line: lineNumber, column: 2 });
      appendLine(cell, line, lineNumber, 1);
      row.push(cell);
    } else {
      const last = row[row.length - 1];
      if (last) appendLine(last, line, lineNumber, 0);
    }
    blanks = 0;
  }
  if (row.length > 0) rows.push(row);
  const cells = rows.map((builders, r) => builders.map((builder, c) => toCell(builder, table, r, c)));
  return { table: { kind: 'table', table, rows: cells }, next: index };
}

function toCell(text: SourceTextBuilder, table: number, rowIndex: number, columnIndex: number): Cell {
  return { kind: 'cell', ...text.build(), place: { table, row: rowIndex + 1, column: columnIndex + 1 }, merged: false };
}
