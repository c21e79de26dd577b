/**
 * Checking the files of one command line: the baseline is read first (a damaged one stops the
 * run before the work), then the files are checked (cache, worker threads, progress bar on
 * stderr), then the baseline is applied. The summary is written last, after the report.
 */
import { openBaseline, type BaselineOptions } from '../baseline/cli.js';
import type { ResultCache } from '../cache/result-cache.js';
import type { LintFileOptions } from '../cli/lint-file.js';
import type { Lang, Localized } from '../lint/types.js';
import { packageVersion } from '../reporters/package-info.js';
import type { FileResult } from '../reporters/types.js';
import type { Concurrency } from './concurrency.js';
import { lintBatch } from './lint-batch.js';
import { progressBar, type ProgressStream } from './progress.js';
import { batchSummary, type BatchStats } from './summary.js';

export interface BatchCliOptions extends BaselineOptions {
  lang: Lang;
  format: string;
  /** Errors only: the progress bar counts what the report will show. */
  quiet: boolean;
  concurrency: Concurrency;
  cache: boolean;
  cacheLocation?: string;
  /** `--summary`: write the summary whatever the format and wherever stderr goes. */
  summary: boolean;
}

export interface BatchIO {
  stderr: ProgressStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface BatchRun {
  /** One per file, in the order given, without the errors the baseline holds. */
  results: FileResult[];
  stats: BatchStats;
  /** For stderr; the exit code is not changed by them. */
  notices: Localized[];
  /** Something asked for could not be done (the baseline could not be written): exit 2. */
  problems: Localized[];
}

/**
 * Checks `files`, each with `optionsFor(file)` (the cache key covers exactly these options,
 * so anything else a file's result depends on must be among them).
 */
export async function checkFiles(
  files: string[],
  optionsFor: (filePath: string) => LintFileOptions,
  options: BatchCliOptions,
  io: BatchIO,
): Promise<BatchRun | { problem: Localized }> {
  const baseline = await openBaseline(options, io.cwd);
  if ('problem' in baseline) return baseline;
  const cache = options.cache ? await openCache(options.cacheLocation, io.cwd) : undefined;

  const started = performance.now();
  const progress = progressBar(io.stderr, io.env, files.length, options.lang);
  let findings = 0;
  let outcome;
  try {
    outcome = await lintBatch(files, {
      concurrency: options.concurrency,
      optionsFor,
      cache,
      onResult(done, result) {
        findings += options.quiet ? result.diagnostics.filter((d) => d.severity === 'error').length : result.diagnostics.length;
        progress.update(done, findings);
      },
    });
  } finally {
    progress.clear();
  }
  const elapsedMs = performance.now() - started;

  const notices: Localized[] = [];
  const cacheProblem = await cache?.save(io.cwd);
  if (cacheProblem) notices.push(cacheProblem);
  const applied = await baseline.apply(outcome.results);
  notices.push(...applied.notices);
  return {
    results: applied.results,
    stats: { elapsedMs, threads: outcome.threads, cacheHits: outcome.cacheHits, suppressed: applied.suppressed },
    notices,
    problems: applied.problem ? [applied.problem] : [],
  };
}

/** The result cache (and the hashing it needs) loads only with --cache. */
async function openCache(location: string | undefined, cwd: string): Promise<ResultCache> {
  const { cacheFilePath, ResultCache } = await import('../cache/result-cache.js');
  return ResultCache.open(await cacheFilePath(location, cwd), packageVersion());
}

/**
 * Writes the summary of the results as shown, when asked with `--summary`, or by default for
 * the stylish format on a terminal when more than one file was checked.
 */
export function writeSummary(shown: readonly FileResult[], run: BatchRun, options: BatchCliOptions, io: BatchIO): void {
  const wanted = options.summary || (options.format === 'stylish' && io.stderr.isTTY === true && shown.length > 1);
  if (wanted) io.stderr.write(batchSummary(shown, run.stats, options.lang, io.cwd));
}
