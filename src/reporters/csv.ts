/**
 * CSV for spreadsheets (RFC 4180): a header row, then one row per finding with the file, the
 * report year, the rule, the severity, where it is, the message and the excerpt. A file that
 * could not be read is one row whose message says why, so a batch audit lists it too.
 * The text starts with a UTF-8 byte order mark: without it Excel reads UTF-8 as the local
 * code page and the Chinese turns to mojibake.
 */
import { placeHint, SEVERITY_LABEL } from '../i18n/messages.js';
import type { Diagnostic, Lang, Localized } from '../lint/types.js';
import { displayPath } from './paths.js';
import type { FileResult, Reporter } from './types.js';
import { isRendered } from '../model/document.js';

const BYTE_ORDER_MARK = '\uFEFF';
/** RFC 4180 ends every record with CRLF. */
const RECORD_END = '\r\n';

export const CSV_HEADER: Record<Lang, string[]> = {
  zh: ['文件', '年度', '规则', '严重程度', '位置', '说明', '原文'],
  en: ['file', 'year', 'rule', 'severity', 'location', 'message', 'excerpt'],
};

export const csv: Reporter = (results, { lang, cwd }) => {
  const rows = [CSV_HEADER[lang], ...results.flatMap((r) => fileRows(r, displayPath(r.filePath, cwd), lang))];
  return BYTE_ORDER_MARK + rows.map((row) => row.map(csvField).join(',') + RECORD_END).join('');
};

function fileRows(result: FileResult, shownPath: string, lang: Lang): string[][] {
  const year = result.reportYear === undefined ? '' : String(result.reportYear);
  if (result.fatal) return [unreadableRow(shownPath, result.fatal, lang)];
  return result.diagnostics.map((d) => [
    shownPath,
    year,
    d.ruleId,
    SEVERITY_LABEL[d.severity][lang],
    locationText(d, isRendered(result.format), lang),
    d.message[lang],
    d.excerpt,
  ]);
}

function unreadableRow(shownPath: string, reason: Localized, lang: Lang): string[] {
  return [shownPath, '', '', SEVERITY_LABEL.error[lang], '', reason[lang], ''];
}

/** "27:12", and where the file itself shows it (Word, PDF, spreadsheet): "27:12 第27段", "27:12 第3页". */
function locationText(d: Diagnostic, rendered: boolean, lang: Lang): string {
  const position = `${d.line}:${d.column}`;
  return rendered ? `${position} ${placeHint(d.location)[lang]}` : position;
}

/**
 * One field, quoted when it holds a comma, a quote or a line break (quotes doubled). A field
 * that a spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…` that is not a number)
 * gets a leading apostrophe, so opening the file never runs text taken from a document.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^[+-]?\d[\d.,]*%?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
