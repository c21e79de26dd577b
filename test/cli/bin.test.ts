import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratch, UNREADABLE, WRONG_TOTAL } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'dist/src/cli/main.js');
const exec = promisify(execFile);

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
  // Compile as `npm run build` does; type errors elsewhere do not stop tsc from emitting.
  await exec(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root }).catch(() => undefined);
  if (!existsSync(bin)) throw new Error(`build did not produce ${bin}`);
  ({ dir, remove } = await scratch({ 'wrong.txt': WRONG_TOTAL, 'broken.docx': UNREADABLE['broken.docx']! }));
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

  it('does not load the .docx libraries to check a text file', async () => {
    const script = `
      import { createRequire } from 'node:module';
      const { run } = await import(${JSON.stringify(path.join(root, 'dist/src/cli/run.js'))});
      const quiet = { write: () => true };
      await run(['wrong.txt'], { stdout: quiet, stderr: quiet });
      const loaded = Object.keys(createRequire(import.meta.url).cache);
      console.log(loaded.filter((m) => /node_modules[\\\\/](mammoth|docx)[\\\\/]/.test(m)).length);
    `;
    const { stdout } = await exec(process.execPath, ['--input-type=module', '-e', script], { cwd: dir });
    expect(stdout.trim()).toBe('0');
  });
});
