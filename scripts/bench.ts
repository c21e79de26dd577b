/**
 * Measures budget-lint on this machine and prints the figures with the targets beside them:
 *
 * 1. whole process: `node dist/budget-lint.cjs FILE --format json` on the real report (.txt
 *    and .docx, from ../shared when present) and on the samples, median and fastest of
 *    several runs taken in turns, beside Node.js's own start-up; and on the sample 部门决算
 *    with the nine standard tables, its narrative repeated to 30 pages, with the same targets;
 * 2. in process: readDocument + lintDocument per document, after warm-up runs;
 * 3. batch: the CLI on a folder of generated reports (.txt and .docx made from the samples
 *    with small figure variations), documents per second (median and fastest run) and peak
 *    memory (resident set of the process, worker threads included);
 * 4. PDF: a real 25-page 部门决算 PDF (from ../shared/corpus) read and linted as a whole
 *    process, beside poppler's pdftotext when installed, and a batch of the corpus's 部门决算
 *    and 部门预算 PDFs, copied to make --pdf files.
 *
 *   npm run bench
 *   npm run bench -- --runs 20 --batch-runs 3 --txt 400 --docx 100 --pdf 40 --bin other/budget-lint.cjs
 *
 * Run from the repository root (npm does, after `npm run build`). The CLI measured is the
 * built one users run (dist/budget-lint.cjs) unless --bin names another.
 * Timings on a busy machine are slower and noisier: the load average is printed with them.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseConcurrency } from '../src/batch/concurrency.js';
import { lintDocument } from '../src/lint/linter.js';
import { readDocument } from '../src/readers/index.js';
import { toDocx } from '../test/support/renditions.js';
import { seededRandom } from './seeded-random.js';

const TARGETS = {
  processTxtMs: 300,
  processDocxMs: 600,
  batchTxtPerSecond: 100,
  batchDocxPerSecond: 20,
  batchPeakMb: 300,
  /** Half what a peer Python checker takes per PDF (6.1 s on average over a 118-file batch). */
  processPdfMs: 3000,
  batchPdfPerSecond: 1,
  /** PDFs embed fonts, which pdf.js parses whole: a batch of them needs more than one of text. */
  batchPdfPeakMb: 1000,
};

const CORPUS = path.resolve('../shared/corpus');
/** The 25-page 部门决算 measured alone, and the 部门决算 and 部门预算 PDFs the PDF batch is made of. */
const PDF_REPORT = path.join(CORPUS, 'gbc-shpt-caizhengju-2024-bumen-juesuan.pdf');
const PDF_BATCH_SOURCES = [
  'gbc-shpt-caizhengju-2024-bumen-juesuan.pdf',
  'gbc-shpt-guihuaziyuanju-2024-bumen-juesuan.pdf',
  'gbc-shpt-shehuigongzuobu-2024-bumen-juesuan.pdf',
  '003-shpt-caizhengju-2025-bumen-yusuan.pdf',
  '005-shpt-wanlijiedao-2023-bumen-yusuan.pdf',
].map((name) => path.join(CORPUS, name));
const SEED_TXT = path.resolve('../shared/seeds/000_72f22ccfca140d7b.txt');
const SEED_DOCX = path.resolve('../shared/renditions/000_72f22ccfca140d7b.docx');
/** The samples the batch is generated from (the .docx of each is made from its .txt). */
const SAMPLE_SOURCES = ['samples/clean-report.txt', 'samples/planted-report.txt'];

interface Settings {
  bin: string;
  runs: number;
  warmup: number;
  batchRuns: number;
  txtCount: number;
  docxCount: number;
  pdfCount: number;
  concurrency: string;
  keep: boolean;
}

function settings(): Settings {
  const { values } = parseArgs({
    options: {
      bin: { type: 'string' },
      runs: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      'batch-runs': { type: 'string', default: '3' },
      txt: { type: 'string', default: '400' },
      docx: { type: 'string', default: '100' },
      pdf: { type: 'string', default: '40' },
      concurrency: { type: 'string', default: 'auto' },
      keep: { type: 'boolean', default: false },
    },
  });
  const count = (name: string, raw: string): number => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} takes a whole number, not ${raw}`);
    return n;
  };
  return {
    bin: values.bin ? path.resolve(values.bin) : fileURLToPath(new URL('../../dist/budget-lint.cjs', import.meta.url)),
    runs: Math.max(1, count('runs', values.runs)),
    warmup: count('warmup', values.warmup),
    batchRuns: Math.max(1, count('batch-runs', values['batch-runs'])),
    txtCount: count('txt', values.txt),
    docxCount: count('docx', values.docx),
    pdfCount: count('pdf', values.pdf),
    concurrency: checkedConcurrency(values.concurrency),
    keep: values.keep,
  };
}

function checkedConcurrency(value: string): string {
  if (parseConcurrency(value) === undefined) throw new Error(`--concurrency takes auto, off or a number, not ${value}`);
  return value;
}

/**
 * The worker threads a batch ran on, from the summary the CLI writes with --summary ("，2 个线程"
 * in its Chinese default): "main thread" when it used none.
 */
function threadsUsed(stderr: string): string {
  const threads = /，(\d+) 个线程/.exec(stderr)?.[1];
  return threads === undefined ? 'main thread' : `${threads} workers`;
}

// ---------------------------------------------------------------------------------------
// Measuring a child process

interface ProcessRun {
  ms: number;
  code: number;
  /** Peak resident set of the process (all its threads), in MB; undefined if it cannot be read. */
  peakMb?: number;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';
const HAVE_GNU_TIME = existsSync(GNU_TIME) && gnuTimeWorks();

function gnuTimeWorks(): boolean {
  try {
    execFileSync(GNU_TIME, ['-f', '%M', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `node args…`, its output drained and dropped. Peak memory comes from GNU time's
 * maximum resident set size when installed (apt package `time`), else from VmHWM in
 * /proc/PID/status read while the process runs.
 */
async function runNode(args: string[], options: { memory?: boolean } = {}): Promise<ProcessRun> {
  const memoryFile = options.memory && HAVE_GNU_TIME ? path.join(os.tmpdir(), `budget-lint-bench-${process.pid}.rss`) : undefined;
  const [command, commandArgs] = memoryFile
    ? [GNU_TIME, ['-f', '%M', '-o', memoryFile, process.execPath, ...args]]
    : [process.execPath, args];
  const started = performance.now();
  const child = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  child.stdout.resume();
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let polledKb = 0;
  const poll = options.memory && !memoryFile ? setInterval(() => (polledKb = Math.max(polledKb, highWaterKb(child.pid))), 10) : undefined;
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  const ms = performance.now() - started;
  clearInterval(poll);
  let peakKb: number | undefined = polledKb > 0 ? polledKb : undefined;
  if (memoryFile) {
    peakKb = Number((await readFile(memoryFile, 'utf8')).trim().split('\n').pop());
    await rm(memoryFile, { force: true });
  }
  return { ms, code, stderr, peakMb: peakKb === undefined ? undefined : peakKb / 1024 };
}

function highWaterKb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** budget-lint exits 0 (clean) or 1 (findings); anything else means the run failed. */
function checkLintExit(run: ProcessRun, what: string): void {
  if (run.code !== 0 && run.code !== 1) throw new Error(`${what} exited with code ${run.code}:\n${run.stderr}`);
}

// ---------------------------------------------------------------------------------------
// Statistics and printing

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const ms = (value: number): string => `${value.toFixed(0)} ms`.padStart(8);
const fixed = (value: number, digits = 1): string => value.toFixed(digits);

/** "≤ 300 ms ✓" when the value meets the target, "✗" with the gap when not. */
function verdict(value: number, target: number, kind: 'at most' | 'at least', unit: string): string {
  const met = kind === 'at most' ? value <= target : value >= target;
  return `${kind === 'at most' ? '≤' : '≥'} ${target}${unit}  ${met ? '✓' : `✗ (${fixed(Math.abs(value - target), 0)}${unit} off)`}`;
}

function kilobytes(file: string): string {
  return `${Math.round(statSync(file).size / 1024)} KB`;
}

function machine(): string {
  const cpus = os.cpus();
  const memoryGb = Math.round(os.totalmem() / 2 ** 30);
  return `${os.type()} ${os.arch()}, ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${memoryGb} GB, Node.js ${process.version}`;
}

const loadAverage = (): string => os.loadavg().map((l) => l.toFixed(2)).join(' ');

// ---------------------------------------------------------------------------------------
// 1. Whole process

interface Subject {
  label: string;
  file: string;
  /** The whole-process target in ms, when there is one. */
  targetMs?: number;
}

/** The sample 部门决算 with the nine standard tables; its narrative is repeated to make a long report. */
const STANDARD_SAMPLE = 'samples/final-accounts-clean.txt';
/**
 * A printed page of a report (A4, 仿宋 三号) holds about 600–700 characters of narrative; 800
 * a page keeps the long report on the long side.
 */
const NARRATIVE_PAGES = 30;
const CHARACTERS_PER_PAGE = 800;

/**
 * The nine-table sample with its 情况说明 (from the second 第三部分 heading on, the first being
 * the table of contents) repeated until the narrative fills NARRATIVE_PAGES pages: a long
 * 部门决算 as the standard-report rules see it, with every table and many restatements of them.
 */
function longStandardReport(text: string): string {
  const narrativeStart = text.indexOf('第三部分', text.indexOf('第三部分') + 1);
  if (narrativeStart < 0) throw new Error(`${STANDARD_SAMPLE} has no 第三部分 to repeat`);
  const narrative = text.slice(narrativeStart);
  const copies = Math.ceil((NARRATIVE_PAGES * CHARACTERS_PER_PAGE) / narrative.length);
  return text.slice(0, narrativeStart) + Array.from({ length: copies }, () => narrative).join('\n');
}

/** Writes the long nine-table report as .txt and .docx into `dir`. */
async function writeLongStandardReport(dir: string): Promise<Subject[]> {
  const text = longStandardReport(await readFile(STANDARD_SAMPLE, 'utf8'));
  const txt = path.join(dir, 'nine-tables-30-pages.txt');
  const docx = path.join(dir, 'nine-tables-30-pages.docx');
  await writeFile(txt, text);
  await writeFile(docx, await toDocx(text));
  return [
    { label: '9 tables + 30 pages .txt', file: txt, targetMs: TARGETS.processTxtMs },
    { label: '9 tables + 30 pages .docx', file: docx, targetMs: TARGETS.processDocxMs },
  ];
}

function subjects(): Subject[] {
  const list: Subject[] = [];
  if (existsSync(SEED_TXT) && existsSync(SEED_DOCX)) {
    list.push({ label: 'real report .txt', file: SEED_TXT, targetMs: TARGETS.processTxtMs });
    list.push({ label: 'real report .docx', file: SEED_DOCX, targetMs: TARGETS.processDocxMs });
  } else {
    console.log(`(The real report is not here: ${SEED_TXT} and ${SEED_DOCX} come with the project's own checkout; measuring the samples only.)`);
  }
  for (const sample of ['samples/planted-report.txt', 'samples/planted-report.docx']) {
    list.push({ label: sample, file: path.resolve(sample) });
  }
  return list;
}

/**
 * Runs each command `runs` times, taking turns, so that a burst of other work on the machine
 * slows every command a little rather than one a lot. Times by command, in ms.
 */
async function timeInTurns(commands: { args: string[]; what: string }[], runs: number): Promise<number[][]> {
  const times = commands.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    for (const [n, { args, what }] of commands.entries()) {
      const run = await runNode(args);
      if (what !== '') checkLintExit(run, what);
      times[n]!.push(run.ms);
    }
  }
  return times;
}

async function wholeProcess(options: Settings, list: Subject[]): Promise<void> {
  console.log(`\n1. Whole process: node ${path.relative('.', options.bin)} FILE --format json (${options.runs} runs each, taking turns)`);
  console.log(`   ${'document'.padEnd(30)}${'size'.padStart(8)}  ${'median'.padStart(8)}  ${'fastest'.padStart(8)}  target`);
  const commands = [
    { args: ['-e', ''], what: '' },
    ...list.map((subject) => ({ args: [options.bin, subject.file, '--format', 'json'], what: subject.label })),
  ];
  const [startup, ...times] = await timeInTurns(commands, options.runs);
  console.log(`   ${'node -e "" (Node.js alone)'.padEnd(30)}${''.padStart(8)}  ${ms(median(startup!))}  ${ms(Math.min(...startup!))}`);
  for (const [n, subject] of list.entries()) {
    const subjectTimes = times[n]!;
    const target = subject.targetMs === undefined ? '' : verdict(median(subjectTimes), subject.targetMs, 'at most', ' ms');
    console.log(`   ${subject.label.padEnd(30)}${kilobytes(subject.file).padStart(8)}  ${ms(median(subjectTimes))}  ${ms(Math.min(...subjectTimes))}  ${target}`);
  }
}

// ---------------------------------------------------------------------------------------
// 2. In process

async function inProcess(options: Settings, list: Subject[]): Promise<void> {
  console.log(`\n2. In process: readDocument + lintDocument (median of ${options.runs} after ${options.warmup} warm-up runs)`);
  console.log(`   ${'document'.padEnd(30)}${'read'.padStart(8)}  ${'lint'.padStart(8)}  ${'total'.padStart(8)}`);
  for (const subject of list) {
    const reads: number[] = [];
    const lints: number[] = [];
    for (let i = 0; i < options.warmup + options.runs; i++) {
      const t0 = performance.now();
      const doc = await readDocument(subject.file);
      const t1 = performance.now();
      lintDocument(doc);
      const t2 = performance.now();
      if (i < options.warmup) continue;
      reads.push(t1 - t0);
      lints.push(t2 - t1);
    }
    const totals = reads.map((r, i) => r + lints[i]!);
    console.log(`   ${subject.label.padEnd(30)}${ms(median(reads))}  ${ms(median(lints))}  ${ms(median(totals))}`);
  }
}

// ---------------------------------------------------------------------------------------
// 3. Batch

/** The sample with about one figure in eight given another last digit, as another year's report might. */
function variation(text: string, seed: number): string {
  const next = seededRandom(seed);
  return text.replace(/\d+\.\d\d(?=万元|元|%)/g, (figure) =>
    next() < 0.125 ? figure.slice(0, -1) + String(Math.floor(next() * 10)) : figure,
  );
}

interface Batch {
  dir: string;
  txtDir: string;
  docxDir: string;
}

async function generateBatch(options: Settings): Promise<Batch> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'budget-lint-bench-'));
  const batch = { dir, txtDir: path.join(dir, 'txt'), docxDir: path.join(dir, 'docx') };
  await mkdir(batch.txtDir);
  await mkdir(batch.docxDir);
  const sources = await Promise.all(SAMPLE_SOURCES.map((file) => readFile(file, 'utf8')));
  const sourceOf = (i: number): string => sources[i % sources.length]!;
  const name = (i: number): string => `report-${String(i).padStart(4, '0')}`;
  for (let i = 0; i < options.txtCount; i++) {
    await writeFile(path.join(batch.txtDir, `${name(i)}.txt`), variation(sourceOf(i), i + 1));
  }
  for (let i = 0; i < options.docxCount; i++) {
    await writeFile(path.join(batch.docxDir, `${name(i)}.docx`), await toDocx(variation(sourceOf(i), 100_000 + i)));
  }
  return batch;
}

interface BatchRow {
  label: string;
  files: number;
  folder: string;
  /** Throughput target in documents per second, when there is one. */
  target?: number;
  /** Peak memory target in MB (the text batches' unless given). */
  peakTarget?: number;
}

async function batchRuns(options: Settings): Promise<void> {
  const total = options.txtCount + options.docxCount;
  console.log(`\n3. Batch: ${total} reports generated from ${SAMPLE_SOURCES.join(' and ')} with varied figures,`);
  console.log(`   node ${path.relative('.', options.bin)} FOLDER --format json --concurrency ${options.concurrency} (${options.batchRuns} runs each, taking turns)`);
  const batch = await generateBatch(options);
  try {
    const rows: BatchRow[] = [
      { label: '.txt', files: options.txtCount, folder: batch.txtDir, target: TARGETS.batchTxtPerSecond },
      { label: '.docx', files: options.docxCount, folder: batch.docxDir, target: TARGETS.batchDocxPerSecond },
      { label: '.txt and .docx mixed', files: total, folder: batch.dir },
    ].filter((row) => row.files > 0);
    const runs = rows.map((): ProcessRun[] => []);
    for (let i = 0; i < options.batchRuns; i++) {
      for (const [n, row] of rows.entries()) runs[n]!.push(await batchRun(options, row));
    }
    printBatchHeader();
    for (const [n, row] of rows.entries()) printBatchRow(row, runs[n]!);
    if (options.keep) console.log(`   (generated reports kept in ${batch.dir})`);
  } finally {
    if (!options.keep) await rm(batch.dir, { recursive: true, force: true });
  }
}

/** The CLI once on the row's folder, as a batch audit runs it. */
async function batchRun(options: Settings, row: BatchRow): Promise<ProcessRun> {
  const args = [options.bin, row.folder, '--format', 'json', '--concurrency', options.concurrency, '--summary'];
  const run = await runNode(args, { memory: true });
  checkLintExit(run, `the batch of ${row.label}`);
  return run;
}

function printBatchHeader(): void {
  console.log(
    `   ${'files'.padEnd(22)}${'count'.padStart(6)}  ${'median s'.padStart(8)}  ${'docs/s'.padStart(7)}  ${'fastest'.padStart(7)}  ${'peak RSS'.padStart(9)}  ${'threads'.padEnd(16)}  target`,
  );
}

/** Throughput from the median run (and the fastest), peak memory of all runs. */
function printBatchRow(row: BatchRow, runs: ProcessRun[]): void {
  const seconds = median(runs.map((r) => r.ms)) / 1000;
  const perSecond = row.files / seconds;
  const fastest = row.files / (Math.min(...runs.map((r) => r.ms)) / 1000);
  const peaks = runs.map((r) => r.peakMb).filter((p): p is number => p !== undefined);
  const peakMb = peaks.length > 0 ? Math.max(...peaks) : undefined;
  const targets = [
    row.target === undefined ? '' : verdict(perSecond, row.target, 'at least', '/s'),
    peakMb === undefined ? 'peak memory unknown' : verdict(peakMb, row.peakTarget ?? TARGETS.batchPeakMb, 'at most', ' MB'),
  ].filter(Boolean);
  const peak = peakMb === undefined ? '?' : `${fixed(peakMb, 0)} MB`;
  console.log(
    `   ${row.label.padEnd(22)}${String(row.files).padStart(6)}  ${fixed(seconds, 2).padStart(8)}  ${fixed(perSecond).padStart(7)}  ${fixed(fastest).padStart(7)}  ${peak.padStart(9)}  ${threadsUsed(runs[0]!.stderr).padEnd(16)}  ${targets.join('; ')}`,
  );
}

// ---------------------------------------------------------------------------------------
// 4. PDF

async function pdfRuns(options: Settings): Promise<void> {
  console.log('\n4. PDF');
  if (![PDF_REPORT, ...PDF_BATCH_SOURCES].every((file) => existsSync(file))) {
    console.log(`   (The real PDFs are not here: ${CORPUS} comes with the project's own checkout; skipped.)`);
    return;
  }
  const pdfRunCount = Math.max(1, Math.ceil(options.runs / 2));
  console.log(`   a 25-page 部门决算, whole process: node ${path.relative('.', options.bin)} FILE --format json (${pdfRunCount} runs)`);
  const runs: ProcessRun[] = [];
  for (let i = 0; i < pdfRunCount; i++) {
    const run = await runNode([options.bin, PDF_REPORT, '--format', 'json'], { memory: true });
    checkLintExit(run, 'the PDF report');
    runs.push(run);
  }
  const times = runs.map((r) => r.ms);
  const peak = Math.max(...runs.map((r) => r.peakMb ?? 0));
  console.log(
    `   ${path.basename(PDF_REPORT).padEnd(44)}${kilobytes(PDF_REPORT).padStart(8)}  median ${ms(median(times))}  fastest ${ms(Math.min(...times))}  peak ${fixed(peak, 0)} MB  ${verdict(median(times), TARGETS.processPdfMs, 'at most', ' ms')}`,
  );
  const pdftotext = pdftotextMs();
  if (pdftotext !== undefined) console.log(`   poppler's pdftotext -layout on the same file (text only, no tables or checks): ${ms(pdftotext)}`);
  if (options.pdfCount === 0) return;

  const dir = await mkdtemp(path.join(os.tmpdir(), 'budget-lint-bench-pdf-'));
  try {
    for (let i = 0; i < options.pdfCount; i++) {
      const source = PDF_BATCH_SOURCES[i % PDF_BATCH_SOURCES.length]!;
      await writeFile(path.join(dir, `${String(i).padStart(3, '0')}-${path.basename(source)}`), await readFile(source));
    }
    console.log(`   a batch of ${options.pdfCount} PDFs (the corpus's 部门决算 and 部门预算, 21–35 pages, copied), --concurrency ${options.concurrency} (${options.batchRuns} runs):`);
    const row: BatchRow = { label: '.pdf', files: options.pdfCount, folder: dir, target: TARGETS.batchPdfPerSecond, peakTarget: TARGETS.batchPdfPeakMb };
    const batch: ProcessRun[] = [];
    for (let i = 0; i < options.batchRuns; i++) batch.push(await batchRun(options, row));
    printBatchHeader();
    printBatchRow(row, batch);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** How long poppler's pdftotext takes on the PDF report (median of 3), if it is installed. */
function pdftotextMs(): number | undefined {
  const times: number[] = [];
  try {
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      execFileSync('pdftotext', ['-layout', PDF_REPORT, '-'], { stdio: 'ignore' });
      times.push(performance.now() - started);
    }
  } catch {
    return undefined;
  }
  return median(times);
}

// ---------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const options = settings();
  if (!existsSync(options.bin)) throw new Error(`${options.bin} does not exist: build first (npm run build)`);
  console.log(`budget-lint benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  console.log(`${machine()}`);
  console.log(`load average at start: ${loadAverage()} (figures from a busy machine are slower and vary more)`);
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'budget-lint-bench-long-'));
  try {
    const list = [...subjects(), ...(await writeLongStandardReport(scratch))];
    await wholeProcess(options, list);
    await inProcess(options, list);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  await batchRuns(options);
  await pdfRuns(options);
  console.log(`\nload average at end: ${loadAverage()}`);
}

await main();
