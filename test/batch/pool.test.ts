/**
 * Worker threads run built JavaScript, so these tests build the command first, into a folder
 * of their own (not dist/, which another test may be building at the same time).
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintBatch } from '../../src/batch/lint-batch.js';
import { LintWorkerPool } from '../../src/batch/pool.js';
import { RIGHT_TOTAL, scratch, UNREADABLE, WRONG_TOTAL } from '../cli/helpers.js';
import { buildCommand, ROOT as root } from '../support/build.js';

const exec = promisify(execFile);
let bin: string;
let workerEntry: string;

let dir: string;
let remove: () => Promise<void>;
/** Documents of every kind, the slowest first so the threads finish out of order. */
let files: string[];

beforeAll(async () => {
  ({ dir, remove } = await scratch({
    'wrong.txt': `部门决算说明\n${WRONG_TOTAL}`,
    'right.txt': RIGHT_TOTAL,
    'crash.txt': WRONG_TOTAL,
    'throw.txt': WRONG_TOTAL,
    'hang.txt': WRONG_TOTAL,
    ...UNREADABLE,
  }));
  files = [
    path.join(root, 'samples/planted-report.docx'),
    path.join(root, 'samples/planted-report.txt'),
    path.join(dir, 'wrong.txt'),
    path.join(dir, 'broken.docx'),
    path.join(root, 'samples/clean-report.md'),
    path.join(dir, 'empty.txt'),
    path.join(dir, 'right.txt'),
    path.join(dir, 'missing.txt'),
  ];
  bin = await buildCommand(path.join(dir, 'dist'));
  workerEntry = bin; // the command serves the pool when it runs as a worker thread
}, 180_000);
afterAll(() => remove());

describe('checking files on worker threads', () => {
  it('gives the same results as checking them one by one, in the order of the files', async () => {
    const sequential = await lintBatch(files, { concurrency: 'off', optionsFor: () => ({}) });
    const finished: string[] = [];
    const parallel = await lintBatch(files, {
      concurrency: 3,
      optionsFor: () => ({}),
      workerEntry,
      onResult: (_, result) => finished.push(result.filePath),
    });
    expect(sequential.threads).toBe(0);
    expect(parallel.results.map((r) => r.filePath)).toEqual(files);
    expect(parallel.results).toEqual(sequential.results);
    expect(parallel.results[0]!.diagnostics.length).toBeGreaterThan(0);
    expect(parallel.results[3]!.fatal).toBeDefined();
    expect(finished.slice().sort()).toEqual(files.slice().sort());
  });

  it('gives the same results on the workers alone', async () => {
    const sequential = await lintBatch(files, { concurrency: 'off', optionsFor: () => ({}) });
    const pool = new LintWorkerPool({ entry: workerEntry, size: 2 });
    const onWorkers = await Promise.all(files.map((file) => pool.lint(file, {})));
    await pool.close();
    expect(onWorkers).toEqual(sequential.results);
  });

  it('passes each file its options', async () => {
    const pool = new LintWorkerPool({ entry: workerEntry, size: 1 });
    const withText = await pool.lint(files[2]!, { withText: true });
    await pool.close();
    expect(withText!.text).toContain('本年支出合计100万元');
  });
});

describe('a worker that fails', () => {
  /**
   * The built command as a worker, with a listener before its own that crashes, throws or
   * hangs on files so named (the worker's own listener then never answers); it checks the others.
   */
  async function misbehavingWorker(): Promise<string> {
    const script = path.join(dir, 'misbehaving-worker.mjs');
    await writeFile(
      script,
      `import { parentPort } from 'node:worker_threads';
      parentPort.on('message', ({ filePath }) => {
        if (filePath.endsWith('crash.txt')) process.exit(7);
        if (filePath.endsWith('throw.txt')) throw new Error('boom in a rule');
        if (filePath.endsWith('hang.txt')) for (;;);
      });
      await import(${JSON.stringify(pathToFileURL(workerEntry).href)});`,
    );
    return script;
  }

  it('costs only the file it was checking: the others are checked on fresh workers', async () => {
    const names = ['wrong.txt', 'crash.txt', 'right.txt', 'throw.txt', 'wrong.txt', 'hang.txt', 'right.txt', 'wrong.txt'];
    const pool = new LintWorkerPool({ entry: await misbehavingWorker(), size: 2, timeoutMs: 3000 });
    const results = await Promise.all(names.map((name) => pool.lint(path.join(dir, name), {})));
    await pool.close();
    expect(results.map((r) => r?.filePath)).toEqual(names.map((name) => path.join(dir, name)));
    const outcome = results.map((r) => r?.fatal?.en ?? `${r?.diagnostics.length} findings`);
    expect(outcome).toEqual([
      '1 findings',
      expect.stringMatching(/^budget-lint failed internally while checking this file \(worker thread exited with code 7\)/),
      '0 findings',
      expect.stringMatching(/\(boom in a rule\)/),
      '1 findings',
      'Checking this file took longer than 3 s and was stopped. This may be a bug in budget-lint; please report it with the file.',
      '0 findings',
      '1 findings',
    ]);
  }, 60_000);

  it('that cannot start leaves the files to this thread, without retrying forever', async () => {
    const broken = path.join(dir, 'no-such-worker.mjs');
    const pool = new LintWorkerPool({ entry: broken, size: 2 });
    expect(await pool.whenStarted()).toBe(false);
    expect(await pool.lint(files[2]!, {})).toBeUndefined();
    await pool.close();
    const some = files.slice(1, 5);
    const batch = await lintBatch(some, { concurrency: 2, optionsFor: () => ({}), workerEntry: broken });
    expect(batch.threads).toBe(0);
    expect(batch.results).toEqual((await lintBatch(some, { concurrency: 'off', optionsFor: () => ({}) })).results);
  });
});

describe('the compiled command', () => {
  async function budgetLint(args: string[]): Promise<{ stdout: string; stderr: string }> {
    const env = { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined };
    return exec(process.execPath, [bin, ...args], { cwd: root, env }).catch((error: { stdout: string; stderr: string }) => error);
  }

  it('finds its built worker script and checks files on two threads when asked', async () => {
    const { stderr } = await budgetLint(['--summary', '--concurrency', '2', 'samples']);
    expect(stderr).toContain('，2 个线程');
  }, 60_000);

  it('prints the same report with worker threads as without', async () => {
    const args = ['--format', 'json', 'samples'];
    const [one, two] = await Promise.all([budgetLint([...args, '--concurrency', '1']), budgetLint([...args, '--concurrency', '2'])]);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    expect((JSON.parse(one.stdout) as unknown[]).length).toBeGreaterThan(3);
  }, 120_000);
});
