import { Chalk, type ChalkInstance } from 'chalk';
import { noProblems, placeHint, problemSummary, SEVERITY_LABEL } from '../i18n/messages.js';
import type { Diagnostic, Lang, Severity } from '../lint/types.js';
import { countProblems } from './counts.js';
import { displayPath } from './paths.js';
import type { FileResult, Reporter } from './types.js';
import { isRendered } from '../model/document.js';

/**
 * ESLint's "stylish" layout: each file's path, one line per finding
 * (`line:col  severity  message  rule-id`), under it where to look (the Word paragraph or
 * table cell for .docx) and the excerpt, then a summary line.
 * Files that could not be read are reported on stderr by the CLI, not here.
 */
export const stylish: Reporter = (results, { lang, color, cwd }) => {
  const paint = new Chalk({ level: color ? 1 : 0 });
  const checked = results.filter((r) => !r.fatal);
  const blocks = checked
    .filter((r) => r.diagnostics.length > 0)
    .map((r) => fileBlock(r, displayPath(r.filePath, cwd), lang, paint));
  const counts = countProblems(checked.flatMap((r) => r.diagnostics));
  if (blocks.length === 0) {
    return checked.length > 0 && checked.length === results.length
      ? `${paint.green(noProblems(checked.length)[lang])}\n`
      : '';
  }
  const summary = problemSummary(counts)[lang];
  const summaryColour = counts.errors > 0 ? paint.red : counts.warnings > 0 ? paint.yellow : paint.reset;
  return `${blocks.join('')}\n${summaryColour.bold(summary)}\n`;
};

function fileBlock(result: FileResult, shownPath: string, lang: Lang, paint: ChalkInstance): string {
  const positions = result.diagnostics.map((d) => `${d.line}:${d.column}`);
  const severities = result.diagnostics.map((d) => SEVERITY_LABEL[d.severity][lang]);
  const positionWidth = Math.max(...positions.map(displayWidth));
  const severityWidth = Math.max(...severities.map(displayWidth));
  const detailIndent = ' '.repeat(2 + positionWidth + 2 + severityWidth + 2);
  const lines = result.diagnostics.map((d, i) => {
    const head =
      `  ${paint.dim(padToWidth(positions[i]!, positionWidth))}  ` +
      `${severityColour(d.severity, paint)(padToWidth(severities[i]!, severityWidth))}  ` +
      `${d.message[lang]}  ${paint.dim(d.ruleId)}`;
    const detail = detailLine(d, isRendered(result.format), lang);
    return detail ? `${head}\n${detailIndent}${paint.dim(detail)}\n` : `${head}\n`;
  });
  return `\n${paint.underline(shownPath)}\n${lines.join('')}`;
}

/** "第27段 「基本支出350.96万元」": where in the file (Word, PDF, spreadsheet) and the text it is about. */
function detailLine(d: Diagnostic, showPlace: boolean, lang: Lang): string {
  const parts: string[] = [];
  if (showPlace) parts.push(placeHint(d.location)[lang]);
  if (d.excerpt) parts.push(lang === 'zh' ? `「${d.excerpt}」` : `“${d.excerpt}”`);
  return parts.join('  ');
}

function severityColour(severity: Severity, paint: ChalkInstance): ChalkInstance {
  return severity === 'error' ? paint.red : severity === 'warning' ? paint.yellow : paint.cyan;
}

/** Terminal columns a string takes: CJK characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
