import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
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

  /**
   * The source files bundled into the modules a run loaded, as esbuild names them in the
   * bundle ("// node_modules/jszip/lib/index.js", "// src/annotate/cli.ts").
   */
  async function sourcesLoaded(args: string[]): Promise<string[]> {
    const log = path.join(dir, `loaded-${args.join('-').replace(/\W+/g, '_')}.log`);
    const hooks = path.join(dir, 'log-loads.mjs');
    await writeFile(
      hooks,
      `import { appendFileSync } from 'node:fs';
      import { register } from 'node:module';
      export async function load(url, context, next) {
        if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n');
        return next(url, context);
      }
      if (!import.meta.url.includes('?hooks')) register(import.meta.url + '?hooks');`,
    );
    await exec(process.execPath, ['--import', hooks, bin, ...args], { cwd: dir }).catch(() => undefined);
    const modules = (await readFile(log, 'utf8')).trim().split('\n');
    const comments = await Promise.all(modules.map(async (url) => (await readFile(new URL(url), 'utf8')).match(/^\/\/ \S+\.[cm]?[jt]s$/gm) ?? []));
    // A linked node_modules (as in a git worktree) is named by its real path: keep from node_modules/ on.
    return comments.flat().map((comment) => comment.slice(3).replace(/^.*?(?=node_modules\/)/, ''));
  }

  it('loads only what a plain-text check with JSON output needs', async () => {
    const sources = await sourcesLoaded(['wrong.txt', '--format', 'json']);
    expect(sources).toContain('src/readers/txt.ts');
    const unneeded = /^(?:node_modules\/(?:jszip|@xmldom|chalk|tinyglobby|remark-parse|micromark)\/|src\/(?:annotate|cache|readers\/docx|readers\/markdown|reporters\/(?:html|sarif|csv|stylish)|batch\/pool))/;
    expect(sources.filter((source) => unneeded.test(source))).toEqual([]);
  });

  it('loads the .docx libraries for a .docx', async () => {
    const sources = await sourcesLoaded(['broken.docx', '--format', 'json']);
    expect(sources.filter((source) => /^node_modules\/(?:jszip|@xmldom)\//.test(source)).length).toBeGreaterThan(0);
  });
});
