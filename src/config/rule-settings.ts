/**
 * What a rule may be set to, in a configuration file and with `--rule id:severity`: the
 * severities ESLint users know ("warn", not "warning"), for the rules of the registry and for
 * the findings about inline directives.
 */
import { rules } from '../../rules/index.js';
import { DIRECTIVE_RULE_ID } from '../directives/apply.js';
import type { Localized, SeveritySetting } from '../lint/types.js';
import { configMessages } from './messages.js';
import { closestName } from './suggest.js';

export const CONFIG_SEVERITIES = ['off', 'warn', 'error', 'info'] as const;
export type ConfigSeverity = (typeof CONFIG_SEVERITIES)[number];

const SETTING_OF: Record<ConfigSeverity, SeveritySetting> = { off: 'off', warn: 'warning', error: 'error', info: 'info' };

/** Every rule id a configuration may set, in registry order, then the directive findings. */
export const CONFIGURABLE_RULE_IDS: readonly string[] = [...rules.map((rule) => rule.meta.id), DIRECTIVE_RULE_ID];

export function isConfigSeverity(value: unknown): value is ConfigSeverity {
  return typeof value === 'string' && (CONFIG_SEVERITIES as readonly string[]).includes(value);
}

export function isConfigurableRule(ruleId: string): boolean {
  return CONFIGURABLE_RULE_IDS.includes(ruleId);
}

/** "warn" → "warning"; the others are the same word. */
export function severitySetting(severity: ConfigSeverity): SeveritySetting {
  return SETTING_OF[severity];
}

/** The configuration word for a rule's default severity ("warning" → "warn"). */
export function configSeverity(setting: SeveritySetting): ConfigSeverity {
  return setting === 'warning' ? 'warn' : setting;
}

/** The suggestion for a mistyped rule id, if one is close. */
export function closestRule(ruleId: string): string | undefined {
  return closestName(ruleId, CONFIGURABLE_RULE_IDS);
}

/** What `--rule` takes, for messages. */
export const RULE_OPTION_FORMAT = 'rule-id:off|warn|error|info';

export type RuleOption = { ok: true; ruleId: string; setting: SeveritySetting } | { ok: false; error: Localized };

/** Parses the value of `--rule`: `sum-of-parts:warn`. */
export function parseRuleOption(value: string): RuleOption {
  const match = /^\s*([^:\s]+)\s*:\s*(\S+)\s*$/.exec(value);
  if (!match) return { ok: false, error: configMessages.badRuleOption(value) };
  const [, ruleId = '', severity] = match;
  if (!isConfigurableRule(ruleId)) return { ok: false, error: configMessages.unknownRuleOption(ruleId, closestRule(ruleId)) };
  if (!isConfigSeverity(severity)) return { ok: false, error: configMessages.badRuleOption(value) };
  return { ok: true, ruleId, setting: severitySetting(severity) };
}
