/**
 * The `ignores` of a configuration: patterns relative to the configuration file's folder, in
 * the syntax of `.budget-lintignore` (that of .gitignore, read by the same code): a pattern
 * with a slash is tied to that folder, one without matches at any depth; a later "!pattern"
 * checks a file again; what is inside an ignored folder stays ignored.
 */
import path from 'node:path';
import { parseIgnorePatterns, type IgnorePattern } from '../batch/ignore.js';

export class IgnoreList {
  private readonly patterns: IgnorePattern[];

  /** `patterns` are relative to `baseDir` (absolute). */
  constructor(
    patterns: string[],
    private readonly baseDir: string,
  ) {
    this.patterns = patterns.flatMap(ignorePattern);
  }

  /** The pattern (as written) that ignores `file` (absolute), or undefined when it is checked. */
  ignoring(file: string): string | undefined {
    if (this.patterns.length === 0) return undefined;
    const relative = path.relative(this.baseDir, file).split(path.sep).join('/');
    // Files outside the folder are not the configuration's to ignore.
    if (relative === '' || relative.startsWith('../') || path.isAbsolute(relative)) return undefined;
    for (const folder of foldersOf(relative)) {
      const ignoredFolder = this.lastMatch(folder, true);
      if (ignoredFolder) return ignoredFolder;
    }
    return this.lastMatch(relative, false);
  }

  /** The last pattern matching `relative`, when it ignores rather than re-includes. */
  private lastMatch(relative: string, isFolder: boolean): string | undefined {
    let last: IgnorePattern | undefined;
    for (const pattern of this.patterns) {
      if ((!pattern.foldersOnly || isFolder) && pattern.regex.test(relative)) last = pattern;
    }
    return last && !last.negated ? last.source : undefined;
  }
}

/** One entry of `ignores` as a pattern (none for an entry that is no pattern, such as "#"). */
export function ignorePattern(entry: string): IgnorePattern[] {
  return parseIgnorePatterns(entry.replace(/[\r\n]+/g, ' '));
}

/** "a/b/c.docx" → ["a", "a/b"], outermost first. */
function foldersOf(relative: string): string[] {
  const parts = relative.split('/').slice(0, -1);
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}
