/**
 * The .md reader: remark (with GFM tables) parses the file; headings and paragraphs become
 * paragraphs, GFM tables become tables. A Markdown paragraph wrapped over several source
 * lines stays one paragraph, its lines joined with nothing (Chinese text wraps without
 * spaces). Every character keeps its source line and column, also inside inline markup
 * (**bold**, `code`, links), after escapes (\*) and character references (&amp;).
 * HTML (comments included) is not text and is left out; comments holding an inline directive
 * (`<!-- budget-lint-disable-next-line sum-of-parts -->`) become the document's directives.
 */
import type { Html, PhrasingContent, Root, RootContent, Table as MdTable } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { directiveInComment } from '../directives/parse.js';
import type { Block, Cell, Directive, Document, Paragraph, Position, SourceText, Table } from '../model/document.js';
import { decodeText } from './decode.js';
import { readError } from './errors.js';
import { LineIndex, SourceTextBuilder } from './source-text.js';

export function readMarkdown(bytes: Uint8Array, filePath: string): Document {
  const { text } = decodeText(bytes, filePath);
  const { blocks, directives } = parseMarkdownSource(text);
  if (blocks.length === 0) throw readError('empty', filePath, { noText: true });
  return { path: filePath, format: 'md', blocks, ...(directives.length > 0 ? { directives } : {}) };
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** The blocks of a Markdown text. */
export function parseMarkdown(text: string): Block[] {
  return parseMarkdownSource(text).blocks;
}

/** The blocks and the inline directives of a Markdown text. */
export function parseMarkdownSource(text: string): { blocks: Block[]; directives: Directive[] } {
  const tree: Root = parser.parse(text);
  const reader = new MarkdownBlocks(text);
  return { blocks: reader.read(tree), directives: reader.directives };
}

/** A `{ type, position }` node whose source range is known. */
interface Located {
  position?: { start: { offset?: number; line: number; column: number }; end: { offset?: number } };
}

class MarkdownBlocks {
  private readonly lines: LineIndex;
  private readonly blocks: Block[] = [];
  readonly directives: Directive[] = [];
  private paragraphs = 0;
  private tables = 0;

  constructor(private readonly source: string) {
    this.lines = new LineIndex(source);
  }

  read(tree: Root): Block[] {
    this.visit(tree.children);
    return this.blocks;
  }

  private visit(nodes: RootContent[]): void {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
        case 'paragraph':
          this.addParagraph(this.phrasingText(node.children, node), node.type === 'heading');
          break;
        case 'table':
          this.addTable(node);
          break;
        case 'code':
          this.addCodeLines(node.value, node);
          break;
        case 'blockquote':
        case 'list':
        case 'listItem':
        case 'footnoteDefinition':
          this.visit(node.children);
          break;
        case 'html':
          this.addDirective(node);
          break;
        default:
          // thematic breaks, definitions: no text of the report.
          break;
      }
    }
  }

  private addParagraph(source: SourceText, heading: boolean): void {
    if (source.text === '') return;
    this.paragraphs += 1;
    const paragraph: Paragraph = { kind: 'paragraph', heading, ...source, place: { paragraph: this.paragraphs } };
    this.blocks.push(paragraph);
  }

  private addTable(node: MdTable): void {
    this.tables += 1;
    const table = this.tables;
    const rows = node.children.map((row, r) =>
      row.children.map(
        (cell, c): Cell => ({
          kind: 'cell',
          ...this.phrasingText(cell.children, cell),
          place: { table, row: r + 1, column: c + 1 },
          merged: false,
        }),
      ),
    );
    const block: Table = { kind: 'table', table, rows };
    this.blocks.push(block);
  }

  /** An HTML comment holding a directive; other HTML is no text of the report. */
  private addDirective(node: Html): void {
    const directive = node.value.includes('budget-lint-') ? directiveInComment(node.value) : undefined;
    const position = node.position;
    if (!directive || !position) return;
    const start = { line: position.start.line, column: position.start.column };
    this.directives.push({ ...directive, start, end: { line: position.end.line, column: position.end.column } });
  }

  /**
   * A code block (often just a paragraph indented by four spaces, which Markdown reads as
   * code) holds report text all the same: one paragraph per non-empty line.
   */
  private addCodeLines(value: string, node: Located): void {
    const cursor = new SourceCursor(this.source, node, this.lines);
    for (const line of value.split('\n')) {
      const text = new SourceTextBuilder(cursor.position());
      cursor.align(line, text);
      this.addParagraph(text.build(), false);
    }
  }

  /** The text of inline content, every character mapped to the source. */
  private phrasingText(children: PhrasingContent[], parent: Located): SourceText {
    const text = new SourceTextBuilder(startOf(parent));
    const collect = (nodes: PhrasingContent[]): void => {
      for (const node of nodes) {
        if (node.type === 'text' || node.type === 'inlineCode') {
          new SourceCursor(this.source, node, this.lines).align(joinSoftBreaks(node.value), text);
        } else if (node.type === 'html') {
          this.addDirective(node);
        } else if ('children' in node) {
          collect(node.children);
        }
        // html (<br>, comments), images, footnote references and breaks add no text.
      }
    };
    collect(children);
    return text.build();
  }
}

function startOf(node: Located): Position {
  const start = node.position?.start;
  return start ? { line: start.line, column: start.column } : { line: 1, column: 1 };
}

/** Soft line breaks join the lines with nothing; the spaces around them go too. */
function joinSoftBreaks(value: string): string {
  return value.includes('\n') ? value.replace(/[ \t]*\n[ \t]*/g, '') : value;
}

/** A character reference (&amp; &#32; &#x4E00;) as Markdown decodes it. */
const CHARACTER_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

/**
 * Walks a node's source range alongside its decoded text, to find where each character of
 * the text was written: markup, escapes and line prefixes are skipped over.
 */
class SourceCursor {
  private offset: number;
  private readonly end: number;

  constructor(
    private readonly source: string,
    node: Located,
    private readonly lines: LineIndex,
  ) {
    this.offset = node.position?.start.offset ?? 0;
    this.end = node.position?.end.offset ?? source.length;
  }

  position(): Position {
    return this.lines.positionAt(this.offset);
  }

  /** Appends `text` to `out`, each run of characters at the source offset it was read from. */
  align(text: string, out: SourceTextBuilder): void {
    let runStart = 0;
    let runSource = -1;
    let previous = -2;
    for (let i = 0; i < text.length; i += 1) {
      const at = this.locate(text.charCodeAt(i));
      if (at !== previous + 1) {
        if (runSource >= 0) out.append(text.slice(runStart, i), this.lines.positionAt(runSource));
        runStart = i;
        runSource = at;
      }
      previous = at;
    }
    if (runSource >= 0) out.append(text.slice(runStart), this.lines.positionAt(runSource));
  }

  /** The source offset of the next text character `code`, moving past it. */
  private locate(code: number): number {
    const { source } = this;
    const here = this.offset;
    if (source.charCodeAt(here) === code) return this.advance(here, 1);
    if (source[here] === '\\' && source.charCodeAt(here + 1) === code) return this.advance(here + 1, 1);
    if (source[here] === '&') {
      CHARACTER_REFERENCE.lastIndex = here;
      const reference = CHARACTER_REFERENCE.exec(source);
      if (reference) return this.advance(here, reference[0].length);
    }
    const found = source.indexOf(String.fromCharCode(code), here);
    if (found < 0 || found >= this.end) return here;
    return this.advance(found, 1);
  }

  private advance(at: number, length: number): number {
    this.offset = at + length;
    return at;
  }
}
