/**
 * Applies a document's inline directives to the findings of its rules, after the rules ran:
 * drops the findings a directive disables, and reports each directive (or rule named in one)
 * that disabled nothing, and each rule id no rule has, so that stale directives get cleaned
 * up as the report is revised.
 *
 * Scopes, by line (.txt, .md) or by Word place (.docx):
 * - `disable-next-line`: the next paragraph or table cell after the directive (all the lines
 *   it spans); in .docx, the paragraph or cell the comment is anchored to;
 * - `disable` … `enable`: from the directive to the next `enable` naming the rule (or naming
 *   none), or to the end of the file;
 * - `disable-file`: the whole file.
 */
import { closestName } from '../config/suggest.js';
import type { Diagnostic, Severity, SeveritySetting } from '../lint/types.js';
import { textUnits, type Directive, type Document, type Place } from '../model/document.js';
import { directiveLabel, directiveMessages } from './messages.js';

/** The rule id of findings about directives; configurable like a rule ("off" to silence). */
export const DIRECTIVE_RULE_ID = 'unused-disable-directive';

const DEFAULT_SEVERITY: Severity = 'warning';

export interface DirectiveSettings {
  /** The rule ids a directive may name. */
  knownRuleIds: ReadonlySet<string>;
  /** Severity of the findings about directives (default warning; 'off' for none). */
  severity?: SeveritySetting;
}

/** Stands for "every rule" when a directive names none. */
const EVERY_RULE = '*';

/** The findings left after `doc`'s directives, plus findings about the directives themselves. */
export function applyDirectives(diagnostics: Diagnostic[], doc: Document, settings: DirectiveSettings): Diagnostic[] {
  if (!doc.directives || doc.directives.length === 0) return diagnostics;
  const scopes = new DirectiveScopes(doc);
  const used = new Map<Directive, Set<string>>();
  const kept = diagnostics.filter((diagnostic) => {
    const covering = scopes.covering(diagnostic);
    for (const { directive, ruleId } of covering) {
      const rules = used.get(directive) ?? new Set<string>();
      used.set(directive, rules.add(ruleId));
    }
    return covering.length === 0;
  });
  const severity = settings.severity ?? DEFAULT_SEVERITY;
  if (severity === 'off') return kept;
  return [...kept, ...directiveProblems(scopes, used, settings.knownRuleIds, severity)];
}

/** A directive that disables a finding, and the rule (or EVERY_RULE) by which it does. */
interface Coverage {
  directive: Directive;
  ruleId: string;
}

/** The lines a paragraph or cell spans in the source, and its place. */
interface UnitLines {
  first: number;
  last: number;
  place: Place;
}

class DirectiveScopes {
  /** In the order they apply: by line, and in source order on one line. */
  readonly directives: Directive[];
  private readonly units: UnitLines[];
  private readonly unitAfterLine = new Map<number, UnitLines | undefined>();

  constructor(private readonly doc: Document) {
    this.directives = [...(doc.directives ?? [])].sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column);
    this.units = unitLines(doc);
  }

  covering(diagnostic: Diagnostic): Coverage[] {
    const found: Coverage[] = [];
    this.directives.forEach((directive, index) => {
      const ruleId = namedRule(directive, diagnostic.ruleId);
      if (ruleId !== undefined && this.covers(directive, index, diagnostic)) found.push({ directive, ruleId });
    });
    return found;
  }

  /** The place to report a directive at: its Word place, or the paragraph or cell after it. */
  placeOf(directive: Directive): Place {
    return directive.place ?? this.unitAfter(directive.start.line)?.place ?? this.units[this.units.length - 1]?.place ?? { paragraph: 1 };
  }

  private covers(directive: Directive, index: number, diagnostic: Diagnostic): boolean {
    switch (directive.kind) {
      case 'disable-file':
        return true;
      case 'disable-next-line':
        return this.coversNextLine(directive, diagnostic);
      case 'disable':
        return directive.start.line <= diagnostic.line && !this.enabledAgain(index, diagnostic);
      case 'enable':
        return false;
    }
  }

  private coversNextLine(directive: Directive, diagnostic: Diagnostic): boolean {
    if (directive.place) return samePlace(directive.place, diagnostic.location);
    // A Word comment anchored nowhere (in a footnote, say) disables nothing.
    if (this.doc.format === 'docx') return false;
    const target = this.unitAfter(directive.start.line);
    return target !== undefined && diagnostic.line >= target.first && diagnostic.line <= target.last;
  }

  /** Whether an `enable` for the diagnostic's rule comes after directive `index`, at or before it. */
  private enabledAgain(index: number, diagnostic: Diagnostic): boolean {
    for (const later of this.directives.slice(index + 1)) {
      if (later.start.line > diagnostic.line) return false;
      if (later.kind === 'enable' && namedRule(later, diagnostic.ruleId) !== undefined) return true;
    }
    return false;
  }

  /** The first paragraph or cell that starts below `line`. */
  private unitAfter(line: number): UnitLines | undefined {
    if (!this.unitAfterLine.has(line)) this.unitAfterLine.set(line, this.units.find((unit) => unit.first > line));
    return this.unitAfterLine.get(line);
  }
}

/** The rule (or EVERY_RULE) by which `directive` applies to findings of `ruleId`, if it does. */
function namedRule(directive: Directive, ruleId: string): string | undefined {
  if (directive.ruleIds.length === 0) return EVERY_RULE;
  return directive.ruleIds.includes(ruleId) ? ruleId : undefined;
}

function samePlace(a: Place, b: Place): boolean {
  if ('paragraph' in a) return 'paragraph' in b && a.paragraph === b.paragraph;
  return 'table' in b && a.table === b.table && a.row === b.row && a.column === b.column;
}

/** Source lines of every paragraph and cell, by first line (merged copies have none of their own). */
function unitLines(doc: Document): UnitLines[] {
  const units: UnitLines[] = [];
  for (const unit of textUnits(doc)) {
    if (unit.kind === 'cell' && unit.merged) continue;
    const lines = unit.segments.map((segment) => segment.start.line);
    units.push({ first: Math.min(...lines), last: Math.max(...lines), place: unit.place });
  }
  return units.sort((a, b) => a.first - b.first);
}

function directiveProblems(scopes: DirectiveScopes, used: Map<Directive, Set<string>>, knownRuleIds: ReadonlySet<string>, severity: Severity): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const directive of scopes.directives) {
    if (directive.kind === 'enable') continue;
    const report = (message: Diagnostic['message']): void => {
      problems.push({
        ruleId: DIRECTIVE_RULE_ID,
        severity,
        message,
        line: directive.start.line,
        column: directive.start.column,
        endLine: directive.end.line,
        endColumn: directive.end.column,
        excerpt: directive.text,
        location: scopes.placeOf(directive),
      });
    };
    const usedFor = used.get(directive);
    if (directive.ruleIds.length === 0 && !usedFor?.has(EVERY_RULE)) report(directiveMessages.unused(directiveLabel(directive.kind)));
    for (const ruleId of directive.ruleIds) {
      const label = directiveLabel(directive.kind, ruleId);
      if (!knownRuleIds.has(ruleId)) report(directiveMessages.unknownRule(directiveLabel(directive.kind), ruleId, closestName(ruleId, knownRuleIds)));
      else if (!usedFor?.has(ruleId)) report(directiveMessages.unused(label));
    }
  }
  return problems;
}
