/**
 * A small pool of worker threads that check files with `lintFile`. Workers are started once
 * and reused for every file they are given, so start-up (loading the rules) is paid once per
 * thread, not per file. A worker that crashes, or takes longer than the time limit on one
 * file, costs only that file: it gets a fatal result and a fresh worker takes the place.
 */
import { Worker } from 'node:worker_threads';
import { cliMessages } from '../i18n/messages.js';
import type { LintFileOptions } from '../cli/lint-file.js';
import type { FileResult } from '../reporters/types.js';
import { batchMessages } from './messages.js';

/** What the pool sends a worker: one file to check. */
export interface WorkerRequest {
  id: number;
  filePath: string;
  options: LintFileOptions;
}

/** What a worker sends back: that it has loaded and can take files, then each file's result. */
export type WorkerResponse = { ready: true } | { id: number; result: FileResult };

export interface PoolOptions {
  /** The worker script (built JavaScript): see `defaultWorkerEntry`. */
  entry: URL | string;
  /** How many threads at most. */
  size: number;
  /** How long one file may take before its worker is stopped (default: 5 minutes). */
  timeoutMs?: number;
}

interface Task {
  request: WorkerRequest;
  /** Undefined: no worker could start, so the file was not checked. */
  resolve(result: FileResult | undefined): void;
}

interface Slot {
  worker: Worker;
  /** Loaded: the time limit of a file does not include the worker's start-up. */
  ready: boolean;
  task?: Task;
  timer?: NodeJS.Timeout;
  /** Being stopped (its file took too long): takes no more files. */
  stopping?: boolean;
  /** Why the worker failed, from its 'error' event, for the 'exit' that follows. */
  failure?: string;
}

const DEFAULT_TIMEOUT_MS = 5 * 60_000;

/**
 * The installed command, which serves the pool when it runs as a worker thread: the built
 * program (dist/cli.cjs) holds this module, and the command (budget-lint.cjs) is next to it.
 * Undefined when running from the TypeScript sources (under vitest), where a worker could not
 * load them: files are then checked in this thread.
 */
export function defaultWorkerEntry(): URL | undefined {
  if (!import.meta.url.endsWith('/cli.cjs')) return undefined;
  return new URL('./budget-lint.cjs', import.meta.url);
}

export class LintWorkerPool {
  /** A worker has loaded, so the pool can take files. */
  started = false;
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private readonly startWaiters: ((started: boolean) => void)[] = [];
  private nextId = 0;
  private closed = false;
  /** A worker could not even start: files are then given back unchecked. */
  private broken = false;

  constructor(private readonly options: PoolOptions) {}

  /** Starts the workers; resolves to true once one can take files, false if none can start. */
  whenStarted(): Promise<boolean> {
    this.grow(this.options.size);
    if (this.started || this.broken) return Promise.resolve(this.started);
    return new Promise((resolve) => this.startWaiters.push(resolve));
  }

  /**
   * Checks one file on the next free worker. Never rejects; resolves to undefined when no
   * worker can start (the caller checks the file itself).
   */
  lint(filePath: string, options: LintFileOptions): Promise<FileResult | undefined> {
    if (this.broken) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      this.queue.push({ request: { id: this.nextId++, filePath, options }, resolve });
      this.dispatch();
    });
  }

  /** Stops every worker (also those still loading); files still queued are not checked. */
  async close(): Promise<void> {
    this.closed = true;
    for (const resolve of this.startWaiters.splice(0)) resolve(this.started);
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private get timeoutMs(): number {
    return this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      const slot = this.slots.find((s) => s.ready && s.task === undefined && !s.stopping);
      if (!slot) break;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.timer = setTimeout(() => this.timeOut(slot), this.timeoutMs);
      slot.worker.postMessage(task.request);
    }
    const starting = this.slots.filter((s) => !s.ready).length;
    this.grow(this.slots.length + Math.max(0, this.queue.length - starting));
  }

  /** Starts workers until there are `wanted` (never more than the pool's size). */
  private grow(wanted: number): void {
    while (!this.closed && !this.broken && this.slots.length < Math.min(wanted, this.options.size)) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.options.entry), ready: false };
    slot.worker.on('message', (response: WorkerResponse) => {
      if ('ready' in response) this.markReady(slot);
      else if (slot.task?.request.id === response.id) this.finish(slot, response.result);
      this.dispatch();
    });
    slot.worker.on('error', (error) => {
      slot.failure = error.message;
    });
    slot.worker.on('exit', (code) => this.replace(slot, slot.failure ?? batchMessages.workerExit(code)));
    return slot;
  }

  private markReady(slot: Slot): void {
    slot.ready = true;
    if (this.started) return;
    this.started = true;
    for (const resolve of this.startWaiters.splice(0)) resolve(true);
  }

  private finish(slot: Slot, result: FileResult | undefined): void {
    clearTimeout(slot.timer);
    const task = slot.task;
    slot.task = undefined;
    task?.resolve(result);
  }

  /** The worker is gone: its file becomes a fatal result, and a new worker may take its place. */
  private replace(slot: Slot, reason: string): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    if (this.closed) return;
    if (slot.task) this.finish(slot, fatalResult(slot.task, cliMessages.internalFileError(reason)));
    if (!slot.ready) this.giveUp();
    else this.dispatch();
  }

  /** A worker died while loading: retrying would fail the same way, so the files go back. */
  private giveUp(): void {
    this.broken = true;
    for (const task of this.queue.splice(0)) task.resolve(undefined);
    for (const resolve of this.startWaiters.splice(0)) resolve(this.started);
  }

  private timeOut(slot: Slot): void {
    const task = slot.task;
    if (!task) return;
    slot.stopping = true;
    this.finish(slot, fatalResult(task, batchMessages.fileTimedOut(Math.round(this.timeoutMs / 1000))));
    // Its 'exit' then frees the slot for a fresh worker.
    void slot.worker.terminate();
  }
}

function fatalResult(task: Task, fatal: FileResult['fatal']): FileResult {
  return { filePath: task.request.filePath, diagnostics: [], fatal };
}
