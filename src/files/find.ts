/** The documents a run checks, from the files, folders and glob patterns on the command line. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { batchMessages } from '../batch/messages.js';
import { cliMessages } from '../i18n/messages.js';
import type { Localized } from '../lint/types.js';
import { CONFIG_FILE_NAME } from '../config/load.js';
import { isReportFile } from '../readers/index.js';
import { displayPath } from '../reporters/paths.js';
import { FolderIgnores, IGNORE_FILE_NAME } from './ignore.js';

export interface FileTargets {
  /** Absolute paths, in the order given, each once. */
  files: string[];
  /** Patterns that matched nothing and folders with no documents. */
  problems: Localized[];
  /** What was passed over in folders and why (files of other kinds), so that nothing is skipped silently. */
  notices: Localized[];
}

/**
 * Turns the command line's files, directories and globs into the files to check.
 * - A directory is searched recursively for documents (skipping node_modules, dot-folders and
 *   what `.budget-lintignore` files leave out). Files of report formats that cannot be read
 *   (.xls, .wps …) are taken too, so that the reader says what to do with them; other files
 *   are counted and named by extension in a notice.
 * - A glob keeps the documents it matches, and other files only when the pattern names their
 *   extension (`*.doc`), so the reader can say why they cannot be read.
 * - Any other argument is a file, whatever its extension, even one that does not exist:
 *   the reader then says what is wrong with it.
 */
export async function findFiles(patterns: string[], cwd: string): Promise<FileTargets> {
  const files = new Set<string>();
  const problems: Localized[] = [];
  const passedOver = new Map<string, number>();
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    const kind = await pathKind(absolute);
    if (kind === 'directory') {
      const problemsBefore = problems.length;
      const ignores = await FolderIgnores.above(absolute, cwd);
      const found = await documentsIn(absolute, { problems, passedOver }, cwd, ignores);
      if (found.length === 0 && problems.length === problemsBefore) {
        const shown = displayPath(absolute, cwd);
        problems.push(ignores.ignoredCount > 0 ? batchMessages.allIgnored(shown) : cliMessages.emptyDirectory(shown));
      }
      found.forEach((f) => files.add(f));
    } else if (kind === 'missing' && (await globber()).isDynamicPattern(pattern)) {
      const found = await globDocuments(pattern, cwd, { problems, passedOver });
      if (found.length === 0) problems.push(cliMessages.noMatch(pattern));
      found.forEach((f) => files.add(f));
    } else {
      files.add(absolute);
    }
  }
  const notices = passedOver.size > 0 ? [cliMessages.passedOver(passedOver)] : [];
  return { files: [...files], problems, notices };
}

/** What a folder search reports besides the documents: problems, and other files by extension. */
interface SearchLog {
  problems: Localized[];
  passedOver: Map<string, number>;
}

/** The glob library loads only when an argument is a pattern: most runs name files or folders. */
function globber(): Promise<typeof import('tinyglobby')> {
  return import('tinyglobby');
}

async function pathKind(p: string): Promise<'file' | 'directory' | 'missing'> {
  try {
    return (await stat(p)).isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}

function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** Documents under `dir`, sorted by path so runs are repeatable. */
async function documentsIn(dir: string, log: SearchLog, cwd: string, outer: FolderIgnores): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    log.problems.push(cliMessages.unreadableDirectory(displayPath(dir, cwd), errorCode(error)));
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const ignores = await outer.enter(dir, entries.some((e) => e.name === IGNORE_FILE_NAME && !e.isDirectory()));
  const found: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!isSkippedFolder(entry.name) && !ignores.ignores(full, true)) found.push(...(await documentsIn(full, log, cwd, ignores)));
    } else if (ignores.ignores(full, false) || !(entry.isFile() || (await pathKind(full)) === 'file')) {
      continue;
    } else if (isReportFile(entry.name)) {
      found.push(full);
    } else if (!entry.name.startsWith('.') && entry.name !== CONFIG_FILE_NAME) {
      const extension = path.extname(entry.name).toLowerCase();
      log.passedOver.set(extension, (log.passedOver.get(extension) ?? 0) + 1);
    }
  }
  return found;
}

async function globDocuments(pattern: string, cwd: string, log: SearchLog): Promise<string[]> {
  const matches = await (await globber()).glob(pattern, { cwd, absolute: true, onlyFiles: false, expandDirectories: false });
  const namesExtension = (file: string): boolean => pattern.toLowerCase().endsWith(path.extname(file).toLowerCase());
  const inNodeModules = (file: string): boolean =>
    !pattern.includes('node_modules') && file.split(/[\\/]/).includes('node_modules');
  const found: string[] = [];
  for (const match of matches.sort()) {
    if (inNodeModules(match)) continue;
    if (match.endsWith('/')) {
      const folder = match.slice(0, -1);
      found.push(...(await documentsIn(folder, log, cwd, await FolderIgnores.above(folder, cwd))));
    } else if (isReportFile(match) || (path.extname(match) !== '' && namesExtension(match))) found.push(path.normalize(match));
  }
  return found;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
}
