/**
 * The summary that ends a batch (on stderr, so the report on stdout stays as it is): how many
 * files were checked and how, the findings of each rule, the files with the most findings and
 * the files that could not be read, with the reason.
 */
import type { Lang, Severity } from '../lint/types.js';
import { displayPath } from '../reporters/paths.js';
import type { FileResult } from '../reporters/types.js';
import { batchMessages, type SummaryFacts } from './messages.js';

/** How the batch was run, besides its results. */
export interface BatchStats {
  elapsedMs: number;
  /** Worker threads used (0: in this thread). */
  threads: number;
  cacheHits: number;
  /** Errors left out because the baseline holds them. */
  suppressed: number;
}

export const TOP_FILES = 5;

export type RuleCounts = Record<Severity, number>;

/** Findings per rule and severity, the rules with most findings first. */
export function countsByRule(results: readonly FileResult[]): [string, RuleCounts][] {
  const byRule = new Map<string, RuleCounts>();
  for (const d of results.flatMap((r) => r.diagnostics)) {
    const counts = byRule.get(d.ruleId) ?? { error: 0, warning: 0, info: 0 };
    counts[d.severity]++;
    byRule.set(d.ruleId, counts);
  }
  const total = (c: RuleCounts): number => c.error + c.warning + c.info;
  return [...byRule].sort(([a, ca], [b, cb]) => total(cb) - total(ca) || (a < b ? -1 : a > b ? 1 : 0));
}

/** The files with the most findings, most first (ties in the order they were checked). */
export function filesWithMostFindings(results: readonly FileResult[], limit = TOP_FILES): FileResult[] {
  return results
    .filter((r) => r.diagnostics.length > 0)
    .map((result, order) => ({ result, order }))
    .sort((a, b) => b.result.diagnostics.length - a.result.diagnostics.length || a.order - b.order)
    .slice(0, limit)
    .map(({ result }) => result);
}

/** The summary text for the results as shown (after the baseline and --quiet). */
export function batchSummary(results: readonly FileResult[], stats: BatchStats, lang: Lang, cwd: string): string {
  const text = batchMessages.summary;
  const unreadable = results.filter((r) => r.fatal);
  const byRule = countsByRule(results);
  const totals = byRule.reduce(
    (sum, [, c]) => ({ error: sum.error + c.error, warning: sum.warning + c.warning, info: sum.info + c.info }),
    { error: 0, warning: 0, info: 0 },
  );
  const facts: SummaryFacts = { files: results.length, unreadable: unreadable.length, ...stats, ...totals };
  const lines = [text.title[lang], text.checked(facts)[lang], text.found(facts)[lang]];
  if (byRule.length > 0) lines.push(text.byRuleHeading[lang], ...ruleTable(byRule, lang));
  const top = filesWithMostFindings(results);
  if (top.length > 0) {
    const width = String(top[0]!.diagnostics.length).length;
    lines.push(text.topFilesHeading[lang]);
    for (const r of top) lines.push(`  ${String(r.diagnostics.length).padStart(width)}  ${displayPath(r.filePath, cwd)}`);
  }
  if (unreadable.length > 0) {
    lines.push(text.unreadableHeading[lang]);
    for (const r of unreadable) lines.push(`  ${displayPath(r.filePath, cwd)}${lang === 'zh' ? '：' : ': '}${r.fatal![lang]}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `  sum-of-parts   错误 20  警告  0`: one line per rule, counts right-aligned under each other. */
function ruleTable(byRule: [string, RuleCounts][], lang: Lang): string[] {
  const severities: Severity[] = byRule.some(([, c]) => c.info > 0) ? ['error', 'warning', 'info'] : ['error', 'warning'];
  const idWidth = Math.max(...byRule.map(([id]) => id.length));
  const countWidth = (s: Severity): number => Math.max(...byRule.map(([, c]) => String(c[s]).length));
  return byRule.map(([id, counts]) => {
    const cells = severities.map((s) => `${batchMessages.summary.columns[s][lang]} ${String(counts[s]).padStart(countWidth(s))}`);
    return `  ${id.padEnd(idWidth)}  ${cells.join('  ')}`;
  });
}
