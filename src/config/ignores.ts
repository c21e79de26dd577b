/**
 * The `ignores` of a configuration: globs relative to the configuration file's folder,
 * matched as the command line's globs are (picomatch, which tinyglobby uses). In order, as in
 * a .gitignore: a later "!pattern" checks a file again. A pattern that matches a folder
 * ignores everything in it ("drafts" is "drafts/" and everything below). A pattern holds from
 * the configuration's folder down; a leading globstar makes it match at any depth.
 */
import path from 'node:path';
import picomatch from 'picomatch';

interface IgnorePattern {
  pattern: string;
  negated: boolean;
  matches: (relativePath: string) => boolean;
}

export class IgnoreList {
  private readonly patterns: IgnorePattern[];

  /** `patterns` are relative to `baseDir` (absolute). */
  constructor(
    patterns: string[],
    private readonly baseDir: string,
  ) {
    this.patterns = patterns.map(compile);
  }

  /** The pattern that ignores `file` (absolute), or undefined when it is checked. */
  ignoring(file: string): string | undefined {
    if (this.patterns.length === 0) return undefined;
    const relative = path.relative(this.baseDir, file).split(path.sep).join('/');
    // Files outside the folder are not the configuration's to ignore.
    if (relative === '' || relative.startsWith('../') || path.isAbsolute(relative)) return undefined;
    const candidates = [relative, ...parentFolders(relative)];
    let ignoredBy: string | undefined;
    for (const { pattern, negated, matches } of this.patterns) {
      if (candidates.some(matches)) ignoredBy = negated ? undefined : pattern;
    }
    return ignoredBy;
  }
}

function compile(pattern: string): IgnorePattern {
  const negated = pattern.startsWith('!');
  let glob = negated ? pattern.slice(1) : pattern;
  // "/drafts" is anchored anyway; "drafts/" names a folder.
  glob = glob.replace(/^\.?\//, '').replace(/\/$/, '');
  return { pattern, negated, matches: picomatch(glob, { dot: true, windows: false }) };
}

/** "a/b/c.docx" → ["a/b", "a"]. */
function parentFolders(relative: string): string[] {
  const folders: string[] = [];
  for (let slash = relative.lastIndexOf('/'); slash > 0; slash = relative.lastIndexOf('/', slash - 1)) {
    folders.push(relative.slice(0, slash));
  }
  return folders;
}
