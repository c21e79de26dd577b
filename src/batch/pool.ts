/**
 * A small pool of worker threads that check files with `lintFile`. Workers are started once
 * and reused for every file they are given, so start-up (loading the rules) is paid once per
 * thread, not per file. A worker that crashes, or takes longer than the time limit, costs only
 * the file it was checking: that file gets a fatal result and a fresh worker takes its place.
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

/** What a worker answers. */
export interface WorkerResponse {
  id: number;
  result: FileResult;
}

export interface PoolOptions {
  /** The worker script (compiled JavaScript): see `defaultWorkerEntry`. */
  entry: URL | string;
  /** How many threads at most. */
  size: number;
  /** How long one file may take before its worker is stopped (default: 5 minutes). */
  timeoutMs?: number;
}

interface Task {
  request: WorkerRequest;
  resolve(result: FileResult): void;
}

interface Slot {
  worker: Worker;
  task?: Task;
  timer?: NodeJS.Timeout;
  /** Being stopped (its file took too long): takes no more files. */
  stopping?: boolean;
  /** Why the worker failed, from its 'error' event, for the 'exit' that follows. */
  failure?: string;
}

const DEFAULT_TIMEOUT_MS = 5 * 60_000;

/**
 * The compiled worker script next to this module, or undefined when running from the
 * TypeScript sources (under vitest), where a worker could not load it: files are then
 * checked in-process.
 */
export function defaultWorkerEntry(): URL | undefined {
  if (!import.meta.url.endsWith('.js')) return undefined;
  return new URL('./worker.js', import.meta.url);
}

export class LintWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: PoolOptions) {}

  /** Checks one file on the first free worker; never rejects. */
  lint(filePath: string, options: LintFileOptions): Promise<FileResult> {
    return new Promise((resolve) => {
      this.queue.push({ request: { id: this.nextId++, filePath, options }, resolve });
      this.dispatch();
    });
  }

  /** Stops every worker; files still queued are not checked. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      const slot = this.slots.find((s) => s.task === undefined && !s.stopping) ?? this.startWorker();
      if (!slot) return;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.timer = setTimeout(() => this.timeOut(slot), this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
      slot.worker.postMessage(task.request);
    }
  }

  /** A new worker when the pool is not full yet. */
  private startWorker(): Slot | undefined {
    if (this.slots.length >= this.options.size) return undefined;
    const slot = this.spawn();
    this.slots.push(slot);
    return slot;
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.options.entry) };
    slot.worker.on('message', (response: WorkerResponse) => {
      if (slot.task?.request.id !== response.id) return;
      this.finish(slot, response.result);
      this.dispatch();
    });
    slot.worker.on('error', (error) => {
      slot.failure = error.message;
    });
    slot.worker.on('exit', (code) => this.replace(slot, slot.failure ?? batchMessages.workerExit(code)));
    return slot;
  }

  private finish(slot: Slot, result: FileResult): void {
    clearTimeout(slot.timer);
    const task = slot.task;
    slot.task = undefined;
    task?.resolve(result);
  }

  /** The worker is gone: its file becomes a fatal result and a new worker takes the slot. */
  private replace(slot: Slot, reason: string): void {
    if (this.closed) return;
    const task = slot.task;
    if (task) this.finish(slot, { filePath: task.request.filePath, diagnostics: [], fatal: cliMessages.internalFileError(reason) });
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    this.dispatch();
  }

  private timeOut(slot: Slot): void {
    const task = slot.task;
    if (!task) return;
    const seconds = Math.round((this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000);
    slot.stopping = true;
    this.finish(slot, { filePath: task.request.filePath, diagnostics: [], fatal: batchMessages.fileTimedOut(seconds) });
    // Its 'exit' then finds no task and frees the slot for a fresh worker.
    void slot.worker.terminate();
  }
}
