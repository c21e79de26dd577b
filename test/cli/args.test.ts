import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args.js';

describe('parseCliArgs', () => {
  it('reads every option, in either spelling, and keeps the patterns in order', () => {
    const parsed = parseCliArgs(['a.docx', '--format=json', '--lang', 'en', '--quiet', '--max-warnings', '3', '--year', '2024', 'dir/', '--', '--odd-name.txt']);
    expect(parsed).toEqual({
      ok: true,
      options: {
        format: 'json',
        lang: 'en',
        quiet: true,
        maxWarnings: 3,
        year: 2024,
        printText: false,
        concurrency: 'auto',
        cache: false,
        suppressAll: false,
        pruneSuppressions: false,
        summary: false,
        help: false,
        version: false,
        patterns: ['a.docx', 'dir/', '--odd-name.txt'],
      },
    });
  });

  it('defaults to stylish, Chinese, no warning limit', () => {
    expect(parseCliArgs(['a.txt'])).toMatchObject({ ok: true, options: { format: 'stylish', lang: 'zh', quiet: false, maxWarnings: undefined, year: undefined } });
  });

  it('reports the first mistake in the language asked for, wherever --lang is', () => {
    expect(parseCliArgs(['--bogus', '--lang=en'])).toMatchObject({ ok: false, lang: 'en', error: { en: expect.stringContaining('--bogus') } });
  });
});
