/**
 * The real report from ../shared: read as .txt, and the same text as .md and .docx, gives
 * the same blocks; the .docx rendition with vertically merged cells carries them down.
 * A clone without ../shared skips these tests and says so.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block, Document, Table } from '../../src/model/document.js';
import { renderText } from '../../src/model/render-text.js';
import { readDocx } from '../../src/readers/docx/index.js';
import { readDocument } from '../../src/readers/index.js';
import { parseMarkdown } from '../../src/readers/markdown.js';
import { parseTxt } from '../../src/readers/txt.js';
import { mammothBlocks } from '../support/mammoth-blocks.js';
import { toDocx, toMarkdown } from '../support/renditions.js';
import { HAVE_SEED, SEED_DOCX, SEED_TXT } from '../support/seed.js';
import { misplacedCharacters } from './helpers.js';

/**
 * Blocks as texts, merged copies empty and trailing empty cells dropped: GFM pads short rows
 * and a .docx row spans its last cell, where the .txt simply has a shorter row.
 */
function comparable(blocks: Block[]): (string | string[][])[] {
  return blocks.map((block) => {
    if (block.kind === 'paragraph') return block.text;
    return block.rows.map((row) => {
      const texts = row.map((cell) => (cell.merged ? '' : cell.text));
      while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
      return texts;
    });
  });
}

function tablesOf(doc: Pick<Document, 'blocks'>): Table[] {
  return doc.blocks.filter((block): block is Table => block.kind === 'table');
}

const isLevelHeader = (texts: string[]): boolean => texts.includes('一级指标') && texts.includes('二级指标');

describe.skipIf(!HAVE_SEED)('the reference report', () => {
  const source = HAVE_SEED ? readFileSync(SEED_TXT, 'utf8') : '';

  it('reads as .txt with every table and indicator row intact', async () => {
    const doc = await readDocument(SEED_TXT);
    const tables = tablesOf(doc);
    expect(tables).toHaveLength(8);
    const indicatorTables = tables.filter((table) => table.rows.some((row) => isLevelHeader(row.map((c) => c.text))));
    expect(indicatorTables).toHaveLength(7);
    for (const table of indicatorTables) {
      const header = table.rows.findIndex((row) => isLevelHeader(row.map((c) => c.text)));
      const width = table.rows[header]?.length;
      expect(table.rows.slice(header).every((row) => row.length === width)).toBe(true);
      expect(table.rows.length - header).toBeGreaterThan(3);
    }
    for (const cell of tables.flatMap((table) => table.rows.flat())) expect(cell.text).toBe(cell.text.trim());
    expect(misplacedCharacters(doc, source)).toEqual([]);
  });

  it('renders as text that reads back into the same blocks', () => {
    const blocks = parseTxt(source);
    expect(comparable(parseTxt(renderText(blocks)))).toEqual(comparable(blocks));
  });

  it('reads the same as Markdown and as .docx', async () => {
    const expected = comparable(parseTxt(source));
    expect(comparable(parseMarkdown(toMarkdown(source)))).toEqual(expected);
    const docx = await toDocx(source);
    expect(comparable((await readDocx(docx, 'seed.docx')).blocks)).toEqual(expected);
    expect(comparable(await mammothBlocks(docx))).toEqual(expected); // as an independent reader sees it
  });

  it('carries vertically merged cells of the .docx rendition down, and renders it readably', async () => {
    const doc = await readDocument(SEED_DOCX);
    const first = tablesOf(doc)[0];
    const titleColumn = first?.rows.map((row) => row[0]) ?? [];
    expect(titleColumn.length).toBeGreaterThan(2);
    expect(titleColumn.slice(1).every((cell) => cell?.merged && cell.text === titleColumn[0]?.text)).toBe(true);
    const rendering = doc.rendering ?? '';
    expect(misplacedCharacters(doc, rendering)).toEqual([]);
    expect(comparable(parseTxt(rendering))).toEqual(comparable(doc.blocks));
  });
});
