/**
 * Reads `.pre-commit-hooks.yaml` the way the test needs it, without a YAML library: the file
 * is a list of flat mappings (`- id: …` then `key: value` lines), values plain, quoted or a
 * flow list (`[file]`). Anything else in it is an error, so the file cannot outgrow this.
 */
import { readFile } from 'node:fs/promises';

export type HookValue = string | boolean | string[];
export type Hook = Record<string, HookValue>;

/** `- id: budget-lint` starts a hook; `  key: value` lines continue it. */
const HOOK_START = /^- ([a-z_]+):(?: (.*))?$/;
const HOOK_KEY = /^ {2}([a-z_]+):(?: (.*))?$/;

export async function readHookManifest(file: string): Promise<Hook[]> {
  const hooks: Hook[] = [];
  const lines = (await readFile(file, 'utf8')).split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const start = HOOK_START.exec(line);
    if (start) hooks.push({});
    const m = start ?? HOOK_KEY.exec(line);
    const hook = hooks[hooks.length - 1];
    if (!m || !hook) throw new Error(`${file}:${index + 1}: not a "key: value" line of a hook: ${line}`);
    hook[m[1]!] = scalar(m[2] ?? '');
  }
  return hooks;
}

function scalar(raw: string): HookValue {
  const value = raw.trim();
  if (value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replaceAll("''", "'");
  if (value.startsWith('"') && value.endsWith('"')) return JSON.parse(value) as string;
  if (value.startsWith('[') && value.endsWith(']')) return value.slice(1, -1).split(',').map((item) => item.trim()).filter(Boolean);
  if (value === 'true' || value === 'false') return value === 'true';
  return value;
}

/**
 * A hook's `files` pattern as a JavaScript RegExp. pre-commit uses Python's `re.search`;
 * the only Python-only syntax it is allowed here is a leading `(?i)` (ignore case).
 */
export function filesPattern(hook: Hook): RegExp {
  const pattern = hook['files'];
  if (typeof pattern !== 'string') throw new Error('the hook has no files pattern');
  return pattern.startsWith('(?i)') ? new RegExp(pattern.slice(4), 'i') : new RegExp(pattern);
}
