import type { Block, Cell, Document, Paragraph } from '../../src/model/document.js';

/**
 * Builds a small document for a test: each string is a paragraph on its own line; a nested
 * array is a table (rows of cell texts). Lines are numbered as if each block were one line.
 */
export function buildDocument(blocks: (string | string[][])[], path = '/test/report.txt'): Document {
  let paragraph = 0;
  let table = 0;
  let line = 0;
  const result: Block[] = blocks.map((block): Block => {
    if (typeof block === 'string') {
      line++;
      paragraph++;
      const p: Paragraph = { kind: 'paragraph', heading: false, text: block, segments: [{ offset: 0, start: { line, column: 1 } }], place: { paragraph } };
      return p;
    }
    table++;
    return {
      kind: 'table',
      table,
      rows: block.map((cells, r) =>
        cells.map((text, c): Cell => {
          line++;
          return { kind: 'cell', text, segments: [{ offset: 0, start: { line, column: 2 } }], place: { table, row: r + 1, column: c + 1 }, merged: false };
        }),
      ),
    };
  });
  return { path, format: 'txt', blocks: result };
}
