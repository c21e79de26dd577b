import { parseArgs } from 'node:util';
import { cliMessages } from '../i18n/messages.js';
import type { Lang, Localized, SeveritySetting } from '../lint/types.js';
import { REPORTERS, type ReporterName } from '../reporters/index.js';
import { parseConcurrency, type Concurrency } from '../batch/concurrency.js';
import { parseRuleOption, RULE_OPTION_FORMAT } from '../config/rule-settings.js';

export interface CliOptions {
  format: ReporterName;
  lang: Lang;
  /** Report errors only. */
  quiet: boolean;
  /** Exit 1 when there are more warnings than this. */
  maxWarnings?: number;
  year?: number;
  printText: boolean;
  /** `-o/--output-file`: write the report to this file instead of stdout. */
  outputFile?: string;
  /** `--annotate`: where to write the .docx copy with a Word comment per finding. */
  annotate?: string;
  /** `--config`: the configuration file for every file (no search for budget-lint.config.json). */
  config?: string;
  /** `--rule id:severity` (repeatable; the last one for a rule wins), by rule id; absent when none. */
  ruleSettings?: Record<string, SeveritySetting>;
  /** Batch audits (see src/batch): threads, cache, baseline, summary. */
  concurrency: Concurrency;
  cache: boolean;
  cacheLocation?: string;
  suppressAll: boolean;
  pruneSuppressions: boolean;
  suppressionsLocation?: string;
  summary: boolean;
  help: boolean;
  version: boolean;
  /** Files, directories and globs, as given. */
  patterns: string[];
}

export type ParsedArgs =
  | { ok: true; options: CliOptions }
  /** `lang` is the language the error should be shown in (from --lang when it was valid). */
  | { ok: false; lang: Lang; error: Localized };

const OPTION_SPEC = {
  format: { type: 'string' },
  lang: { type: 'string' },
  quiet: { type: 'boolean' },
  'max-warnings': { type: 'string' },
  year: { type: 'string' },
  'print-text': { type: 'boolean' },
  'output-file': { type: 'string', short: 'o' },
  annotate: { type: 'string' },
  config: { type: 'string' },
  rule: { type: 'string', multiple: true },
  concurrency: { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  'suppress-all': { type: 'boolean' },
  'prune-suppressions': { type: 'boolean' },
  'suppressions-location': { type: 'string' },
  summary: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type OptionName = keyof typeof OPTION_SPEC;

/** The options that take a value, as parsed. */
interface OptionValues {
  format?: ReporterName;
  lang?: Lang;
  'max-warnings'?: number;
  year?: number;
  annotate?: string;
  'output-file'?: string;
  config?: string;
  concurrency?: Concurrency;
  'cache-location'?: string;
  'suppressions-location'?: string;
}
type ValuedOption = keyof OptionValues;

/** What each valued option accepts: its description for messages, and its parser. */
const VALUE_PARSERS: { [K in ValuedOption]-?: { expected: string; parse(v: string): OptionValues[K] } } = {
  format: { expected: Object.keys(REPORTERS).join('|'), parse: (v) => (Object.hasOwn(REPORTERS, v) ? (v as ReporterName) : undefined) },
  lang: { expected: 'zh|en', parse: (v) => (v === 'zh' || v === 'en' ? v : undefined) },
  'max-warnings': { expected: 'N ≥ 0', parse: (v) => (/^\d+$/.test(v) ? Number(v) : undefined) },
  year: { expected: 'YYYY', parse: (v) => (/^(19|20)\d{2}$/.test(v) ? Number(v) : undefined) },
  annotate: { expected: 'out.docx', parse: (v) => (v.trim() === '' ? undefined : v) },
  'output-file': { expected: 'FILE', parse: (v) => (v.trim() === '' ? undefined : v) },
  config: { expected: 'FILE', parse: (v) => (v.trim() === '' ? undefined : v) },
  concurrency: { expected: 'auto|off|N', parse: parseConcurrency },
  'cache-location': { expected: 'PATH', parse: (v) => (v.trim() === '' ? undefined : v) },
  'suppressions-location': { expected: 'FILE', parse: (v) => (v.trim() === '' ? undefined : v) },
};

function isOptionName(name: string): name is OptionName {
  return Object.hasOwn(OPTION_SPEC, name);
}

function parseValue<K extends ValuedOption>(name: K, raw: string, into: OptionValues): boolean {
  const parsed = VALUE_PARSERS[name].parse(raw);
  if (parsed === undefined) return false;
  into[name] = parsed as OptionValues[K]; // TypeScript cannot correlate the parser with K
  return true;
}

/**
 * Parses the command line. Validation is our own (parseArgs in non-strict mode only splits
 * the tokens) so every mistake gets a message in the user's language.
 */
export function parseCliArgs(argv: string[]): ParsedArgs {
  const { tokens } = parseArgs({ args: argv, options: OPTION_SPEC, allowPositionals: true, strict: false, tokens: true });
  const lang = requestedLang(tokens);
  const fail = (error: Localized): ParsedArgs => ({ ok: false, lang, error });
  const flags = new Set<OptionName>();
  const values: OptionValues = {};
  const ruleSettings: Record<string, SeveritySetting> = {};
  const patterns: string[] = [];

  for (const token of tokens) {
    if (token.kind === 'positional') patterns.push(token.value);
    if (token.kind !== 'option') continue;
    const { name, rawName, value } = token;
    if (!isOptionName(name)) return fail(cliMessages.unknownOption(rawName));
    if (OPTION_SPEC[name].type === 'boolean') {
      if (value !== undefined) return fail(cliMessages.unexpectedValue(rawName));
      flags.add(name);
      continue;
    }
    // Without "=", parseArgs takes the next word even when it is another option.
    if (value === undefined || (!token.inlineValue && value.startsWith('-'))) {
      return fail(cliMessages.missingValue(rawName, name === 'rule' ? RULE_OPTION_FORMAT : VALUE_PARSERS[name as ValuedOption].expected));
    }
    if (name === 'rule') {
      const rule = parseRuleOption(value);
      if (!rule.ok) return fail(cliMessages.usageProblem(rule.error));
      ruleSettings[rule.ruleId] = rule.setting;
      continue;
    }
    const valued = name as ValuedOption;
    if (!parseValue(valued, value, values)) {
      return fail(cliMessages.badValue(rawName, value, VALUE_PARSERS[valued].expected));
    }
  }
  return {
    ok: true,
    options: {
      format: values.format ?? 'stylish',
      lang,
      quiet: flags.has('quiet'),
      maxWarnings: values['max-warnings'],
      year: values.year,
      printText: flags.has('print-text'),
      outputFile: values['output-file'],
      annotate: values.annotate,
      config: values.config,
      ruleSettings: Object.keys(ruleSettings).length > 0 ? ruleSettings : undefined,
      concurrency: values.concurrency ?? 'auto',
      cache: flags.has('cache'),
      cacheLocation: values['cache-location'],
      suppressAll: flags.has('suppress-all'),
      pruneSuppressions: flags.has('prune-suppressions'),
      suppressionsLocation: values['suppressions-location'],
      summary: flags.has('summary'),
      help: flags.has('help'),
      version: flags.has('version'),
      patterns,
    },
  };
}

/** The language asked for with a valid --lang, so that even errors about other options use it. */
function requestedLang(tokens: ReturnType<typeof parseArgs>['tokens']): Lang {
  let lang: Lang = 'zh';
  for (const token of tokens ?? []) {
    if (token.kind === 'option' && token.name === 'lang' && (token.value === 'zh' || token.value === 'en')) {
      lang = token.value;
    }
  }
  return lang;
}
