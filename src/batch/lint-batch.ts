/**
 * Checks a list of files: from the cache when it has them, the rest on a pool of worker
 * threads, this thread taking files while the workers load. Everything is checked in this
 * thread for a single file, `--concurrency 1`, when running from the TypeScript sources, or
 * when no worker can start. Results come back in the order of the files, whatever order the
 * threads finish in.
 */
import { lintFile, type LintFileOptions } from '../cli/lint-file.js';
import type { FileResult } from '../reporters/types.js';
import type { ResultCache } from '../cache/result-cache.js';
import { threadCount, type Concurrency } from './concurrency.js';
import type { LintWorkerPool } from './pool.js';

export interface BatchPlan {
  concurrency: Concurrency;
  /** The options each file is checked with: everything besides its bytes that decides its result. */
  optionsFor(filePath: string): LintFileOptions;
  cache?: ResultCache;
  /** Called after each file, in the order they finish. */
  onResult?(done: number, result: FileResult): void;
  /** The worker script; by default the compiled one beside this module (none from sources). */
  workerEntry?: URL | string;
  /** How long one file may take on a worker. */
  timeoutMs?: number;
}

export interface BatchOutcome {
  /** One per file, in the order of the files. */
  results: FileResult[];
  /** Files whose result came from the cache. */
  cacheHits: number;
  /** Worker threads used (0: checked in this thread). */
  threads: number;
}

/** Checks `files` as `plan` says; never rejects (a file that fails has a fatal result). */
export async function lintBatch(files: readonly string[], plan: BatchPlan): Promise<BatchOutcome> {
  const results: FileResult[] = new Array<FileResult>(files.length);
  let done = 0;
  const settle = (index: number, result: FileResult): void => {
    results[index] = result;
    plan.onResult?.(++done, result);
  };

  const toLint: { index: number; options: LintFileOptions; cacheKey?: string }[] = [];
  for (const [index, filePath] of files.entries()) {
    const options = plan.optionsFor(filePath);
    const found = await plan.cache?.lookup(filePath, options);
    if (found && 'hit' in found) settle(index, found.hit);
    else toLint.push({ index, options, cacheKey: found?.miss });
  }

  const cacheHits = files.length - toLint.length;
  const next = (): (typeof toLint)[number] | undefined => toLint.shift();
  const threads = threadCount(plan.concurrency, toLint.length);
  const pool = threads > 1 ? await workerPool(plan, threads) : undefined;
  const check = async ({ index, options, cacheKey }: (typeof toLint)[number], onWorker: boolean): Promise<void> => {
    const filePath = files[index]!;
    const result = (onWorker ? await pool!.lint(filePath, options) : undefined) ?? (await lintFile(filePath, options));
    if (cacheKey !== undefined) plan.cache?.store(cacheKey, result);
    settle(index, result);
  };
  // This thread checks files (one document in memory at a time) until a worker has loaded
  // the rules: a small batch need not wait for the workers, nor a large one for the first.
  const inThisThread = async (): Promise<void> => {
    for (let item = next(); item; item = pool?.started ? undefined : next()) await check(item, false);
    if (pool && !pool.started) await pool.close(); // all done here: no need to wait for the workers
  };
  const onWorkers = async (workers: LintWorkerPool): Promise<void> => {
    if (!(await workers.whenStarted())) return; // none can start (this thread checks them all), or all done
    for (let item = next(); item; item = next()) await check(item, true);
  };
  try {
    await Promise.all([inThisThread(), ...Array.from({ length: pool ? threads : 0 }, () => onWorkers(pool!))]);
  } finally {
    await pool?.close();
  }
  return { results, cacheHits, threads: pool?.started ? threads : 0 };
}

/**
 * A pool of `size` threads, or undefined when there is no built command to run on them
 * (running from the TypeScript sources). Set up only for a batch that uses threads.
 */
async function workerPool(plan: BatchPlan, size: number): Promise<LintWorkerPool | undefined> {
  const { defaultWorkerEntry, LintWorkerPool } = await import('./pool.js');
  const entry = plan.workerEntry ?? defaultWorkerEntry();
  return entry === undefined ? undefined : new LintWorkerPool({ entry, size, timeoutMs: plan.timeoutMs });
}
