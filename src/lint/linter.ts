import { textUnits, type Document } from '../model/document.js';
import { buildStructure } from '../structure/index.js';
import { extractFigures } from '../extract/figures.js';
import { typeByColumnHeaders } from '../extract/column-units.js';
import { Facts } from '../extract/facts.js';
import type { Figure, TextUnit } from '../extract/figure.js';
import { rules as allRules } from '../../rules/index.js';
import { applyDirectives, DIRECTIVE_RULE_ID } from '../directives/apply.js';
import { resolveReport } from './resolve.js';
import type { Diagnostic, Localized, Report, Rule, Severity, SeveritySetting } from './types.js';

export interface LintOptions {
  /** Report year to assume instead of the one read from the titles. */
  year?: number;
  /** Rules to run (default: every rule in rules/index.ts). */
  rules?: Rule[];
  /**
   * Severity per rule id; overrides the rule's default and every per-finding severity.
   * 'off' keeps the rule from running.
   */
  severities?: Record<string, SeveritySetting>;
  /** Options per rule id, from the configuration, handed to the rule as `ctx.options`. */
  ruleOptions?: Record<string, Record<string, unknown>>;
}

/**
 * Runs the enabled rules over one document and returns its findings in reading order, less
 * those the document's inline directives disable, plus findings about unused directives.
 */
export function lintDocument(doc: Document, options: LintOptions = {}): Diagnostic[] {
  const structure = buildStructure(doc, { year: options.year });
  const facts = new Facts(doc, structure, figuresByUnit(doc));
  const diagnostics: Diagnostic[] = [];
  const rules = options.rules ?? allRules;
  for (const rule of rules) {
    const configured = options.severities?.[rule.meta.id];
    const setting = configured ?? rule.meta.defaultSeverity;
    if (setting === 'off') continue;
    const severityOf = (r: Report): Severity => (configured === undefined ? (r.severity ?? setting) : setting);
    try {
      rule.check({
        doc,
        facts,
        report: (r) => diagnostics.push(resolveReport(r, rule.meta.id, severityOf(r))),
        options: options.ruleOptions?.[rule.meta.id],
      });
    } catch (error) {
      diagnostics.push(ruleCrash(doc, rule.meta.id, error));
    }
  }
  const knownRuleIds = new Set([...allRules, ...rules].map((rule) => rule.meta.id));
  const severity = options.severities?.[DIRECTIVE_RULE_ID];
  return sortedUnique(applyDirectives(diagnostics, doc, { knownRuleIds, severity }));
}

/**
 * Figures of every text unit. A merged copy of a Word cell repeats the figure of the cell it
 * was merged from; counting it again would double it, so it has none of its own. Bare numbers
 * in tables take the unit their column header gives.
 */
function figuresByUnit(doc: Document): Map<TextUnit, Figure[]> {
  const figures = new Map<TextUnit, Figure[]>();
  for (const unit of textUnits(doc)) figures.set(unit, unit.kind === 'cell' && unit.merged ? [] : extractFigures(unit));
  for (const block of doc.blocks) if (block.kind === 'table') typeByColumnHeaders(block, figures);
  return figures;
}

/**
 * A rule that throws is a bug in budget-lint, not in the report: say so as a finding of
 * that rule at the top of the file, and let the other rules run.
 */
function ruleCrash(doc: Document, ruleId: string, error: unknown): Diagnostic {
  const first = textUnits(doc).next();
  const reason = error instanceof Error ? error.message : String(error);
  const message: Localized = {
    zh: `规则 ${ruleId} 运行出错（${reason}），本文件的这项检查不完整。这是 budget-lint 的缺陷，请附上该文件报告此问题。`,
    en: `Rule ${ruleId} crashed (${reason}), so this check is incomplete for this file. This is a bug in budget-lint; please report it with the file.`,
  };
  const unit = first.done ? undefined : first.value;
  return {
    ruleId,
    severity: 'error',
    message,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    excerpt: '',
    location: unit?.place ?? { paragraph: 1 },
  };
}

/** Orders by line, column, rule id and drops findings reported twice at the same span. */
function sortedUnique(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const unique = diagnostics.filter((d) => {
    const key = JSON.stringify([d.ruleId, d.severity, d.line, d.column, d.endLine, d.endColumn, d.message.zh]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort(
    (a, b) => a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}
