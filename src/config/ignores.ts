/**
 * The `ignores` of a configuration: patterns relative to the configuration file's folder, in
 * the syntax of `.budget-lintignore` (that of .gitignore, read by the same code): a pattern
 * with a slash is tied to that folder, one without matches at any depth; a later "!pattern"
 * checks a file again; what is inside an ignored folder stays ignored.
 */
import path from 'node:path';
import type { Ignore } from 'ignore';
import { ignorePatterns } from '../files/ignore.js';

export class IgnoreList {
  private readonly patterns: Ignore;

  /** `patterns` are relative to `baseDir` (absolute). */
  constructor(
    patterns: string[],
    private readonly baseDir: string,
  ) {
    this.patterns = ignorePatterns(patterns);
  }

  /** The pattern (as written) that ignores `file` (absolute), or undefined when it is checked. */
  ignoring(file: string): string | undefined {
    const relative = path.relative(this.baseDir, file).split(path.sep).join('/');
    // Files outside the folder are not the configuration's to ignore.
    if (relative === '' || relative.startsWith('../') || path.isAbsolute(relative)) return undefined;
    return this.patterns.checkIgnore(relative).rule?.pattern;
  }
}

/** Whether an entry of `ignores` is a pattern (a blank line or a "#" comment is none). */
export function isIgnorePattern(entry: string): boolean {
  const line = entry.trim();
  return line !== '' && !line.startsWith('#') && line !== '!' && line !== '/';
}
