/**
 * Builds the command as `npm run build` does, into a folder of the test's own: tests run in
 * parallel, and one rebuilding dist/ must not pull the files from under another.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Builds into `outdir` and returns the path of the built command (`budget-lint.cjs`). */
export async function buildCommand(outdir: string): Promise<string> {
  await promisify(execFile)(process.execPath, [path.join(ROOT, 'scripts/build.js'), '--outdir', outdir], { cwd: ROOT });
  return path.join(outdir, 'budget-lint.cjs');
}
