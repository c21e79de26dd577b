/** What a reviewer reads in the Word comment for one finding. */
import { placeHint, SEVERITY_LABEL } from '../i18n/messages.js';
import type { Diagnostic, Lang } from '../lint/types.js';

/**
 * The comment's paragraphs: the message (with its arithmetic, one paragraph per line), the
 * text it is about, and the rule and severity. When the place itself could not be found in
 * the Word body (a footnote, say), a line says where it is.
 */
export function commentLines(diagnostic: Diagnostic, lang: Lang, approximate: boolean): string[] {
  const lines = diagnostic.message[lang].split(/\r?\n/);
  if (diagnostic.excerpt) lines.push(lang === 'zh' ? `原文：「${diagnostic.excerpt}」` : `Text: “${diagnostic.excerpt}”`);
  if (approximate) {
    const where = placeHint(diagnostic.location)[lang];
    lines.push(
      lang === 'zh'
        ? `位置：${where}（正文中找不到该处，批注加在它前面最近的位置）`
        : `Location: ${where} (not found in the body; the comment is on the nearest place before it)`,
    );
  }
  lines.push(`${diagnostic.ruleId} · ${SEVERITY_LABEL[diagnostic.severity][lang]}`);
  return lines;
}
