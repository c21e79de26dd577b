import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ignorePatterns, verdictOf } from '../../src/files/ignore.js';
import { findFiles } from '../../src/files/find.js';
import { cli, scratch, WRONG_TOTAL } from '../cli/helpers.js';

/** Whether `lines` (an ignore file) leave out `relativePath`. */
function ignored(lines: string, relativePath: string, isFolder = false): boolean {
  return verdictOf(ignorePatterns(lines), relativePath, isFolder) ?? false;
}

describe('ignore patterns (gitignore syntax)', () => {
  it('skips blank lines and comments, and trims unescaped trailing spaces', () => {
    expect(ignored('\n# old reports\n   \n', '# old reports')).toBe(false);
    expect(ignored('a.txt   ', 'a.txt')).toBe(true);
    expect(ignored('\\#hash.txt', '#hash.txt')).toBe(true);
    expect(ignored('# hash.txt', '# hash.txt')).toBe(false);
  });

  it('matches a pattern without a slash at any depth', () => {
    expect(ignored('*.md', 'a.md')).toBe(true);
    expect(ignored('*.md', '2023/drafts/a.md')).toBe(true);
    expect(ignored('*.md', 'a.txt')).toBe(false);
    expect(ignored('*.md', 'a.md.txt')).toBe(false);
  });

  it('ties a pattern with a leading or inner slash to the ignore file’s folder', () => {
    expect(ignored('/top.txt', 'top.txt')).toBe(true);
    expect(ignored('/top.txt', 'sub/top.txt')).toBe(false);
    expect(ignored('docs/*.txt', 'docs/a.txt')).toBe(true);
    expect(ignored('docs/*.txt', 'x/docs/a.txt')).toBe(false);
    expect(ignored('docs/*.txt', 'docs/sub/a.txt')).toBe(false);
  });

  it('matches folders only when the pattern ends with a slash', () => {
    expect(ignored('drafts/', 'drafts', true)).toBe(true);
    expect(ignored('drafts/', '2023/drafts', true)).toBe(true);
    expect(ignored('drafts/', 'drafts', false)).toBe(false);
    expect(ignored('drafts', 'drafts', false)).toBe(true);
  });

  it('lets ** span folders only as a whole segment', () => {
    expect(ignored('**/old/*.txt', 'old/a.txt')).toBe(true);
    expect(ignored('**/old/*.txt', 'x/y/old/a.txt')).toBe(true);
    expect(ignored('a/**/b.txt', 'a/b.txt')).toBe(true);
    expect(ignored('a/**/b.txt', 'a/x/y/b.txt')).toBe(true);
    expect(ignored('old/**', 'old/x/y.txt')).toBe(true);
    expect(ignored('old/**', 'old', true)).toBe(false);
    expect(ignored('a**b.txt', 'a/b.txt')).toBe(false);
    expect(ignored('a**b.txt', 'axxb.txt')).toBe(true);
  });

  it('reads ? and character sets within one name', () => {
    expect(ignored('?.txt', 'a.txt')).toBe(true);
    expect(ignored('?.txt', 'ab.txt')).toBe(false);
    expect(ignored('[0-9]*.txt', '2023年.txt')).toBe(true);
    expect(ignored('[0-9]*.txt', '年度.txt')).toBe(false);
    expect(ignored('[!0-9]*.txt', '年度.txt')).toBe(true);
  });

  it('lets the last matching pattern win, so ! re-includes', () => {
    expect(ignored('*.md\n!keep.md', 'keep.md')).toBe(false);
    expect(ignored('*.md\n!keep.md', 'other.md')).toBe(true);
    expect(ignored('!keep.md\n*.md', 'keep.md')).toBe(true);
    expect(ignored('\\!bang.txt', '!bang.txt')).toBe(true);
  });

  it('treats regular-expression characters literally', () => {
    expect(ignored('report(1).txt', 'report(1).txt')).toBe(true);
    expect(ignored('a+b.txt', 'aab.txt')).toBe(false);
  });
});

describe('walking folders with .budget-lintignore files', () => {
  let dir: string;
  let remove: () => Promise<void>;

  beforeAll(async () => {
    ({ dir, remove } = await scratch({
      '.budget-lintignore': 'archive/\n',
      'reports/.budget-lintignore': '# drafts are not published\ndrafts/\n*.md\n!keep.md\n/top-only.txt\n',
      'reports/a.txt': WRONG_TOTAL,
      'reports/keep.md': WRONG_TOTAL,
      'reports/skip.md': WRONG_TOTAL,
      'reports/top-only.txt': WRONG_TOTAL,
      'reports/drafts/d.txt': WRONG_TOTAL,
      'reports/archive/2019.txt': WRONG_TOTAL,
      'reports/sub/.budget-lintignore': '!again.md\nlocal.txt\n',
      'reports/sub/again.md': WRONG_TOTAL,
      'reports/sub/local.txt': WRONG_TOTAL,
      'reports/sub/other.txt': WRONG_TOTAL,
      'reports/sub/top-only.txt': WRONG_TOTAL,
      'hidden/.budget-lintignore': '*\n',
      'hidden/a.txt': WRONG_TOTAL,
    }));
  });
  afterAll(() => remove());

  const relative = (files: string[]): string[] => files.map((f) => path.relative(dir, f).split(path.sep).join('/'));

  it('leaves out what the ignore files of the folder, its subfolders and the folders above it say', async () => {
    const { files, problems } = await findFiles(['reports'], dir);
    expect(problems).toEqual([]);
    expect(relative(files)).toEqual(['reports/a.txt', 'reports/keep.md', 'reports/sub/again.md', 'reports/sub/other.txt', 'reports/sub/top-only.txt']);
  });

  it('checks a file named on the command line even when a pattern covers it', async () => {
    const { files, problems } = await findFiles(['reports/drafts/d.txt'], dir);
    expect(relative(files)).toEqual(['reports/drafts/d.txt']);
    expect(problems).toEqual([]);
  });

  it('leaves out a folder named on the command line that a pattern above it covers, and says so', async () => {
    const { files, problems } = await findFiles(['reports/archive', 'reports/a.txt'], dir);
    expect(relative(files)).toEqual(['reports/a.txt']);
    expect(problems.map((p) => p.zh)).toEqual([expect.stringContaining('都被 .budget-lintignore 排除了')]);
  });

  it('applies the ignore files to folders a glob matches', async () => {
    const { files } = await findFiles(['report*'], dir);
    expect(relative(files)).toContain('reports/a.txt');
    expect(relative(files)).not.toContain('reports/skip.md');
  });

  it('says so when every document of a folder is ignored, and exits 2', async () => {
    const { code, stderr } = await cli(['hidden'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe('hidden：目录中的文档都被 .budget-lintignore 排除了，没有可检查的内容。\n');
  });
});
