import { describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { threadCount } from '../../src/batch/concurrency.js';
import { parseCliArgs } from '../../src/cli/args.js';

describe('batch options on the command line', () => {
  it('reads the concurrency, cache and baseline options', () => {
    const parsed = parseCliArgs([
      '--concurrency=4', '--cache', '--cache-location', '.cache/', '--suppress-all',
      '--suppressions-location', 'audit/baseline.json', '--summary', 'reports/',
    ]);
    expect(parsed).toMatchObject({
      ok: true,
      options: { concurrency: 4, cache: true, cacheLocation: '.cache/', suppressAll: true, suppressionsLocation: 'audit/baseline.json', summary: true, patterns: ['reports/'] },
    });
    expect(parseCliArgs(['--concurrency', 'off', '--prune-suppressions', 'a.txt'])).toMatchObject({ ok: true, options: { concurrency: 'off', pruneSuppressions: true } });
  });

  it('refuses a concurrency that is not auto, off or a positive number', () => {
    for (const value of ['0', '-2', 'two', '1.5', '']) {
      const parsed = parseCliArgs([`--concurrency=${value}`, 'a.txt']);
      expect(parsed).toMatchObject({ ok: false, error: { en: expect.stringMatching(/--concurrency.*auto\|off\|N/) } });
    }
  });

  it('uses a thread per 50 files for auto, at most one per two CPUs, never more threads than files', () => {
    expect(threadCount(8, 3)).toBe(3);
    expect(threadCount('off', 50)).toBe(1);
    expect(threadCount(2, 0)).toBe(1);
    expect(threadCount('auto', 1000)).toBe(Math.max(1, Math.min(20, availableParallelism() >> 1)));
    expect(threadCount('auto', 50)).toBe(1);
    expect(threadCount('auto', 51)).toBe(Math.max(1, Math.min(2, availableParallelism() >> 1)));
    expect(threadCount('auto', 1)).toBe(1);
  });
});
