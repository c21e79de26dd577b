/**
 * `--annotate out.docx` on the command line: checked before linting (one .docx input, an
 * output that is not the input), written after. The .docx machinery loads only when a copy
 * is written.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Lang, Localized } from '../lint/types.js';
import { displayPath } from '../reporters/paths.js';
import type { FileResult } from '../reporters/types.js';
import { annotateMessages } from './messages.js';

/** Why `--annotate output` cannot be done for these input files, or undefined when it can. */
export async function annotateTargetProblem(files: string[], output: string, cwd: string): Promise<Localized | undefined> {
  if (files.length > 1) return annotateMessages.severalFiles(files.length);
  const input = files[0];
  if (input === undefined) return undefined; // nothing to check: that has been said already
  if (path.extname(input).toLowerCase() !== '.docx') return annotateMessages.notDocx(displayPath(input, cwd));
  const target = path.resolve(cwd, output);
  const targetStats = await statOrUndefined(target);
  if (targetStats?.isDirectory()) return annotateMessages.outputIsDirectory(displayPath(target, cwd));
  if (await isSameFile(input, target)) {
    const stem = displayPath(input, cwd).replace(/\.docx$/i, '');
    return annotateMessages.sameAsInput(displayPath(target, cwd), stem);
  }
  return undefined;
}

/**
 * Writes the annotated copy of the one file checked, with a comment for each of its
 * findings (as shown, so `--quiet` leaves out warnings here too); an existing file at
 * `output` is replaced. Returns what went wrong, or undefined.
 */
export async function writeAnnotatedCopy(results: FileResult[], output: string, lang: Lang, cwd: string): Promise<Localized | undefined> {
  const result = results[0];
  if (!result) return undefined;
  const target = path.resolve(cwd, output);
  const shownInput = displayPath(result.filePath, cwd);
  const shownTarget = displayPath(target, cwd);
  if (result.fatal) return annotateMessages.inputUnreadable(shownInput, shownTarget);

  let bytes: Buffer;
  try {
    bytes = await readFile(result.filePath);
  } catch {
    return annotateMessages.inputUnreadable(shownInput, shownTarget);
  }
  let copy: Buffer;
  try {
    const { annotateDocx } = await import('./docx-comments.js');
    copy = (await annotateDocx(bytes, result.diagnostics, { lang })).bytes;
  } catch (error) {
    return annotateMessages.annotateFailed(shownInput, error instanceof Error ? error.message : String(error));
  }
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, copy);
  } catch (error) {
    return annotateMessages.writeFailed(shownTarget, (error as NodeJS.ErrnoException).code ?? String(error));
  }
  return undefined;
}

async function statOrUndefined(file: string): Promise<Awaited<ReturnType<typeof stat>> | undefined> {
  try {
    return await stat(file);
  } catch {
    return undefined;
  }
}

/** The same path, or another name for the same file (a link, or a different letter case). */
async function isSameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [statsA, statsB] = await Promise.all([statOrUndefined(a), statOrUndefined(b)]);
  return statsA !== undefined && statsB !== undefined && statsA.dev === statsB.dev && statsA.ino === statsB.ino;
}
