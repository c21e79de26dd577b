import { describe, expect, it } from 'vitest';
import { json, type JsonResult } from '../../src/reporters/json.js';
import { infoNote, result, shareWarning, sumError, unreadable } from './fixtures.js';

function parse(text: string): JsonResult[] {
  return JSON.parse(text) as JsonResult[];
}

describe('json reporter', () => {
  it('writes ESLint-compatible results with absolute paths, counts and located messages', () => {
    const [file] = parse(json([result('/reports/a.docx', [sumError, shareWarning], 'docx')], { lang: 'zh', color: true, cwd: '/reports' }));
    expect(file).toEqual({
      filePath: '/reports/a.docx',
      errorCount: 1,
      fatalErrorCount: 0,
      warningCount: 1,
      infoCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      messages: [
        {
          ruleId: 'sum-of-parts',
          severity: 2,
          message: sumError.message.zh,
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 12,
          excerpt: '支出合计100万元',
          location: { paragraph: 2 },
        },
        {
          ruleId: 'percent-share',
          severity: 1,
          message: shareWarning.message.zh,
          line: 14,
          column: 2,
          endLine: 14,
          endColumn: 5,
          excerpt: '占70%',
          location: { table: 3, row: 2, column: 4 },
        },
      ],
    });
  });

  it('writes messages in English with --lang en', () => {
    const [file] = parse(json([result('/reports/a.txt', [sumError])], { lang: 'en', color: false, cwd: '/' }));
    expect(file!.messages[0]!.message).toBe(sumError.message.en);
  });

  it('reports notes with severity 1 but counts them apart from warnings', () => {
    const [file] = parse(json([result('/reports/a.txt', [infoNote])], { lang: 'zh', color: false, cwd: '/' }));
    expect(file!.messages[0]!.severity).toBe(1);
    expect(file!.warningCount).toBe(0);
    expect(file!.infoCount).toBe(1);
  });

  it('reports an unreadable file as one fatal message, as ESLint does for a parse error', () => {
    const [file] = parse(json([unreadable], { lang: 'zh', color: false, cwd: '/' }));
    expect(file).toMatchObject({ filePath: '/reports/scan.pdf', errorCount: 1, fatalErrorCount: 1, warningCount: 0 });
    expect(file!.messages).toEqual([{ ruleId: null, fatal: true, severity: 2, message: unreadable.fatal!.zh }]);
  });

  it('writes an empty array when there is nothing to report', () => {
    expect(json([], { lang: 'zh', color: false, cwd: '/' })).toBe('[]\n');
  });
});
