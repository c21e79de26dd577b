/**
 * The document model every reader produces and every later stage reads.
 * A document is an ordered list of blocks; each block knows where its text came from,
 * so a finding about characters 12–20 of a block can be traced back to a line and column
 * of the source (or of the plain-text rendering, for .docx) and to a place a reviewer
 * finds in Word.
 */

export type SourceFormat = 'txt' | 'md' | 'docx' | 'doc' | 'pdf' | 'xlsx';

/**
 * Formats whose locations point into the plain-text rendering (`--print-text`) rather than
 * into the file, and whose findings also name a place a reviewer finds in the file itself.
 */
export function isRendered(format: SourceFormat | undefined): boolean {
  return format !== undefined && format !== 'txt' && format !== 'md';
}

/** 1-based line, 1-based column counted in UTF-16 code units (as JS strings index). */
export interface Position {
  line: number;
  column: number;
}

/**
 * Where a block sits in the document as a reviewer sees it: the n-th paragraph, or a cell
 * of the n-th table (all 1-based). For .txt/.md the numbers count blocks of our model; for
 * .docx and .doc they match what Word shows. A PDF adds the page the text is printed on
 * (a table continued over pages is one table, each row on its own page); a spreadsheet adds
 * the sheet and the cell's address as the spreadsheet program shows them.
 */
export type Place = ParagraphPlace | CellPlace;

export interface PrintedPlace {
  /** .pdf: the 1-based page. */
  page?: number;
  /** .xlsx: the sheet's name. */
  sheet?: string;
  /** .xlsx: the cell's address ("B5"). */
  cell?: string;
}

export interface ParagraphPlace extends PrintedPlace {
  paragraph: number;
}

export interface CellPlace extends PrintedPlace {
  table: number;
  row: number;
  column: number;
}

/**
 * From `offset` on (until the next segment), the block's text maps one-to-one onto source
 * characters starting at `start`. Text joined from several source lines has one segment
 * per line.
 */
export interface TextSegment {
  offset: number;
  start: Position;
}

/** A run of text with its source mapping. */
export interface SourceText {
  text: string;
  segments: TextSegment[];
}

export interface Paragraph extends SourceText {
  kind: 'paragraph';
  /** true when the format itself marks it as a heading (Markdown `#`, Word heading style). */
  heading: boolean;
  place: ParagraphPlace;
}

export interface Cell extends SourceText {
  kind: 'cell';
  place: CellPlace;
  /** true when the text was carried down from a vertically merged cell above. */
  merged: boolean;
}

export interface Table {
  kind: 'table';
  /** 1-based table number in the document. */
  table: number;
  rows: Cell[][];
}

export type Block = Paragraph | Table;

export interface Document {
  /** Absolute path of the file read. */
  path: string;
  format: SourceFormat;
  blocks: Block[];
  /**
   * For the formats `isRendered` names (.docx, .doc, .pdf, .xlsx): the deterministic
   * plain-text rendering (`--print-text`) that line/column locations refer to. For .txt/.md,
   * locations refer to the file itself.
   */
  rendering?: string;
  /** For .pdf: how many pages the file has. */
  pages?: number;
  /** Inline `budget-lint-disable…` directives, in source order (absent when there are none). */
  directives?: Directive[];
}

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable' | 'disable-file';

/**
 * An inline directive: an HTML comment line in .txt/.md (`<!-- budget-lint-disable-next-line
 * sum-of-parts -- reason -->`), or a Word comment in .docx whose text starts with one.
 */
export interface Directive {
  kind: DirectiveKind;
  /** The rules it names; empty for every rule. */
  ruleIds: string[];
  /** Why, as written after " -- ". */
  reason?: string;
  /** The directive as written, without the comment markers. */
  text: string;
  /**
   * Where it is written (.txt/.md). For .docx, where the paragraph or cell the comment is
   * anchored to starts in the plain-text rendering.
   */
  start: Position;
  end: Position;
  /** .docx: the paragraph or cell the Word comment is anchored to (none if it is nowhere). */
  place?: Place;
}

/** Every text-bearing unit of a document in reading order: paragraphs, then cells row by row. */
export function* textUnits(doc: Document): Generator<Paragraph | Cell> {
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') yield block;
    else for (const row of block.rows) yield* row;
  }
}

/** Maps an offset in `unit.text` to its source position. */
export function positionAt(unit: SourceText, offset: number): Position {
  let segment = unit.segments[0] ?? { offset: 0, start: { line: 1, column: 1 } };
  for (const s of unit.segments) {
    if (s.offset <= offset) segment = s;
    else break;
  }
  return { line: segment.start.line, column: segment.start.column + (offset - segment.offset) };
}
