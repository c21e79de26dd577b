/**
 * `.budget-lintignore` files: gitignore syntax, read in every folder a directory walk enters
 * (and in the folders between the current folder and a folder given on the command line).
 *
 * Patterns are matched by the `ignore` package (ESLint's), which follows git's rules: `#`
 * comments, `!` to re-include, a trailing `/` for folders only, a leading or inner `/` tying
 * the pattern to the ignore file's folder, `*`, `?`, `[a-z]`, `**`. As in git, the last
 * matching pattern wins, a deeper ignore file overrides a shallower one, and nothing inside an
 * ignored folder can be re-included (the walk does not enter it).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

export const IGNORE_FILE_NAME = '.budget-lintignore';

/** Git matches case-insensitively where the file system does (core.ignorecase). */
const CASE_INSENSITIVE = process.platform === 'win32' || process.platform === 'darwin';

/** The patterns of an ignore file (or a configuration's `ignores`), in gitignore syntax. */
export function ignorePatterns(patterns: string | string[]): Ignore {
  return ignore({ ignorecase: CASE_INSENSITIVE }).add(patterns);
}

/**
 * What `patterns` say of `relativePath` ('/'-separated, relative to their folder): true when
 * the last pattern matching it ignores it, false when it re-includes it ("!name"), undefined
 * when none matches.
 */
export function verdictOf(patterns: Ignore, relativePath: string, isFolder: boolean): boolean | undefined {
  const { ignored, unignored } = patterns.test(isFolder ? `${relativePath}/` : relativePath);
  return ignored ? true : unignored ? false : undefined;
}

interface IgnoreFile {
  folder: string;
  patterns: Ignore;
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
      ignored = verdictOf(file.patterns, relative, isFolder) ?? ignored;
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
    return { folder, patterns: ignorePatterns(text.replace(/^\uFEFF/, '')) };
  } catch {
    return undefined;
  }
}
