/**
 * `.budget-lintignore` files: gitignore syntax, read in every folder a directory walk enters
 * (and in the folders between the current folder and a folder given on the command line).
 *
 * The subset of gitignore that is implemented: blank lines and `#` comments, `!` to re-include,
 * a trailing `/` for folders only, a leading or inner `/` anchoring the pattern to the ignore
 * file's folder, `*`, `?`, `[abc]`/`[a-z]`/`[!a-z]`, `**` as a whole path segment, and `\` to
 * escape. As in git, the last matching pattern wins, a deeper ignore file overrides a shallower
 * one, and nothing inside an ignored folder can be re-included (the walk does not enter it).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export const IGNORE_FILE_NAME = '.budget-lintignore';

export interface IgnorePattern {
  /** The line as written, for messages and tests. */
  source: string;
  negated: boolean;
  /** Written with a trailing `/`: matches folders only. */
  foldersOnly: boolean;
  /** Tested against the path relative to the ignore file's folder, with `/` separators. */
  regex: RegExp;
}

/** Git matches case-insensitively where the file system does (core.ignorecase). */
const CASE_INSENSITIVE = process.platform === 'win32' || process.platform === 'darwin';

/** The patterns of one ignore file, in order. */
export function parseIgnorePatterns(text: string): IgnorePattern[] {
  const patterns: IgnorePattern[] = [];
  for (const rawLine of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const pattern = parseLine(rawLine);
    if (pattern) patterns.push(pattern);
  }
  return patterns;
}

function parseLine(rawLine: string): IgnorePattern | undefined {
  // Trailing spaces are dropped unless escaped ("name\ ").
  let line = rawLine.replace(/(?<!\\)\s+$/, '');
  if (line === '' || line.startsWith('#')) return undefined;
  const negated = line.startsWith('!');
  if (negated) line = line.slice(1);
  const foldersOnly = line.endsWith('/');
  if (foldersOnly) line = line.slice(0, -1);
  if (line === '' || line === '/') return undefined;
  // A slash at the start or in the middle ties the pattern to the ignore file's folder.
  const anchored = line.includes('/');
  if (line.startsWith('/')) line = line.slice(1);
  const body = segmentsToRegex(line.split('/'));
  const source = anchored ? `^${body}$` : `^(?:.*/)?${body}$`;
  return { source: rawLine.trim(), negated, foldersOnly, regex: new RegExp(source, CASE_INSENSITIVE ? 'i' : '') };
}

/** `**` as a whole segment spans any number of folders; elsewhere it is a plain `*`. */
function segmentsToRegex(segments: string[]): string {
  let regex = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') regex += last ? '.*' : '(?:.*/)?';
    else regex += globToRegex(segment) + (last ? '' : '/');
  });
  return regex;
}

/** One path segment's wildcards as a regular expression that never crosses a `/`. */
function globToRegex(glob: string): string {
  let regex = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*') {
      regex += '[^/]*';
      while (glob[i + 1] === '*') i++;
    } else if (ch === '?') {
      regex += '[^/]';
    } else if (ch === '\\' && i + 1 < glob.length) {
      regex += escapeRegex(glob[++i]!);
    } else if (ch === '[') {
      const set = characterSet(glob, i);
      if (set) {
        regex += set.regex;
        i = set.end;
      } else {
        regex += '\\[';
      }
    } else {
      regex += escapeRegex(ch);
    }
  }
  return regex;
}

/** `[abc]`, `[a-z]`, `[!a-z]` or `[^a-z]` starting at `start`; undefined when not closed. */
function characterSet(glob: string, start: number): { regex: string; end: number } | undefined {
  let i = start + 1;
  const negated = glob[i] === '!' || glob[i] === '^';
  if (negated) i++;
  let members = '';
  for (let first = true; i < glob.length; i++, first = false) {
    const ch = glob[i]!;
    if (ch === ']' && !first) return { regex: `[${negated ? '^/' : ''}${members}]`, end: i };
    if (ch === '\\' && i + 1 < glob.length) members += `\\${glob[++i]!}`;
    else members += ch === '-' ? '-' : escapeRegex(ch);
  }
  return undefined;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Whether the last pattern matching `relativePath` ignores it (undefined: none matches). */
export function matchPatterns(patterns: readonly IgnorePattern[], relativePath: string, isFolder: boolean): boolean | undefined {
  let verdict: boolean | undefined;
  for (const pattern of patterns) {
    if (pattern.foldersOnly && !isFolder) continue;
    if (pattern.regex.test(relativePath)) verdict = !pattern.negated;
  }
  return verdict;
}

interface IgnoreFile {
  folder: string;
  patterns: IgnorePattern[];
}

/**
 * The ignore files that apply inside one folder of a walk: its own and those of the folders
 * above it, outermost first. Immutable: `enter` gives a subfolder its own set.
 */
export class FolderIgnores {
  private constructor(
    private readonly files: readonly IgnoreFile[],
    /** Shared by every folder of one walk: how many entries were left out. */
    private readonly tally: { ignored: number },
  ) {}

  /**
   * The ignore files of the folders from `cwd` down to (not including) `folder`, when
   * `folder` is inside `cwd`: a folder named on the command line is walked with the
   * patterns its parents give, as git would.
   */
  static async above(folder: string, cwd: string): Promise<FolderIgnores> {
    const files: IgnoreFile[] = [];
    for (const parent of foldersBetween(path.resolve(cwd), path.resolve(folder))) {
      const file = await readIgnoreFile(parent);
      if (file) files.push(file);
    }
    return new FolderIgnores(files, { ignored: 0 });
  }

  /** The set for `folder`, adding its own ignore file when it has one. */
  async enter(folder: string, hasIgnoreFile: boolean): Promise<FolderIgnores> {
    const own = hasIgnoreFile ? await readIgnoreFile(folder) : undefined;
    return own ? new FolderIgnores([...this.files, own], this.tally) : this;
  }

  /** Whether an entry found in the walk is left out; counts it when it is. */
  ignores(fullPath: string, isFolder: boolean): boolean {
    let ignored = false;
    for (const file of this.files) {
      const relative = path.relative(file.folder, fullPath).split(path.sep).join('/');
      ignored = matchPatterns(file.patterns, relative, isFolder) ?? ignored;
    }
    if (ignored) this.tally.ignored++;
    return ignored;
  }

  /** How many files and folders the walk left out because of ignore files. */
  get ignoredCount(): number {
    return this.tally.ignored;
  }
}

/** `top` and the folders below it down to the parent of `folder`; none when `folder` is not inside `top`. */
function foldersBetween(top: string, folder: string): string[] {
  const relative = path.relative(top, folder);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return [];
  const folders: string[] = [];
  for (let parent = path.dirname(folder); ; parent = path.dirname(parent)) {
    folders.unshift(parent);
    if (parent === top) return folders;
  }
}

/** The folder's ignore file; undefined when it has none or it cannot be read. */
async function readIgnoreFile(folder: string): Promise<IgnoreFile | undefined> {
  try {
    const text = await readFile(path.join(folder, IGNORE_FILE_NAME), 'utf8');
    return { folder, patterns: parseIgnorePatterns(text) };
  } catch {
    return undefined;
  }
}
