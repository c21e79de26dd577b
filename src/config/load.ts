/**
 * Reading a budget-lint.config.json: JSON (UTF-8, with or without BOM), validated key by key
 * so that every mistake is named together with what to write instead. The shape:
 *
 *     { "$schema": "…", "rules": { "sum-of-parts": "warn", "year-label": ["error", {}] },
 *       "year": 2024, "ignores": ["drafts/**"] }
 */
import { readFile, stat } from 'node:fs/promises';
import { LineIndex } from '../readers/source-text.js';
import type { Localized, SeveritySetting } from '../lint/types.js';
import { isIgnorePattern } from './ignores.js';
import { findJsonSyntaxError } from './json-syntax.js';
import { configMessages } from './messages.js';
import { closestRule, isConfigSeverity, isConfigurableRule, severitySetting } from './rule-settings.js';
import { closestName } from './suggest.js';

export const CONFIG_FILE_NAME = 'budget-lint.config.json';

export interface BudgetLintConfig {
  /** Absolute path of the file. */
  path: string;
  /** Severity per rule id ("warn" read as 'warning'). */
  severities: Record<string, SeveritySetting>;
  /** Options per rule id, for rules given as ["warn", { … }]. */
  ruleOptions: Record<string, Record<string, unknown>>;
  year?: number;
  /** Patterns in .gitignore syntax, relative to the file's folder. */
  ignores: string[];
}

/** A configuration that cannot be used; `text` names the file and says what to fix. */
export class ConfigError extends Error {
  constructor(readonly text: Localized) {
    super(text.en);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration file `file` (absolute); `shownPath` names it in messages. */
export async function loadConfig(file: string, shownPath: string): Promise<BudgetLintConfig> {
  const fail = (problem: Localized): never => {
    throw new ConfigError(configMessages.inConfigFile(shownPath, [problem]));
  };
  let bytes: Buffer;
  try {
    if (!(await stat(file)).isFile()) fail(configMessages.notAFile);
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' || code === 'ENOTDIR' ? configMessages.notFound : configMessages.unreadable(code ?? String(error)));
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail(configMessages.notUtf8);
  }
  return parseConfig(text, file, shownPath);
}

const TOP_LEVEL_KEYS = ['$schema', 'rules', 'year', 'ignores'];

/** Validates the text of a configuration file; throws ConfigError naming every problem. */
export function parseConfig(text: string, file: string, shownPath: string): BudgetLintConfig {
  const json = parseJson(text);
  if (!json.ok) throw new ConfigError(configMessages.inConfigFile(shownPath, [json.problem]));
  const problems: Localized[] = [];
  const config: BudgetLintConfig = { path: file, severities: {}, ruleOptions: {}, ignores: [] };
  const value = json.value;
  if (!isPlainObject(value)) {
    problems.push(configMessages.notAnObject);
  } else {
    for (const key of Object.keys(value)) {
      if (!TOP_LEVEL_KEYS.includes(key)) problems.push(configMessages.unknownKey(key, closestName(key, TOP_LEVEL_KEYS)));
    }
    if (value['$schema'] !== undefined && typeof value['$schema'] !== 'string') problems.push(configMessages.badSchemaReference);
    readRules(value['rules'], config, problems);
    readYear(value['year'], config, problems);
    readIgnores(value['ignores'], config, problems);
  }
  if (problems.length > 0) throw new ConfigError(configMessages.inConfigFile(shownPath, problems));
  return config;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: Localized } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const error = findJsonSyntaxError(text) ?? { offset: 0, problem: 'unexpected-character' as const };
    const { line, column } = new LineIndex(text).positionAt(error.offset);
    return { ok: false, problem: configMessages.invalidJson(line, column, error.problem) };
  }
}

function readRules(rules: unknown, config: BudgetLintConfig, problems: Localized[]): void {
  if (rules === undefined) return;
  if (!isPlainObject(rules)) {
    problems.push(configMessages.rulesNotAnObject);
    return;
  }
  for (const [ruleId, setting] of Object.entries(rules)) {
    if (!isConfigurableRule(ruleId)) {
      problems.push(configMessages.unknownRule(ruleId, closestRule(ruleId)));
      continue;
    }
    const [severity, options, ...extra] = Array.isArray(setting) ? setting : [setting];
    if (!isConfigSeverity(severity) || extra.length > 0 || (Array.isArray(setting) && setting.length === 0)) {
      problems.push(configMessages.badSeverity(ruleId, setting));
    } else if (options !== undefined && !isPlainObject(options)) {
      problems.push(configMessages.badRuleOptions(ruleId, options));
    } else {
      config.severities[ruleId] = severitySetting(severity);
      if (options !== undefined) config.ruleOptions[ruleId] = options;
    }
  }
}

/** The same years `--year` accepts. */
function readYear(year: unknown, config: BudgetLintConfig, problems: Localized[]): void {
  if (year === undefined) return;
  if (typeof year === 'number' && Number.isInteger(year) && year >= 1900 && year <= 2099) config.year = year;
  else problems.push(configMessages.badYear(year));
}

function readIgnores(ignores: unknown, config: BudgetLintConfig, problems: Localized[]): void {
  if (ignores === undefined) return;
  if (!Array.isArray(ignores)) {
    problems.push(configMessages.badIgnores);
    return;
  }
  ignores.forEach((pattern: unknown, index) => {
    if (typeof pattern === 'string' && isIgnorePattern(pattern)) config.ignores.push(pattern);
    else problems.push(configMessages.badIgnorePattern(index + 1, pattern));
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
