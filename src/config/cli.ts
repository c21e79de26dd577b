/**
 * The configuration step of a command-line run: for each file found, the configuration that
 * applies (`--config`, or the nearest budget-lint.config.json), whether it ignores the file,
 * and the options to check it with. Precedence, lowest first: the rules' defaults, settings
 * of an embedding program, the configuration file, `--rule`; `--year` over the file's `year`.
 */
import path from 'node:path';
import type { LintFileOptions } from '../cli/lint-file.js';
import type { Localized, SeveritySetting } from '../lint/types.js';
import { displayPath } from '../reporters/paths.js';
import { ConfigFinder, type LoadedConfig } from './finder.js';
import { ConfigError } from './load.js';
import { configMessages } from './messages.js';

export interface ConfigRequest {
  cwd: string;
  /** The command line's files, folders and globs: an ignored file named there gets a warning. */
  patterns: string[];
  /** `--config`. */
  configFile?: string;
  /** `--rule id:severity`, by rule id. */
  ruleSettings?: Record<string, SeveritySetting>;
  /** `--year`. */
  year?: number;
  /** Severities set by an embedding program (below the configuration file). */
  severities?: Record<string, SeveritySetting>;
}

/** What the configuration sets for one file. */
export type FileSettings = Pick<LintFileOptions, 'year' | 'severities' | 'ruleOptions'>;

export interface ConfiguredFiles {
  /** The files to check: those given, less the ignored ones, in the same order. */
  files: string[];
  settingsFor(file: string): FileSettings;
  /** For stderr: the bad configurations, and warnings about ignored files named explicitly. */
  messages: Localized[];
  /** True when a configuration is bad, or when every file was ignored without being named. */
  fatal: boolean;
}

export async function configureFiles(files: string[], request: ConfigRequest): Promise<ConfiguredFiles> {
  const finder = new ConfigFinder(request.cwd, request.configFile);
  const named = new Set(request.patterns.map((pattern) => path.resolve(request.cwd, pattern)));
  const settings = new Map<string, FileSettings>();
  const settingsOfConfig = new Map<LoadedConfig | undefined, FileSettings>();
  const badConfigs = new Map<string, Localized>();
  const ignoredWarnings: Localized[] = [];
  const checked: string[] = [];

  for (const file of files) {
    let config: LoadedConfig | undefined;
    try {
      config = await finder.forFile(file);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      badConfigs.set(error.text.en, error.text);
      continue;
    }
    const ignoredBy = config?.ignoreList.ignoring(file);
    if (config && ignoredBy !== undefined) {
      const shown = (p: string): string => displayPath(p, request.cwd);
      if (named.has(file)) ignoredWarnings.push(configMessages.fileIgnored(shown(file), ignoredBy, shown(config.path)));
      continue;
    }
    if (!settingsOfConfig.has(config)) settingsOfConfig.set(config, fileSettings(config, request));
    settings.set(file, settingsOfConfig.get(config)!);
    checked.push(file);
  }

  const allIgnored = files.length > 0 && checked.length === 0 && badConfigs.size === 0 && ignoredWarnings.length === 0;
  const messages = [...badConfigs.values(), ...ignoredWarnings, ...(allIgnored ? [configMessages.allIgnored] : [])];
  return {
    files: badConfigs.size > 0 ? [] : checked,
    settingsFor: (file) => settings.get(file) ?? fileSettings(undefined, request),
    messages,
    fatal: badConfigs.size > 0 || allIgnored,
  };
}

function fileSettings(config: LoadedConfig | undefined, request: ConfigRequest): FileSettings {
  const severities = { ...request.severities, ...config?.severities, ...request.ruleSettings };
  const year = request.year ?? config?.year;
  const ruleOptions = config?.ruleOptions ?? {};
  return {
    ...(year === undefined ? {} : { year }),
    ...(Object.keys(severities).length > 0 ? { severities } : {}),
    ...(Object.keys(ruleOptions).length > 0 ? { ruleOptions } : {}),
  };
}
