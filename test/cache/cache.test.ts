import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { lintFile } from '../../src/cli/lint-file.js';
import { ResultCache, stableJson } from '../../src/cache/result-cache.js';
import { cli, RIGHT_TOTAL, scratch, UNREADABLE, WRONG_TOTAL } from '../cli/helpers.js';

// Count the files actually read and checked, while still checking them.
vi.mock('../../src/cli/lint-file.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/cli/lint-file.js')>();
  return { ...actual, lintFile: vi.fn(actual.lintFile) };
});
const linted = (): string[] => vi.mocked(lintFile).mock.calls.map(([file]) => path.basename(file));

let dir: string;
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ dir, remove } = await scratch({
    'reports/a.txt': `部门决算说明\n${WRONG_TOTAL}`,
    'reports/b.txt': RIGHT_TOTAL,
    'reports/c.md': `# 部门决算\n\n${WRONG_TOTAL}`,
  }));
});
afterAll(() => remove());
beforeEach(() => vi.mocked(lintFile).mockClear());

describe('--cache', () => {
  const cacheArgs = ['--cache', '--cache-location', 'cache/'];

  it('checks unchanged files only once, and reports the same', async () => {
    const first = await cli([...cacheArgs, 'reports'], { cwd: dir });
    expect(linted()).toEqual(['a.txt', 'b.txt', 'c.md']);
    vi.mocked(lintFile).mockClear();
    const second = await cli([...cacheArgs, 'reports'], { cwd: dir });
    expect(linted()).toEqual([]);
    expect(second).toEqual(first);
    expect(second.code).toBe(1);
    expect(JSON.parse(await readFile(path.join(dir, 'cache/results.json'), 'utf8'))).toMatchObject({ budgetLintCache: 1 });
  });

  it('checks a file again when its content changes', async () => {
    await cli([...cacheArgs, 'reports'], { cwd: dir });
    vi.mocked(lintFile).mockClear();
    await writeFile(path.join(dir, 'reports/b.txt'), WRONG_TOTAL);
    const { stdout } = await cli([...cacheArgs, 'reports'], { cwd: dir });
    expect(linted()).toEqual(['b.txt']);
    expect(stdout).toContain('reports/b.txt');
    await writeFile(path.join(dir, 'reports/b.txt'), RIGHT_TOTAL);
  });

  it('checks every file again when the options that shape a result change, not for --quiet or the format', async () => {
    await cli([...cacheArgs, 'reports'], { cwd: dir });
    vi.mocked(lintFile).mockClear();
    await cli([...cacheArgs, '--quiet', '--format', 'json', 'reports'], { cwd: dir });
    expect(linted()).toEqual([]);
    await cli([...cacheArgs, '--year', '2023', 'reports'], { cwd: dir });
    expect(linted()).toEqual(['a.txt', 'b.txt', 'c.md']);
    vi.mocked(lintFile).mockClear();
    await cli([...cacheArgs, 'reports'], { cwd: dir, severities: { 'sum-of-parts': 'warning' } });
    expect(linted()).toEqual(['a.txt', 'b.txt', 'c.md']);
  });

  it('does nothing without --cache, even with --cache-location', async () => {
    await cli(['--cache-location', 'unused-cache/', 'reports'], { cwd: dir });
    await cli(['--cache-location', 'unused-cache/', 'reports'], { cwd: dir });
    expect(linted()).toHaveLength(6);
    await expect(readFile(path.join(dir, 'unused-cache/results.json'))).rejects.toThrow();
  });

  it('lives in node_modules/.cache/budget-lint by default', async () => {
    await cli(['--cache', 'reports/a.txt'], { cwd: dir });
    const stored = JSON.parse(await readFile(path.join(dir, 'node_modules/.cache/budget-lint/results.json'), 'utf8')) as { entries: object };
    expect(Object.keys(stored.entries)).toEqual([path.join(dir, 'reports/a.txt')]);
  });

  it('always checks files that could not be read', async () => {
    const { dir: other, remove: removeOther } = await scratch({ 'empty.txt': UNREADABLE['empty.txt']!, 'ok.txt': RIGHT_TOTAL });
    try {
      await cli(['--cache', '.'], { cwd: other });
      vi.mocked(lintFile).mockClear();
      const { code } = await cli(['--cache', '.'], { cwd: other });
      expect(code).toBe(2);
      expect(linted()).toEqual(['empty.txt']);
    } finally {
      await removeOther();
    }
  });
});

describe('a damaged or unusable cache', () => {
  it('is ignored and rebuilt, never stopping the run', async () => {
    for (const damage of ['{"budgetLintCache": 1, "version"', '[1, 2, 3]', '{"budgetLintCache": 1, "version": "0.1.0", "entries": {"x": 5}}', '\u0000\u0001']) {
      await mkdir(path.join(dir, 'damaged'), { recursive: true });
      await writeFile(path.join(dir, 'damaged/results.json'), damage);
      vi.mocked(lintFile).mockClear();
      const { code, stderr } = await cli(['--cache', '--cache-location', 'damaged/results.json', 'reports'], { cwd: dir });
      expect(code).toBe(1);
      expect(stderr).toBe('');
      expect(linted()).toHaveLength(3);
      const rebuilt = JSON.parse(await readFile(path.join(dir, 'damaged/results.json'), 'utf8')) as { entries: object };
      expect(Object.keys(rebuilt.entries)).toHaveLength(3);
    }
  });

  it('that cannot be written is said on stderr; the results and exit code stand', async () => {
    await writeFile(path.join(dir, 'a-file'), 'not a folder');
    const { code, stdout, stderr } = await cli(['--cache', '--cache-location', 'a-file/cache.json', 'reports'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toContain('sum-of-parts');
    expect(stderr).toMatch(/^无法写入缓存文件 a-file\/cache\.json（E[A-Z]+），本次结果不受影响/);
  });
});

describe('ResultCache', () => {
  it('is emptied by another version of budget-lint', async () => {
    const file = path.join(dir, 'versions/results.json');
    const target = path.join(dir, 'reports/a.txt');
    const old = await ResultCache.open(file, '0.0.9');
    const found = await old.lookup(target, {});
    if (!('miss' in found)) throw new Error('a new cache has nothing');
    old.store(found.miss, await lintFile(target, {}));
    await old.save(dir);
    expect('hit' in (await (await ResultCache.open(file, '0.0.9')).lookup(target, {}))).toBe(true);
    expect('hit' in (await (await ResultCache.open(file, '0.1.0')).lookup(target, {}))).toBe(false);
  });

  it('keys options by content, not by the order of their keys', () => {
    expect(stableJson({ year: 2024, severities: { b: 'off', a: 'error' } })).toBe(stableJson({ severities: { a: 'error', b: 'off' }, year: 2024 }));
    expect(stableJson({ year: undefined })).toBe(stableJson({}));
  });
});
