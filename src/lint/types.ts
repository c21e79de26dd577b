import type { Document } from '../model/document.js';
import type { TextUnit } from '../extract/figure.js';
import type { Facts } from '../extract/facts.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type Lang = 'zh' | 'en';

/** Every user-facing text exists in Chinese (default) and English (--lang en). */
export interface Localized {
  zh: string;
  en: string;
}

export interface RuleMeta {
  id: string;
  defaultSeverity: SeveritySetting;
  description: Localized;
  /** Path of the rule's documentation page, relative to the repository root. */
  docs: string;
}

/** What a rule reports: the message (with the arithmetic) and the span of text it is about. */
export interface Report {
  message: Localized;
  source: TextUnit;
  start: number;
  end: number;
  /** Overrides the rule's default severity for this finding (e.g. heading: error, body: warning). */
  severity?: Severity;
}

export interface RuleContext {
  doc: Document;
  facts: Facts;
  report(r: Report): void;
  /**
   * The rule's options from the configuration (`"rule-id": ["warn", { … }]`); absent when
   * none are given. No rule takes options yet: the slot is reserved.
   */
  options?: Record<string, unknown>;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/** A finding resolved to a location, ready for a reporter. */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: Localized;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  excerpt: string;
  location: import('../model/document.js').Place;
}
