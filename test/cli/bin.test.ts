import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import Module from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommand } from '../support/build.js';
import { scratch, UNREADABLE, WRONG_TOTAL } from './helpers.js';

const exec = promisify(execFile);
let bin: string;

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built command as a user would, outside a terminal. */
async function budgetLint(args: string[], cwd: string): Promise<Outcome> {
  const env = { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined };
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...args], { cwd, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let dir: string;
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ dir, remove } = await scratch({ 'wrong.txt': WRONG_TOTAL, 'broken.docx': UNREADABLE['broken.docx']! }));
  bin = await buildCommand(path.join(dir, 'dist'));
}, 120_000);
afterAll(() => remove());

describe('the built budget-lint command', () => {
  it('runs as an executable script and exits 1 on a finding, without colour when piped', async () => {
    const { code, stdout, stderr } = await budgetLint(['wrong.txt'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain('sum-of-parts');
    expect(stdout).not.toContain('\u001b[');
    expect(stderr).toBe('');
  });

  it('exits 2 with one message and no stack trace for a corrupt .docx', async () => {
    const { code, stdout, stderr } = await budgetLint(['broken.docx', 'wrong.txt'], dir);
    expect(code).toBe(2);
    expect(stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^broken\.docx：.*broken\.docx/)]);
    expect(stderr).not.toContain('    at ');
    expect(stdout).toContain('sum-of-parts');
  });

  it('runs its program with a code cache that V8 accepts', async () => {
    const program = path.join(path.dirname(bin), 'cli.cjs');
    const script = new vm.Script(Module.wrap(await readFile(program, 'utf8')), {
      filename: program,
      cachedData: await readFile(`${program}.cache`),
    });
    expect(script.cachedDataRejected).toBe(false);
  });

  it('gives the same report without its code cache', async () => {
    const withCache = await budgetLint(['wrong.txt', '--format', 'json'], dir);
    const bare = path.join(dir, 'bare');
    await mkdir(bare);
    for (const file of ['budget-lint.cjs', 'cli.cjs']) await copyFile(path.join(path.dirname(bin), file), path.join(bare, file));
    const { stdout, code } = await exec(process.execPath, [path.join(bare, 'budget-lint.cjs'), 'wrong.txt', '--format', 'json'], { cwd: dir }).then(
      (done) => ({ ...done, code: 0 }),
      (failed: Outcome) => failed,
    );
    expect(code).toBe(1);
    expect(stdout).toBe(withCache.stdout);
  });
});
