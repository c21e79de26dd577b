/**
 * The baseline (bulk suppressions), counted the way ESLint's `eslint-suppressions.json` is:
 * `{ "<file>": { "<rule-id>": { "count": N } } }`, the file relative to the current folder
 * with `/` separators. Only errors are counted and suppressed, as in ESLint: warnings and notes
 * are always reported.
 *
 * Unlike ESLint, which reports every finding of a file and rule once there are more than the
 * baseline counts, the first N findings of a file and rule (in reading order) are taken as the
 * baseline and only the ones after them are reported: an auditor re-checking a re-published
 * report sees the new findings, not the old ones again.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Localized } from '../lint/types.js';
import { displayPath } from '../reporters/paths.js';
import type { FileResult } from '../reporters/types.js';
import { baselineMessages } from './messages.js';

export const DEFAULT_SUPPRESSIONS_FILE = 'budget-lint-suppressions.json';

/** Suppressed errors: per file, per rule, how many. */
export type Suppressions = Record<string, Record<string, { count: number }>>;

export type LoadedSuppressions = { suppressions: Suppressions; exists: boolean } | { problem: Localized };

/** The suppressions file as the baseline key of a result: relative to `cwd`, `/` separators. */
export function baselinePath(filePath: string, cwd: string): string {
  return path.relative(cwd, filePath).split(path.sep).join('/');
}

/**
 * Reads the suppressions file. A missing file is an empty baseline; a file that is not valid
 * JSON of the expected shape is a problem (the user relies on it, so nothing is guessed).
 */
export async function loadSuppressions(file: string, cwd: string): Promise<LoadedSuppressions> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { suppressions: {}, exists: false };
    return { problem: baselineMessages.unreadable(displayPath(file, cwd), code ?? String(error)) };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { problem: baselineMessages.notJson(displayPath(file, cwd), error instanceof Error ? error.message : String(error)) };
  }
  const wrong = shapeProblem(parsed);
  if (wrong !== undefined) return { problem: baselineMessages.badShape(displayPath(file, cwd), wrong) };
  return { suppressions: parsed as Suppressions, exists: true };
}

/** Where the parsed file departs from `{ file: { rule: { count: N ≥ 1 } } }`, or undefined. */
function shapeProblem(parsed: unknown): string | undefined {
  if (!isPlainObject(parsed)) return '$';
  for (const [file, rules] of Object.entries(parsed)) {
    if (!isPlainObject(rules)) return JSON.stringify(file);
    for (const [rule, entry] of Object.entries(rules)) {
      const count = isPlainObject(entry) ? entry['count'] : undefined;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) return `${JSON.stringify(file)} → ${JSON.stringify(rule)}`;
    }
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Errors per file and rule in `results`, as a baseline. */
export function countErrors(results: readonly FileResult[], cwd: string): Suppressions {
  const counted: Suppressions = {};
  for (const result of results) {
    for (const d of result.diagnostics) {
      if (d.severity !== 'error') continue;
      const rules = (counted[baselinePath(result.filePath, cwd)] ??= {});
      (rules[d.ruleId] ??= { count: 0 }).count++;
    }
  }
  return counted;
}

/**
 * `--suppress-all`: the baseline with the counts of this run's errors, as ESLint does: a file
 * and rule with errors now gets their count; entries for other files and rules are kept.
 */
export function suppressAll(existing: Suppressions, results: readonly FileResult[], cwd: string): Suppressions {
  const updated = structuredClone(existing);
  for (const [file, rules] of Object.entries(countErrors(results, cwd))) {
    updated[file] = { ...updated[file], ...rules };
  }
  return updated;
}

export interface AppliedSuppressions {
  /** The results without the suppressed errors. */
  results: FileResult[];
  /** How many errors were suppressed. */
  suppressed: number;
  /** The part of the baseline of the checked files that no longer occurs. */
  unused: Suppressions;
}

/** Drops, for each file and rule, the first `count` errors; the rest stay reported. */
export function applySuppressions(results: readonly FileResult[], suppressions: Suppressions, cwd: string): AppliedSuppressions {
  let suppressed = 0;
  const unused: Suppressions = {};
  const filtered = results.map((result) => {
    const baseline = suppressions[baselinePath(result.filePath, cwd)];
    if (!baseline || result.fatal) return result;
    const left = new Map(Object.entries(baseline).map(([rule, { count }]) => [rule, count]));
    const diagnostics = result.diagnostics.filter((d) => {
      const allowance = left.get(d.ruleId) ?? 0;
      if (d.severity !== 'error' || allowance === 0) return true;
      left.set(d.ruleId, allowance - 1);
      suppressed++;
      return false;
    });
    const unusedRules = [...left].filter(([, count]) => count > 0);
    if (unusedRules.length > 0) unused[baselinePath(result.filePath, cwd)] = Object.fromEntries(unusedRules.map(([rule, count]) => [rule, { count }]));
    return { ...result, diagnostics };
  });
  return { results: filtered, suppressed, unused };
}

/** `--prune-suppressions`: the baseline less what no longer occurs (counts lowered, empty entries dropped). */
export function pruneSuppressions(existing: Suppressions, unused: Suppressions): Suppressions {
  const pruned = structuredClone(existing);
  for (const [file, rules] of Object.entries(unused)) {
    const kept = pruned[file];
    if (!kept) continue;
    for (const [rule, { count }] of Object.entries(rules)) {
      const entry = kept[rule];
      if (!entry) continue;
      entry.count -= count;
      if (entry.count <= 0) delete kept[rule];
    }
    if (Object.keys(kept).length === 0) delete pruned[file];
  }
  return pruned;
}

/** The number of errors a baseline counts. */
export function totalCount(suppressions: Suppressions): number {
  return Object.values(suppressions).reduce((sum, rules) => sum + Object.values(rules).reduce((n, { count }) => n + count, 0), 0);
}

/** Writes the baseline with files and rules sorted, so that it diffs well under version control. */
export async function saveSuppressions(file: string, suppressions: Suppressions, cwd: string): Promise<Localized | undefined> {
  const sorted: Suppressions = {};
  for (const name of Object.keys(suppressions).sort()) {
    const rules = suppressions[name]!;
    sorted[name] = Object.fromEntries(Object.keys(rules).sort().map((rule) => [rule, { count: rules[rule]!.count }]));
  }
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(sorted, null, 2)}\n`);
    return undefined;
  } catch (error) {
    return baselineMessages.writeFailed(displayPath(file, cwd), (error as NodeJS.ErrnoException).code ?? String(error));
  }
}
