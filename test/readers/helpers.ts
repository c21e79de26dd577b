/** Temporary files for reader tests, and a check that locations point at the right text. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { positionAt, textUnits, type Document, type SourceText } from '../../src/model/document.js';
import { splitLines } from '../../src/readers/source-text.js';

/** A folder removed after the test file's tests; `write` puts a file in it and returns its path. */
export function tempFolder(): { dir: string; write(name: string, content: string | Uint8Array): string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'budget-lint-readers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    write(name, content) {
      const file = path.join(dir, name);
      writeFileSync(file, content);
      return file;
    },
  };
}

/** The source text at `unit`'s offset `offset`, `length` characters on one line. */
export function sourceAt(source: string, unit: SourceText, offset: number, length: number): string {
  const { line, column } = positionAt(unit, offset);
  return (splitLines(source)[line - 1] ?? '').slice(column - 1, column - 1 + length);
}

/**
 * Every character of every paragraph and cell, looked up through its segments in `source`
 * (the file, or the rendering for .docx): the places where they differ.
 */
export function misplacedCharacters(doc: Document, source: string): string[] {
  const lines = splitLines(source);
  const misplaced: string[] = [];
  for (const unit of textUnits(doc)) {
    if (unit.kind === 'cell' && unit.merged) continue;
    for (let offset = 0; offset < unit.text.length; offset += 1) {
      const { line, column } = positionAt(unit, offset);
      const found = lines[line - 1]?.[column - 1];
      if (found !== unit.text[offset]) misplaced.push(`${unit.text[offset]}@${line}:${column} is ${String(found)}`);
    }
  }
  return misplaced;
}

/** Texts of the blocks: a paragraph's text, a table's rows of cell texts. */
export function blockTexts(doc: Pick<Document, 'blocks'>): (string | string[][])[] {
  return doc.blocks.map((block) =>
    block.kind === 'paragraph' ? block.text : block.rows.map((row) => row.map((cell) => cell.text)),
  );
}
