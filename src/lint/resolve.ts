import { positionAt } from '../model/document.js';
import { clauseEnd, clauseStart } from '../extract/text-spans.js';
import type { Diagnostic, Report, Severity } from './types.js';

/** Spans shorter than this are widened to their clause so the excerpt says what it is about. */
const SHORT_EXCERPT = 6;
const MAX_EXCERPT = 60;

/** Turns a rule's report into a diagnostic with a source location and an excerpt. */
export function resolveReport(report: Report, ruleId: string, severity: Severity): Diagnostic {
  const { source } = report;
  const { start, end } = clampSpan(source.text, report.start, report.end);
  const first = positionAt(source, start);
  // End is exclusive (as in ESLint): one column after the last character. Taking the last
  // character's position keeps a span that ends a source line on that line.
  const last = end > start ? positionAt(source, end - 1) : first;
  return {
    ruleId,
    severity,
    message: report.message,
    line: first.line,
    column: first.column,
    endLine: last.line,
    endColumn: end > start ? last.column + 1 : first.column,
    excerpt: excerptOf(source.text, start, end),
    location: source.place,
  };
}

/** Keeps a span inside its text, whatever offsets a rule passed. */
function clampSpan(text: string, start: number, end: number): { start: number; end: number } {
  const s = Math.min(Math.max(0, Math.trunc(start) || 0), text.length);
  const e = Math.min(Math.max(s, Math.trunc(end) || 0), text.length);
  return { start: s, end: e };
}

/**
 * The reported text, on one line. A very short span ("26.04%") says little on its own, so it
 * is widened to the clause around it, at most MAX_EXCERPT characters.
 */
export function excerptOf(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  if (to - from < SHORT_EXCERPT) {
    from = Math.max(clauseStart(text, from), to - MAX_EXCERPT);
    to = Math.min(clauseEnd(text, to), from + MAX_EXCERPT);
  }
  const excerpt = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return excerpt || text.slice(start, end);
}
