import { describe, expect, it, vi } from 'vitest';
import { cli } from './helpers.js';

// A reader that fails in a way no ReadError describes: a bug, not a bad file.
vi.mock('../../src/readers/index.js', () => ({
  isReportFile: () => true,
  readDocument: () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'rows')")),
}));

describe('an internal failure while checking a file', () => {
  it('prints one line asking for a bug report, never a stack trace, and exits 2', async () => {
    const { code, stdout, stderr } = await cli(['report.txt'], { cwd: '/nonexistent' });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      "report.txt：检查此文件时 budget-lint 内部出错（Cannot read properties of undefined (reading 'rows')）。这是 budget-lint 的缺陷，请附上该文件报告此问题。\n",
    );
  });

  it('reports it as a fatal message in JSON', async () => {
    const { stdout } = await cli(['--format', 'json', '--lang', 'en', 'report.txt'], { cwd: '/nonexistent' });
    const [result] = JSON.parse(stdout) as { messages: { fatal: boolean; message: string }[] }[];
    expect(result!.messages).toEqual([{ ruleId: null, fatal: true, severity: 2, message: expect.stringContaining('This is a bug') }]);
  });
});
