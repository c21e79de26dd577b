import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Real published reports live beside the repository in ../shared/corpus, which a user's clone
 * does not have: tests that read them are skipped then, and say why.
 */
export const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
export const HAVE_CORPUS = existsSync(CORPUS);

if (!HAVE_CORPUS) console.warn(`Skipping the real published reports' tests: ${CORPUS} not found (only the project's own checkout has ../shared beside it).`);

/** The documents of the corpus (every file but its SOURCES.md), by name. */
export function corpusFiles(): string[] {
  return HAVE_CORPUS ? readdirSync(CORPUS).filter((name) => !name.endsWith('.md')).sort() : [];
}
