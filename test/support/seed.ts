import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintDocument } from '../../src/lint/linter.js';
import type { Diagnostic, Rule } from '../../src/lint/types.js';
import type { Document } from '../../src/model/document.js';
import { readDocument } from '../../src/readers/index.js';

/**
 * The real reference report lives beside the repository in ../shared, which a user's clone
 * does not have: tests that read it are skipped then, and say why.
 */
const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared');
export const SEED_TXT = path.join(shared, 'seeds/000_72f22ccfca140d7b.txt');
export const SEED_DOCX = path.join(shared, 'renditions/000_72f22ccfca140d7b.docx');

/** ../shared brings both files; tests of either skip unless both are here. */
const missing = [SEED_TXT, SEED_DOCX].filter((file) => !existsSync(file));
export const HAVE_SEED = missing.length === 0;

if (!HAVE_SEED) console.warn(`Skipping the real-report tests: ${missing.join(' and ')} not found (only the project's own checkout has ../shared beside it).`);

/** The .txt lines as a text unit sees them: a table cell's leading tab dropped. */
export function seedLines(): string[] {
  return readFileSync(SEED_TXT, 'utf8')
    .split('\n')
    .map((line) => line.replace(/^\t/, ''));
}

/**
 * The real report read from its .txt once: linting does not change a Document, so every test
 * shares it (vitest loads this module afresh for each test file, hence once per file).
 */
let seedDocument: Promise<Document> | undefined;

/** The findings of `rule` alone on the real report. */
export async function lintSeedWith(rule: Rule): Promise<Diagnostic[]> {
  seedDocument ??= readDocument(SEED_TXT);
  return lintDocument(await seedDocument, { rules: [rule] });
}
