/**
 * The mutation harness: injects one error at a time into statements budget-lint judges
 * consistent and reports how many it finds, by kind of change and by the rule that found it,
 * with every miss listed. A miss points at a structure the readers do not understand yet.
 *
 *   npm run mutate                          the corpus (../shared/corpus) and the samples
 *   npm run mutate -- FILE|FOLDER …         other documents
 *   npm run mutate -- --per-kind 10 --seed 7
 *
 * Each document is worked on as plain text: a .txt or .md as it is, any other format as its
 * plain-text rendering (`--print-text`), which reads to the same findings. Lines with a finding
 * already are left alone; on the others, up to --per-kind changes of each kind are drawn (with
 * a fixed seed, so two runs compare), each linted on its own. A change is found when budget-lint
 * reports anything it did not report before.
 */
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { lintDocument } from '../src/lint/linter.js';
import type { Diagnostic } from '../src/lint/types.js';
import { readDocument } from '../src/readers/index.js';
import { seededRandom } from './seeded-random.js';

interface Kind {
  name: string;
  /** What is changed: the first group of each match. */
  pattern: RegExp;
  change: (written: string) => string;
  /** Only lines that pass (a heading for a year label). */
  onLine?: (line: string) => boolean;
}

/** Another last-but-one digit: 1309.54 → 1309.64, 26.04 → 26.14. */
function otherDigit(written: string): string {
  const at = written.replace(/\D+$/, '').length - 2;
  const position = at >= 0 && /\d/.test(written[at]!) ? at : written.search(/\d(?=\D*$)/);
  const digit = Number(written[position]);
  return written.slice(0, position) + String((digit + 1) % 10) + written.slice(position + 1);
}

const KINDS: Kind[] = [
  { name: 'table cell', pattern: /^\t(\d[\d,]*\.\d+)\s*$/g, change: otherDigit },
  { name: 'amount', pattern: /(?<![\d.])(\d[\d,]*\.\d{2})(?=\s*(?:亿元|万元|元))/g, change: otherDigit },
  { name: 'share', pattern: /占[^\d，。；]{0,12}?(\d+\.\d+)%/g, change: otherDigit },
  { name: 'rate', pattern: /(?:增长|下降|完成[^\d，。；]{0,8}?)(\d+\.\d+)%/g, change: otherDigit },
  { name: 'standard', pattern: /(?<![\d.])(\d[\d,]*(?:\.\d+)?)(?=元\s*\/|元每)/g, change: otherDigit },
  { name: 'count', pattern: /(?<![\d.])(\d{1,4})(?=(?:人|名|个|辆|户|项)(?!次))/g, change: (n) => String(Number(n) + 1) },
  { name: 'year label', pattern: /((?:19|20)\d\d)年/g, change: (y) => String(Number(y) - 1), onLine: (line) => line.length <= 40 && !/\t/.test(line) },
  { name: 'comparison word', pattern: /(大于|小于|增加|减少)/g, change: (w) => ({ 大于: '小于', 小于: '大于', 增加: '减少', 减少: '增加' })[w]! },
];

interface Mutation {
  kind: string;
  line: number;
  before: string;
  after: string;
}

function candidates(lines: string[], quiet: Set<number>): Map<string, Mutation[]> {
  const byKind = new Map<string, Mutation[]>();
  lines.forEach((text, i) => {
    if (!quiet.has(i + 1)) return;
    for (const kind of KINDS) {
      if (kind.onLine && !kind.onLine(text)) continue;
      for (const m of text.matchAll(kind.pattern)) {
        const written = m[1]!;
        const start = m.index + m[0].lastIndexOf(written);
        const after = text.slice(0, start) + kind.change(written) + text.slice(start + written.length);
        if (after === text) continue;
        const list = byKind.get(kind.name) ?? [];
        list.push({ kind: kind.name, line: i + 1, before: text, after });
        byKind.set(kind.name, list);
      }
    }
  });
  return byKind;
}

function draw<T>(items: T[], count: number, next: () => number): T[] {
  const pool = [...items];
  const drawn: T[] = [];
  while (drawn.length < count && pool.length > 0) drawn.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
  return drawn;
}

const key = (d: Diagnostic): string => `${d.ruleId}|${d.line}|${d.message.zh}`;

async function lintText(file: string, text: string): Promise<Diagnostic[]> {
  await writeFile(file, text);
  return lintDocument(await readDocument(file));
}

interface Outcome {
  mutation: Mutation;
  file: string;
  rules: string[];
}

/** The document as plain text, and the extension it is linted under. */
async function asText(file: string): Promise<{ text: string; extension: string }> {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.txt' || extension === '.md') return { text: await readFile(file, 'utf8'), extension };
  const doc = await readDocument(file);
  return { text: doc.rendering ?? '', extension: '.txt' };
}

async function mutateDocument(file: string, work: string, perKind: number, seed: number): Promise<Outcome[]> {
  const { text, extension } = await asText(file);
  const scratch = path.join(work, `document${extension}`);
  const baseline = await lintText(scratch, text);
  const known = new Set(baseline.map(key));
  const noisy = new Set(baseline.flatMap((d) => Array.from({ length: d.endLine - d.line + 1 }, (_, k) => d.line + k)));
  const lines = text.split('\n');
  const quiet = new Set(lines.map((_, i) => i + 1).filter((n) => !noisy.has(n)));
  const next = seededRandom(seed);
  const outcomes: Outcome[] = [];
  for (const [, list] of candidates(lines, quiet)) {
    for (const mutation of draw(list, perKind, next)) {
      const changed = [...lines];
      changed[mutation.line - 1] = mutation.after;
      const found = (await lintText(scratch, changed.join('\n'))).filter((d) => !known.has(key(d)));
      outcomes.push({ mutation, file, rules: [...new Set(found.map((d) => d.ruleId))] });
    }
  }
  return outcomes;
}

const DOCUMENT = /\.(?:txt|md|docx|doc|pdf|xlsx)$/i;

async function documentsIn(target: string): Promise<string[]> {
  if (!(await stat(target)).isDirectory()) return [target];
  const names = (await readdir(target)).filter((name) => DOCUMENT.test(name) && name !== 'README.md' && name !== 'SOURCES.md').sort();
  return names.map((name) => path.join(target, name));
}

function percent(found: number, total: number): string {
  return total === 0 ? '—' : `${((100 * found) / total).toFixed(0)}%`;
}

function report(outcomes: Outcome[]): void {
  const byKind = new Map<string, Outcome[]>();
  for (const o of outcomes) byKind.set(o.mutation.kind, [...(byKind.get(o.mutation.kind) ?? []), o]);
  console.log(`\nRecall by kind of change (${outcomes.length} changes):`);
  for (const kind of KINDS) {
    const list = byKind.get(kind.name) ?? [];
    const found = list.filter((o) => o.rules.length > 0).length;
    console.log(`  ${kind.name.padEnd(16)} ${String(found).padStart(4)} / ${String(list.length).padEnd(4)} ${percent(found, list.length)}`);
  }
  const byRule = new Map<string, number>();
  for (const o of outcomes) for (const rule of o.rules) byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
  console.log('\nChanges found, by the rule that reported them (a change may be found by several):');
  for (const [rule, count] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${rule.padEnd(20)} ${count}`);
  const misses = outcomes.filter((o) => o.rules.length === 0);
  console.log(`\nMisses (${misses.length}):`);
  for (const { mutation, file } of misses) {
    const diff = changedWords(mutation.before, mutation.after);
    console.log(`  ${path.basename(file)}:${mutation.line} [${mutation.kind}] ${diff}`);
  }
}

/** "…年初预算为1560.05万元…" → "1560.05 → 1570.05 in …年初预算为1560.05万元，支出…". */
function changedWords(before: string, after: string): string {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const context = before.slice(Math.max(0, start - 24), Math.min(before.length, before.length - end + 16)).trim();
  return `${before.slice(start, before.length - end)} → ${after.slice(start, after.length - end)} in “${context}”`;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'per-kind': { type: 'string', default: '8' }, seed: { type: 'string', default: '1' } },
  });
  const perKind = Number(values['per-kind']);
  const seed = Number(values.seed);
  if (!Number.isInteger(perKind) || perKind < 1) throw new Error(`--per-kind takes a whole number, not ${values['per-kind']}`);
  const targets = positionals.length > 0 ? positionals : ['../shared/corpus', 'samples'];
  const files: string[] = [];
  for (const target of targets) {
    try {
      files.push(...(await documentsIn(path.resolve(target))));
    } catch {
      console.log(`(${target} is not here: skipped.)`);
    }
  }
  const clean = files.filter((f) => !/planted|missing-table/.test(path.basename(f)));
  const work = await mkdtemp(path.join(os.tmpdir(), 'budget-lint-mutate-'));
  const outcomes: Outcome[] = [];
  try {
    for (const [n, file] of clean.entries()) {
      process.stderr.write(`[${n + 1}/${clean.length}] ${path.basename(file)}\n`);
      outcomes.push(...(await mutateDocument(file, work, perKind, seed)));
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  report(outcomes);
}

await main();
