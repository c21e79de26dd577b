import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintFile } from '../../src/cli/lint-file.js';
import type { FileResult } from '../../src/reporters/types.js';
import { toDocx, toMarkdown } from '../support/renditions.js';
import { HAVE_SEED, SEED_DOCX, SEED_TXT } from '../support/seed.js';

/**
 * What a finding says, independent of the format: rule, severity, message and excerpt.
 * Line numbers quoted inside messages ("见第528行") point into each format's own text, so
 * they are masked, and findings are compared as a set.
 */
function findings(result: FileResult): string[] {
  expect(result.fatal).toBeUndefined();
  return result.diagnostics.map((d) => `${d.ruleId} ${d.severity} ${d.message.zh.replace(/第\d+行/g, '第N行').replace(/表\d+/g, '表N')} «${d.excerpt}»`).sort();
}

describe.skipIf(!HAVE_SEED)('the real report in every format', () => {
  let dir: string;
  const results: Record<string, FileResult> = {};

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'budget-lint-formats-'));
    const text = await readFile(SEED_TXT, 'utf8');
    await writeFile(path.join(dir, 'report.md'), toMarkdown(text));
    await writeFile(path.join(dir, 'report.docx'), await toDocx(text));
    results['txt'] = await lintFile(SEED_TXT);
    results['md'] = await lintFile(path.join(dir, 'report.md'));
    results['docx'] = await lintFile(path.join(dir, 'report.docx'));
    results['word'] = await lintFile(SEED_DOCX);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is read without a crash and has findings', () => {
    expect(findings(results['txt']!).length).toBeGreaterThan(10);
  });

  it('gives the same findings as Markdown', () => {
    expect(findings(results['md']!)).toEqual(findings(results['txt']!));
  });

  it('gives the same findings as a .docx built from the text', () => {
    expect(findings(results['docx']!)).toEqual(findings(results['txt']!));
  });

  /**
   * The Word rendition keeps the text, but splits some indicator tables into pieces where a
   * cell's text ran over blank lines in the .txt (the pieces sit between paragraphs). Every
   * finding it gives is one the .txt gives; what it cannot give is only what needs a whole
   * indicator table: its row counts and its count × standard product.
   */
  it('gives the .txt findings from the Word rendition, but for its split tables', () => {
    const word = findings(results['word']!);
    const txt = findings(results['txt']!);
    expect(word.filter((f) => !txt.includes(f))).toEqual([]);
    const missing = txt.filter((f) => !word.includes(f));
    expect(missing.map((f) => f.split(' ')[0]).filter((rule) => rule !== 'indicator-count' && rule !== 'per-unit')).toEqual([]);
  });

  it('locates .docx findings by paragraph or table cell', () => {
    for (const d of results['word']!.diagnostics) {
      expect('paragraph' in d.location || 'table' in d.location).toBe(true);
    }
  });
});
