import { availableParallelism } from 'node:os';

/** `--concurrency`: `auto`, `off` (this thread only) or a number of threads. */
export type Concurrency = 'auto' | 'off' | number;

/** The value of `--concurrency`, or undefined when it is not one. */
export function parseConcurrency(value: string): Concurrency | undefined {
  if (value === 'auto' || value === 'off') return value;
  return /^[1-9]\d{0,3}$/.test(value) ? Number(value) : undefined;
}

/** How many threads to check `files` files with: `auto` is one per CPU, never more than files. */
export function threadCount(concurrency: Concurrency, files: number): number {
  const wanted = concurrency === 'auto' ? availableParallelism() : concurrency === 'off' ? 1 : concurrency;
  return Math.max(1, Math.min(wanted, files));
}
