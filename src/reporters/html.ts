/**
 * One self-contained HTML page for reviewers (`--format html -o report.html`): the totals,
 * counts by rule with a filter, and per file the list of findings (with the arithmetic)
 * beside the document's text, each finding highlighted in place and linked from the list.
 * Everything is inline, and a Content-Security-Policy forbids the page any network access.
 * Every piece of text from a document or a message is escaped.
 */
import { rules as allRules } from '../../rules/index.js';
import { placeHint, problemSummary, SEVERITY_LABEL } from '../i18n/messages.js';
import type { Diagnostic, Lang, Localized, Severity } from '../lint/types.js';
import { countProblems, type ProblemCounts } from './counts.js';
import { escapeHtml } from './html/escape.js';
import { highlightedLines, type HighlightSpan } from './html/highlight.js';
import { PAGE_SCRIPT } from './html/script.js';
import { filesChecked, PAGE_TEXT, placeNote, reportYearLabel, shownCount } from './html/strings.js';
import { PAGE_STYLE } from './html/style.js';
import { packageVersion } from './package-info.js';
import { displayPath } from './paths.js';
import type { FileResult, Reporter } from './types.js';
import { isRendered } from '../model/document.js';

const CONTENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";

/** Page text in the chosen language, escaped. */
function localizer(lang: Lang): (text: Localized) => string {
  return (text) => escapeHtml(text[lang]);
}

export const html: Reporter = (results, { lang, cwd }) => {
  const t = localizer(lang);
  const checked = results.filter((r) => !r.fatal);
  const diagnostics = checked.flatMap((r) => r.diagnostics);
  const files = results.map((r, i) => fileSection(r, `f${i + 1}`, displayPath(r.filePath, cwd), lang)).join('\n');
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="budget-lint ${escapeHtml(packageVersion())}">
<title>${t(PAGE_TEXT.title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header>
<h1>${t(PAGE_TEXT.title)}</h1>
<p class="meta">${t(filesChecked(checked.length))} · budget-lint ${escapeHtml(packageVersion())}</p>
${summarySection(diagnostics, lang)}
</header>
<main>
${files}
</main>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
};

/** The totals by severity, and per rule with a checkbox that shows or hides its findings. */
function summarySection(diagnostics: readonly Diagnostic[], lang: Lang): string {
  const t = localizer(lang);
  const counts = countProblems(diagnostics);
  const byRule = countsByRule(diagnostics);
  const rows = [...byRule]
    .map(([ruleId, ruleCounts]) => {
      const box = `<input type="checkbox" checked data-rule-filter="${escapeHtml(ruleId)}" id="rule-${escapeHtml(ruleId)}">`;
      return (
        `<tr><td>${box}</td><td><label for="rule-${escapeHtml(ruleId)}"><code>${escapeHtml(ruleId)}</code></label></td>` +
        `<td>${escapeHtml(ruleDescription(ruleId, lang))}</td>` +
        `<td class="n">${ruleCounts.errors}</td><td class="n">${ruleCounts.warnings}</td><td class="n">${ruleCounts.infos}</td></tr>`
      );
    })
    .join('\n');
  const table =
    byRule.size === 0
      ? ''
      : `<p class="note">${t(PAGE_TEXT.byRule)}</p>
<table class="by-rule">
<thead><tr><th>${t(PAGE_TEXT.show)}</th><th>${t(PAGE_TEXT.rule)}</th><th>${t(PAGE_TEXT.description)}</th>` +
        `<th>${t(SEVERITY_LABEL.error)}</th><th>${t(SEVERITY_LABEL.warning)}</th><th>${t(SEVERITY_LABEL.info)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p class="filter-actions"><button type="button" id="show-all">${t(PAGE_TEXT.showAll)}</button>` +
        `<button type="button" id="hide-all">${t(PAGE_TEXT.hideAll)}</button>` +
        `<span>${shownCount(`<span id="shown-count">${diagnostics.length}</span>`, diagnostics.length)[lang]}</span></p>`;
  return `<section id="summary">
<h2>${t(PAGE_TEXT.summary)}</h2>
<p class="totals">${totalsLine(counts, lang)}</p>
${table}
</section>`;
}

/** "27 个问题：17 个错误，10 个警告，0 个提示", each number tagged for scripts and tests. */
function totalsLine(counts: ProblemCounts, lang: Lang): string {
  const total = counts.errors + counts.warnings + counts.infos;
  const tagged = (kind: Severity | 'total', n: number): string => `<span class="count ${kind}" data-count="${kind}">${n}</span>`;
  if (lang === 'zh') {
    return (
      `${tagged('total', total)} 个问题：${tagged('error', counts.errors)} 个错误，` +
      `${tagged('warning', counts.warnings)} 个警告，${tagged('info', counts.infos)} 个提示`
    );
  }
  const plural = (n: number, noun: string): string => `${noun}${n === 1 ? '' : 's'}`;
  return (
    `${tagged('total', total)} ${plural(total, 'problem')}: ${tagged('error', counts.errors)} ${plural(counts.errors, 'error')}, ` +
    `${tagged('warning', counts.warnings)} ${plural(counts.warnings, 'warning')}, ${tagged('info', counts.infos)} ${plural(counts.infos, 'note')}`
  );
}

function countsByRule(diagnostics: readonly Diagnostic[]): Map<string, ProblemCounts> {
  const byRule = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byRule.set(d.ruleId, [...(byRule.get(d.ruleId) ?? []), d]);
  const ids = [...byRule.keys()].sort();
  return new Map(ids.map((id) => [id, countProblems(byRule.get(id)!)]));
}

function ruleDescription(ruleId: string, lang: Lang): string {
  return allRules.find((r) => r.meta.id === ruleId)?.meta.description[lang] ?? '';
}

/** A file: why it could not be checked, that it is clean, or its findings beside its text. */
function fileSection(result: FileResult, prefix: string, shownPath: string, lang: Lang): string {
  const t = localizer(lang);
  const year = result.reportYear === undefined ? '' : ` <span class="meta">${t(reportYearLabel(result.reportYear))}</span>`;
  const heading = `<h2>${escapeHtml(shownPath)}${year}</h2>`;
  if (result.fatal) {
    return `<section class="file unreadable" id="${prefix}">${heading}<p class="fatal">${t(PAGE_TEXT.unreadable)}：${t(result.fatal)}</p></section>`;
  }
  if (result.diagnostics.length === 0) {
    return `<section class="file clean" id="${prefix}">${heading}<p class="note">${t(PAGE_TEXT.noProblems)}</p></section>`;
  }
  const rendered = isRendered(result.format);
  const ids = result.diagnostics.map((_, i) => `${prefix}-${i + 1}`);
  const items = result.diagnostics.map((d, i) => findingItem(d, ids[i]!, rendered, lang)).join('\n');
  const spans: HighlightSpan[] = result.diagnostics.map((d, i) => ({ ...d, id: ids[i]!, title: `${d.message[lang]} (${d.ruleId})` }));
  const text = result.text === undefined ? `<p class="note">${t(PAGE_TEXT.noText)}</p>` : highlightedLines(result.text, spans);
  return `<section class="file" id="${prefix}">
${heading}
<p class="meta">${t(problemSummary(countProblems(result.diagnostics)))}</p>
${rendered ? `<p class="note">${t(placeNote(result.format!))}</p>` : ''}
<div class="file-body">
<nav class="findings" aria-label="${t(PAGE_TEXT.findings)}"><ol>
${items}
</ol></nav>
<div class="doc" aria-label="${t(PAGE_TEXT.documentText)}">
${text}
</div>
</div>
</section>`;
}

/** One finding in the list: where, how severe, the message with its arithmetic, the rule. */
function findingItem(d: Diagnostic, id: string, rendered: boolean, lang: Lang): string {
  const place = rendered ? ` <span class="place">${escapeHtml(placeHint(d.location)[lang])}</span>` : '';
  const excerpt = d.excerpt ? ` <span class="excerpt">${escapeHtml(lang === 'zh' ? `「${d.excerpt}」` : `“${d.excerpt}”`)}</span>` : '';
  return (
    `<li class="finding sev-${d.severity}" data-finding="${id}" data-rule="${escapeHtml(d.ruleId)}" data-severity="${d.severity}">` +
    `<a class="goto" href="#${id}"><span class="pos">${d.line}:${d.column}</span> ` +
    `<span class="sev">${escapeHtml(SEVERITY_LABEL[d.severity][lang])}</span> <code class="rule">${escapeHtml(d.ruleId)}</code>${place}` +
    `<span class="msg">${escapeHtml(d.message[lang])}</span>${excerpt}</a></li>`
  );
}
