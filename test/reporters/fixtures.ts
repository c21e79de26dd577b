import type { Diagnostic } from '../../src/lint/types.js';
import type { FileResult } from '../../src/reporters/types.js';

/** A sum-of-parts error in the second paragraph. */
export const sumError: Diagnostic = {
  ruleId: 'sum-of-parts',
  severity: 'error',
  message: { zh: '基本支出 60 + 项目支出 50 = 110 万元，与合计 100 万元相差 10 万元', en: 'basic 60 + project 50 = 110, total says 100' },
  line: 2,
  column: 5,
  endLine: 2,
  endColumn: 12,
  excerpt: '支出合计100万元',
  location: { paragraph: 2 },
};

/** A share warning in a table cell. */
export const shareWarning: Diagnostic = {
  ruleId: 'percent-share',
  severity: 'warning',
  message: { zh: '60 ÷ 100 = 60.00%，与所写 70% 不符', en: '60 / 100 = 60.00%, stated 70%' },
  line: 14,
  column: 2,
  endLine: 14,
  endColumn: 5,
  excerpt: '占70%',
  location: { table: 3, row: 2, column: 4 },
};

export const infoNote: Diagnostic = {
  ...shareWarning,
  ruleId: 'some-note',
  severity: 'info',
  line: 20,
  message: { zh: '提示内容', en: 'a note' },
};

export function result(filePath: string, diagnostics: Diagnostic[], format: FileResult['format'] = 'txt'): FileResult {
  return { filePath, format, diagnostics };
}

export const unreadable: FileResult = {
  filePath: '/reports/scan.pdf',
  diagnostics: [],
  fatal: { zh: '这是 PDF 文件，无法检查。请另存为 .docx 后再试。', en: 'This is a PDF; save it as .docx and try again.' },
};
