import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The real reference report lives beside the repository in ../shared, which a user's clone
 * does not have: tests that read it are skipped then, and say why.
 */
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SEED_TXT = path.join(repo, '../shared/seeds/000_72f22ccfca140d7b.txt');
export const SEED_DOCX = path.join(repo, '../shared/renditions/000_72f22ccfca140d7b.docx');
export const HAVE_SEED = existsSync(SEED_TXT);

if (!HAVE_SEED) console.warn(`Skipping the real-report tests: ${SEED_TXT} is not here (only the project's own checkout has ../shared).`);
