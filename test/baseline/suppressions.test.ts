import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applySuppressions, pruneSuppressions, suppressAll, type Suppressions } from '../../src/baseline/suppressions.js';
import type { JsonResult } from '../../src/reporters/json.js';
import { result, shareWarning, sumError } from '../reporters/fixtures.js';
import { cli, scratch } from '../cli/helpers.js';

const at = (line: number, ruleId = sumError.ruleId) => ({ ...sumError, ruleId, line });

describe('applySuppressions', () => {
  const baseline: Suppressions = { 'a.txt': { 'sum-of-parts': { count: 2 } }, 'gone.txt': { 'sum-of-parts': { count: 1 } } };

  it('suppresses the first N errors of a file and rule in reading order and reports the rest', () => {
    const applied = applySuppressions([result('/w/a.txt', [at(1), at(2), at(3), at(4, 'percent-share')])], baseline, '/w');
    expect(applied.results[0]!.diagnostics.map((d) => `${d.line} ${d.ruleId}`)).toEqual(['3 sum-of-parts', '4 percent-share']);
    expect(applied.suppressed).toBe(2);
    expect(applied.unused).toEqual({});
  });

  it('never suppresses warnings, and counts what the checked files no longer have', () => {
    const warning = { ...shareWarning, ruleId: 'sum-of-parts' };
    const applied = applySuppressions([result('/w/a.txt', [warning, at(5)])], baseline, '/w');
    expect(applied.results[0]!.diagnostics).toEqual([warning]);
    // gone.txt was not checked in this run, so nothing is known about it.
    expect(applied.unused).toEqual({ 'a.txt': { 'sum-of-parts': { count: 1 } } });
  });

  it('matches files by their path relative to the current folder, with / separators', () => {
    const applied = applySuppressions([result(path.join('/w', 'y2024', 'a.txt'), [at(1)])], { 'y2024/a.txt': { 'sum-of-parts': { count: 1 } } }, '/w');
    expect(applied.results[0]!.diagnostics).toEqual([]);
  });
});

describe('suppressAll and pruneSuppressions', () => {
  it('records the errors of the checked files, keeping the entries of other files and rules', () => {
    const existing: Suppressions = { 'a.txt': { 'year-label': { count: 1 }, 'sum-of-parts': { count: 9 } }, 'b.txt': { 'sum-of-parts': { count: 1 } } };
    const results = [result('/w/a.txt', [at(1), at(2), shareWarning]), result('/w/c.txt', [at(3, 'percent-share')])];
    expect(suppressAll(existing, results, '/w')).toEqual({
      'a.txt': { 'year-label': { count: 1 }, 'sum-of-parts': { count: 2 } },
      'b.txt': { 'sum-of-parts': { count: 1 } },
      'c.txt': { 'percent-share': { count: 1 } },
    });
    expect(existing['a.txt']!['sum-of-parts']!.count).toBe(9);
  });

  it('lowers counts and drops entries that no longer occur', () => {
    const existing: Suppressions = { 'a.txt': { 'sum-of-parts': { count: 3 }, 'year-label': { count: 1 } }, 'b.txt': { 'x': { count: 1 } } };
    const unused: Suppressions = { 'a.txt': { 'sum-of-parts': { count: 1 }, 'year-label': { count: 1 } }, 'b.txt': { 'x': { count: 1 } } };
    expect(pruneSuppressions(existing, unused)).toEqual({ 'a.txt': { 'sum-of-parts': { count: 2 } } });
  });
});

/** A report with two parts-don't-add-up mistakes; `edits` changes sentences of it. */
function report(edits: { newMistake?: boolean; fixFirst?: boolean } = {}): string {
  return [
    '2024年度部门决算说明',
    edits.fixFirst ? '本年收入合计210万元，其中：财政拨款收入150万元，其他收入60万元。' : '本年收入合计200万元，其中：财政拨款收入150万元，其他收入60万元。',
    '本年支出合计100万元，其中：基本支出60万元，项目支出50万元。',
    '三公经费支出合计30万元，其中：公务接待费10万元，公务用车运行维护费20万元。',
    edits.newMistake ? '会议费支出合计30万元，其中：会议费20万元，培训费20万元。' : '会议费支出合计40万元，其中：会议费20万元，培训费20万元。',
    '我们认真认真做好了各项工作。',
    '',
  ].join('\n');
}

describe('an auditor re-checking a re-published report', () => {
  let dir: string;
  let remove: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, remove } = await scratch({ '2024/report.txt': report() }));
  });
  afterEach(() => remove());

  const baselineFile = (): Promise<unknown> => readFile(path.join(dir, 'budget-lint-suppressions.json'), 'utf8').then((t) => JSON.parse(t) as unknown);
  const republish = (edits: Parameters<typeof report>[0]) => writeFile(path.join(dir, '2024/report.txt'), report(edits));
  const findings = (stdout: string) => (JSON.parse(stdout) as JsonResult[]).flatMap((r) => r.messages.map((m) => `${m.line} ${m.ruleId}`));

  it('sees only the mistakes the new version adds, then prunes the ones it fixed', async () => {
    const v1 = await cli(['--format', 'json', '2024'], { cwd: dir });
    expect(v1.code).toBe(1);
    expect(findings(v1.stdout)).toEqual(['2 sum-of-parts', '3 sum-of-parts', '6 repeated-word']);

    const recorded = await cli(['--suppress-all', '--format', 'json', '2024'], { cwd: dir });
    expect(recorded.code).toBe(0);
    expect(findings(recorded.stdout)).toEqual(['6 repeated-word']); // warnings are not suppressed
    expect(recorded.stderr).toBe('已把 2 个错误记入基线 budget-lint-suppressions.json；以后只报告基线之外新出现的错误。\n');
    expect(await baselineFile()).toEqual({ '2024/report.txt': { 'sum-of-parts': { count: 2 } } });

    await republish({ newMistake: true });
    const v2 = await cli(['--format', 'json', '2024'], { cwd: dir });
    expect(v2.code).toBe(1);
    expect(findings(v2.stdout)).toEqual(['5 sum-of-parts', '6 repeated-word']);
    expect(v2.stderr).toBe('');

    await republish({ fixFirst: true });
    const v3 = await cli(['--format', 'json', '2024'], { cwd: dir });
    expect(v3.code).toBe(0);
    expect(v3.stderr).toBe('基线 budget-lint-suppressions.json 中有 1 个错误已不再出现；可运行 --prune-suppressions 把它们从基线中去掉。\n');

    const pruned = await cli(['--prune-suppressions', '2024'], { cwd: dir });
    expect(pruned.code).toBe(0);
    expect(pruned.stderr).toBe('已从基线 budget-lint-suppressions.json 中去掉 1 个不再出现的错误。\n');
    expect(await baselineFile()).toEqual({ '2024/report.txt': { 'sum-of-parts': { count: 1 } } });
    expect((await cli(['2024'], { cwd: dir })).stderr).toBe('');
  });

  it('keeps the baseline where --suppressions-location says, with paths still relative to the current folder', async () => {
    await cli(['--suppress-all', '--suppressions-location', 'audit/baseline.json', '2024'], { cwd: dir });
    const stored = JSON.parse(await readFile(path.join(dir, 'audit/baseline.json'), 'utf8')) as Suppressions;
    expect(Object.keys(stored)).toEqual(['2024/report.txt']);
    await expect(readFile(path.join(dir, 'budget-lint-suppressions.json'))).rejects.toThrow();
    expect((await cli(['--suppressions-location', 'audit/baseline.json', '2024'], { cwd: dir })).code).toBe(0);
    expect((await cli(['2024'], { cwd: dir })).code).toBe(1);
  });

  it('stops with exit 2, naming the file, when the baseline is damaged', async () => {
    for (const [content, says] of [
      ['{"2024/report.txt": {"sum-of-parts": {"count": 2}}', /不是有效的 JSON/],
      ['{"2024/report.txt": {"sum-of-parts": {"count": "2"}}}', /格式不对（位置："2024\/report\.txt" → "sum-of-parts"）/],
      ['[]', /格式不对/],
    ] as const) {
      await writeFile(path.join(dir, 'budget-lint-suppressions.json'), content);
      const { code, stdout, stderr } = await cli(['2024'], { cwd: dir });
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^基线文件 budget-lint-suppressions\.json /);
      expect(stderr).toMatch(says);
      expect(stderr).toContain('--suppress-all');
    }
  });

  it('refuses --suppress-all with --prune-suppressions', async () => {
    const { code, stderr } = await cli(['--suppress-all', '--prune-suppressions', '2024'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain('不能同时使用');
  });

  it('has nothing to prune without a baseline, and writes none', async () => {
    const { code, stderr } = await cli(['--prune-suppressions', '2024'], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toBe('没有找到基线文件 budget-lint-suppressions.json，没有可清理的内容。\n');
    await expect(readFile(path.join(dir, 'budget-lint-suppressions.json'))).rejects.toThrow();
  });
});
