/**
 * The text of an inline directive, the same wherever it is written (an HTML comment line in
 * .txt and .md, the first paragraph of a Word comment in .docx), as in ESLint:
 *
 *     budget-lint-disable-next-line sum-of-parts, percent-share -- 已与财务科核对
 *
 * Rule ids are separated by commas (also "，" and "、") or spaces; none means every rule.
 * The reason follows " -- ".
 */
import type { DirectiveKind } from '../model/document.js';

export interface ParsedDirective {
  kind: DirectiveKind;
  ruleIds: string[];
  reason?: string;
  /** The directive as written, trimmed. */
  text: string;
}

/** The longest kind first: "disable" is a prefix of the others. */
const DIRECTIVE = /^budget-lint-(disable-next-line|disable-file|disable|enable)(?:\s([\s\S]*))?$/;
/** " -- " starts the reason; the dashes need whitespace before them (and after, or the end). */
const REASON_SEPARATOR = /(?:^|\s)--(?:\s|$)/;
const ID_SEPARATOR = /[\s,，、]+/;

/** The directive `text` holds, or undefined when it is no directive. */
export function parseDirective(text: string): ParsedDirective | undefined {
  const trimmed = text.trim();
  const match = DIRECTIVE.exec(trimmed);
  if (!match) return undefined;
  const kind = match[1] as DirectiveKind;
  const rest = match[2] ?? '';
  const separator = REASON_SEPARATOR.exec(rest);
  const names = separator ? rest.slice(0, separator.index) : rest;
  const reason = separator ? rest.slice(separator.index + separator[0].length).trim() : '';
  const ruleIds = names.split(ID_SEPARATOR).filter((id) => id !== '');
  return { kind, ruleIds, text: trimmed, ...(reason === '' ? {} : { reason }) };
}

/** `<!-- … -->` and nothing else but whitespace around it. */
const HTML_COMMENT = /^\s*<!--([\s\S]*?)-->\s*$/;

/**
 * The directive in an HTML comment (a line of a .txt file, an `html` node of Markdown), or
 * undefined when `html` is not exactly one comment holding a directive.
 */
export function directiveInComment(html: string): ParsedDirective | undefined {
  const body = HTML_COMMENT.exec(html)?.[1];
  if (body === undefined || body.includes('-->')) return undefined;
  return parseDirective(body);
}
