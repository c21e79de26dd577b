import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchSummary, type BatchStats } from '../../src/batch/summary.js';
import { run } from '../../src/cli/run.js';
import type { Diagnostic } from '../../src/lint/types.js';
import { infoNote, result, shareWarning, sumError, unreadable } from '../reporters/fixtures.js';
import { cli, RIGHT_TOTAL, scratch, UNREADABLE, WRONG_TOTAL } from '../cli/helpers.js';

const stats: BatchStats = { elapsedMs: 12_345, threads: 2, cacheHits: 0, suppressed: 0 };

function errors(n: number): Diagnostic[] {
  return Array.from({ length: n }, (_, i) => ({ ...sumError, line: i + 1 }));
}

describe('batchSummary', () => {
  const results = [
    result('/audit/2021.txt', errors(1)),
    result('/audit/2022.txt', [...errors(3), shareWarning]),
    result('/audit/clean.txt', []),
    result('/audit/2023.txt', errors(2)),
    result('/audit/2024.txt', [shareWarning, shareWarning]),
    result('/audit/2020.txt', errors(1)),
    result('/audit/2019.txt', errors(5)),
    { ...unreadable, filePath: '/audit/scan.pdf' },
  ];

  it('gives the files, the counts by rule, the files with most findings and the unreadable ones', () => {
    expect(batchSummary(results, stats, 'zh', '/audit')).toBe(
      [
        '',
        '汇总',
        '已检查 8 个文件（1 个无法读取），用时 12.3 秒，2 个线程',
        '发现 15 个问题：12 个错误，3 个警告',
        '按规则：',
        '  sum-of-parts   错误 12  警告 0',
        '  percent-share  错误  0  警告 3',
        '问题最多的文件：',
        '  5  2019.txt',
        '  4  2022.txt',
        '  2  2023.txt',
        '  2  2024.txt',
        '  1  2021.txt',
        '无法读取的文件：',
        '  scan.pdf：这是 PDF 文件，无法检查。请另存为 .docx 后再试。',
        '',
      ].join('\n'),
    );
  });

  it('is written in English with --lang en, with notes, the cache and the baseline when they count', () => {
    const text = batchSummary([result('/a/x.txt', [sumError, infoNote])], { ...stats, threads: 0, cacheHits: 1, suppressed: 4 }, 'en', '/a');
    expect(text).toBe(
      [
        '',
        'Summary',
        '1 file checked in 12.3 s, 1 unchanged from the cache',
        '2 problems: 1 error, 0 warnings, 1 note; 4 more errors in the baseline, not reported',
        'By rule:',
        '  some-note     errors 0  warnings 0  notes 1',
        '  sum-of-parts  errors 1  warnings 0  notes 0',
        'Files with the most problems:',
        '  2  x.txt',
        '',
      ].join('\n'),
    );
  });

  it('says when nothing was found', () => {
    expect(batchSummary([result('/a/x.txt', [])], stats, 'zh', '/a')).toContain('\n未发现问题\n');
  });
});

describe('when the summary is written', () => {
  let dir: string;
  let remove: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, remove } = await scratch({ 'a/1.txt': WRONG_TOTAL, 'a/2.txt': RIGHT_TOTAL, 'a/broken.docx': UNREADABLE['broken.docx']! }));
  });
  afterAll(() => remove());

  it('goes to stderr with --summary, keeping the JSON on stdout pure', async () => {
    const { code, stdout, stderr } = await cli(['--format', 'json', '--summary', 'a'], { cwd: dir });
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toHaveLength(3);
    expect(stderr).toMatch(/\n汇总\n已检查 3 个文件（1 个无法读取），用时 [\d.]+ 秒\n发现 1 个问题：1 个错误，0 个警告\n/);
    expect(stderr).toContain('问题最多的文件：\n  1  a/1.txt\n');
    expect(stderr).toMatch(/无法读取的文件：\n {2}a\/broken\.docx：.*broken\.docx/);
  });

  it('is written by default for the stylish format when stderr is a terminal', async () => {
    const write = (sink: { text: string }) => (text: string) => (sink.text += text);
    const out = { text: '' };
    const err = { text: '' };
    await run(['a'], { stdout: { write: write(out) }, stderr: { write: write(err), isTTY: true }, cwd: dir, env: { CI: '1' } });
    expect(err.text).toContain('\n汇总\n');
    expect(out.text).not.toContain('汇总');
  });

  it('is not written when stderr is not a terminal, unless asked', async () => {
    const { stderr } = await cli(['a'], { cwd: dir });
    expect(stderr).not.toContain('汇总');
  });
});
