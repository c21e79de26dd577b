import type { Diagnostic, Lang } from '../lint/types.js';
import type { Place } from '../model/document.js';
import { countProblems } from './counts.js';
import type { FileResult, Reporter } from './types.js';

/** One message in ESLint's JSON format, plus the excerpt and the place in the document. */
export interface JsonMessage {
  ruleId: string | null;
  /** 2 for errors, 1 for warnings and notes (ESLint knows no third level). */
  severity: 1 | 2;
  message: string;
  fatal?: true;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  excerpt?: string;
  location?: Place;
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  /** Findings of severity 'info' (reported with severity 1, not counted as warnings). */
  infoCount: number;
  fixableErrorCount: 0;
  fixableWarningCount: 0;
}

/**
 * ESLint-compatible JSON, so existing ESLint formatters and CI integrations read it.
 * A file that could not be read is a result with one fatal message, as ESLint does for a
 * file it cannot parse.
 */
export const json: Reporter = (results, { lang }) => `${JSON.stringify(results.map((r) => toJson(r, lang)))}\n`;

function toJson(result: FileResult, lang: Lang): JsonResult {
  if (result.fatal) {
    return {
      filePath: result.filePath,
      messages: [{ ruleId: null, fatal: true, severity: 2, message: result.fatal[lang] }],
      errorCount: 1,
      fatalErrorCount: 1,
      warningCount: 0,
      infoCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    };
  }
  const counts = countProblems(result.diagnostics);
  return {
    filePath: result.filePath,
    messages: result.diagnostics.map((d) => message(d, lang)),
    errorCount: counts.errors,
    fatalErrorCount: 0,
    warningCount: counts.warnings,
    infoCount: counts.infos,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
}

function message(d: Diagnostic, lang: Lang): JsonMessage {
  return {
    ruleId: d.ruleId,
    severity: d.severity === 'error' ? 2 : 1,
    message: d.message[lang],
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    excerpt: d.excerpt,
    location: d.location,
  };
}
