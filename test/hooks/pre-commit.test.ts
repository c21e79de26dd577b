/**
 * The pre-commit hook run as pre-commit runs it: budget-lint installed as a package (built
 * into a scratch install folder, so this test never races another one rebuilding dist/),
 * the staged files of a document repository filtered by the hook's `files` pattern, and the
 * hook's entry (the package's bin of that name) run on them from the repository root.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RIGHT_TOTAL, WRONG_TOTAL } from '../cli/helpers.js';
import { buildCommand, ROOT as root } from '../support/build.js';
import { toDocx } from '../support/renditions.js';
import { filesPattern, readHookManifest, type Hook } from './manifest.js';

const exec = promisify(execFile);

const hasGit = (() => {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!hasGit) console.warn('Skipping the pre-commit hook test: git is not installed.');

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment of a hook: no terminal colours, and no GIT_* variables of an enclosing git run. */
function hookEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined };
  for (const name of Object.keys(env)) if (name.startsWith('GIT_')) delete env[name];
  return env;
}

async function git(repo: string, ...args: string[]): Promise<string> {
  return (await exec('git', args, { cwd: repo, env: hookEnv() })).stdout;
}

let hook: Hook;
let install: string;
let repo: string;

/** Installs the package as pre-commit would: its package.json, dependencies and built dist/. */
async function installPackage(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'budget-lint-hook-install-'));
  await copyFile(path.join(root, 'package.json'), path.join(dir, 'package.json'));
  await symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'junction');
  // As `npm run build`, the package's prepare step, does.
  await buildCommand(path.join(dir, 'dist'));
  return dir;
}

/** The command the hook's `entry` names: the package's bin of that name. */
async function entryScript(): Promise<string> {
  const pkg = JSON.parse(await readFile(path.join(install, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  const bin = pkg.bin[String(hook['entry'])];
  if (bin === undefined) throw new Error(`package.json has no bin named ${String(hook['entry'])}`);
  return path.join(install, bin);
}

/** Stages `files` (path → content) in the repository, replacing what was staged before. */
async function stage(files: Record<string, string | Uint8Array>): Promise<void> {
  await git(repo, 'rm', '-r', '-q', '--cached', '--ignore-unmatch', '.');
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(repo, name)), { recursive: true });
    await writeFile(path.join(repo, name), content);
  }
  await git(repo, 'add', ...Object.keys(files));
}

/** What pre-commit passes the hook: the added, copied or modified staged files its pattern matches. */
async function filesForHook(): Promise<string[]> {
  const staged = (await git(repo, 'diff', '--cached', '--name-only', '--diff-filter=ACM')).split('\n').filter(Boolean);
  return staged.filter((file) => filesPattern(hook).test(file));
}

async function runHook(files: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [await entryScript(), ...files], { cwd: repo, env: hookEnv() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  [hook] = (await readHookManifest(path.join(root, '.pre-commit-hooks.yaml'))) as [Hook];
  if (!hasGit) return;
  install = await installPackage();
  if (!existsSync(await entryScript())) throw new Error('the build did not produce the bin the hook runs');
  repo = await mkdtemp(path.join(tmpdir(), 'budget-lint-hook-repo-'));
  await git(repo, 'init', '-q');
}, 180_000);

afterAll(async () => {
  for (const dir of [install, repo]) if (dir) await rm(dir, { recursive: true, force: true });
});

describe('.pre-commit-hooks.yaml', () => {
  it('declares a node hook whose entry is the budget-lint command', async () => {
    expect(hook).toMatchObject({ id: 'budget-lint', entry: 'budget-lint', language: 'node', types: ['file'], require_serial: false });
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(Object.keys(pkg.bin)).toContain(hook['entry']);
  });

  it('matches the report formats read (.docx, .doc, .pdf, .xlsx, .md, .txt) in any case, and nothing else', () => {
    const matches = (file: string): boolean => filesPattern(hook).test(file);
    expect(['a.docx', 'reports/2024/决算.md', 'B.TXT', 'C.Docx', 'a.doc', 'a.PDF', 'a.xlsx'].filter(matches)).toHaveLength(7);
    expect(['a.txt.bak', 'docx', 'notes.markdown', 'a.xls', 'logo.png'].filter(matches)).toEqual([]);
  });
});

describe.skipIf(!hasGit)('the hook on staged files', () => {
  it('fails the commit with the finding in the bad document, and skips files it does not match', async () => {
    await stage({
      'reports/good.docx': await toDocx(RIGHT_TOTAL),
      'reports/BAD.TXT': WRONG_TOTAL,
      'reports/logo.png': 'not a report\n',
      'README.rst': 'not a report\n',
    });
    const files = await filesForHook();
    expect(files.sort()).toEqual(['reports/BAD.TXT', 'reports/good.docx']);

    const { code, stdout, stderr } = await runHook(files);
    expect(code).toBe(1);
    expect(stdout).toContain('reports/BAD.TXT');
    expect(stdout).toMatch(/1:\d+ +错误 +.*= 110万元.*sum-of-parts/);
    expect(stdout).not.toContain('good.docx');
    expect(stderr).toBe('');
  });

  it('lets the commit through when only consistent documents are staged', async () => {
    await stage({ 'reports/good.docx': await toDocx(RIGHT_TOTAL), 'reports/good.md': RIGHT_TOTAL });
    const files = await filesForHook();
    expect(files.sort()).toEqual(['reports/good.docx', 'reports/good.md']);

    const { code, stdout, stderr } = await runHook(files);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).not.toContain('错误');
  });
});
