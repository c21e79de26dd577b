import { availableParallelism } from 'node:os';

/** `--concurrency`: `auto`, `off` (this thread only) or a number of threads. */
export type Concurrency = 'auto' | 'off' | number;

/** The value of `--concurrency`, or undefined when it is not one. */
export function parseConcurrency(value: string): Concurrency | undefined {
  if (value === 'auto' || value === 'off') return value;
  return /^[1-9]\d{0,3}$/.test(value) ? Number(value) : undefined;
}

/**
 * Files it takes to be worth a thread under `auto`: a thread loads the rules and warms up on
 * its own, which costs about as much as checking a few dozen files (ESLint's `auto` counts 50).
 */
const FILES_PER_THREAD = 50;

/**
 * How many threads to check `files` files with, never more than files (1: this thread only).
 * `auto` starts one thread per 50 files, at most one per two CPUs, as ESLint's `auto` does:
 * V8 compiles and collects garbage on threads of its own, so one thread checking files keeps
 * about one and a half CPUs busy, and on two CPUs worker threads make a batch slower.
 */
export function threadCount(concurrency: Concurrency, files: number): number {
  const wanted =
    concurrency === 'auto'
      ? Math.min(Math.ceil(files / FILES_PER_THREAD), availableParallelism() >> 1)
      : concurrency === 'off'
        ? 1
        : concurrency;
  return Math.max(1, Math.min(wanted, files));
}
