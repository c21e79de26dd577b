import { checkFiles, writeSummary } from '../batch/cli.js';
import { configureFiles } from '../config/cli.js';
import { cliMessages, HELP } from '../i18n/messages.js';
import type { Lang, Localized } from '../lint/types.js';
import { countProblems } from '../reporters/counts.js';
import { loadReporter, SHOWS_TEXT } from '../reporters/index.js';
import { writeReportFile } from '../reporters/output-file.js';
import { packageVersion } from '../reporters/package-info.js';
import { displayPath } from '../reporters/paths.js';
import type { FileResult } from '../reporters/types.js';
import { parseCliArgs, type CliOptions } from './args.js';
import { findFiles } from '../files/find.js';
import { fileText, type LintFileOptions } from './lint-file.js';

/** Where the CLI writes, and what it knows of its surroundings (injectable for tests). */
export interface CliIO {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** Settings that come neither from the command line nor from a configuration file (for embedding). */
export interface RunSettings {
  severities?: LintFileOptions['severities'];
}

export const EXIT_OK = 0;
export const EXIT_LINT_ERRORS = 1;
export const EXIT_FATAL = 2;

/** Runs budget-lint with the given arguments; resolves to the exit code. Never throws. */
export async function run(argv: string[], io: CliIO, settings: RunSettings = {}): Promise<number> {
  let lang: Lang = 'zh';
  const printError = (message: Localized): void => {
    io.stderr.write(`${message[lang]}\n`);
  };
  try {
    if (argv.length === 0) {
      io.stderr.write(HELP.zh);
      return EXIT_FATAL;
    }
    const parsed = parseCliArgs(argv);
    lang = parsed.ok ? parsed.options.lang : parsed.lang;
    if (!parsed.ok) {
      printError(parsed.error);
      return EXIT_FATAL;
    }
    const options = parsed.options;
    if (options.help) {
      io.stdout.write(HELP[lang]);
      return EXIT_OK;
    }
    if (options.version) {
      io.stdout.write(`${packageVersion()}\n`);
      return EXIT_OK;
    }
    if (options.patterns.length === 0) {
      printError(cliMessages.noArguments);
      return EXIT_FATAL;
    }
    const session: Session = { io, cwd: io.cwd ?? process.cwd(), printError };
    const targets = await findFiles(options.patterns, session.cwd);
    [...targets.problems, ...targets.notices].forEach(printError);
    const annotateProblem = options.annotate === undefined ? undefined : await (await annotation()).annotateTargetProblem(targets.files, options.annotate, session.cwd);
    if (annotateProblem) {
      printError(annotateProblem);
      return EXIT_FATAL;
    }
    const status = options.printText
      ? await printTexts(targets.files, session)
      : await lintFiles(targets.files, options, settings, session);
    return targets.problems.length > 0 ? EXIT_FATAL : status;
  } catch (error) {
    printError(cliMessages.internalError(error instanceof Error ? error.message : String(error)));
    return EXIT_FATAL;
  }
}

/** What the steps of one run share: where to write, and the folder paths are shown from. */
interface Session {
  io: CliIO;
  cwd: string;
  printError(message: Localized): void;
}

async function lintFiles(found: string[], options: CliOptions, settings: RunSettings, session: Session): Promise<number> {
  const { io, cwd, printError } = session;
  const { config: configFile, ruleSettings, year, patterns } = options;
  const configured = await configureFiles(found, { cwd, patterns, configFile, ruleSettings, year, severities: settings.severities });
  configured.messages.forEach(printError);
  if (configured.fatal) return EXIT_FATAL;
  const files = configured.files;
  const withText = SHOWS_TEXT.has(options.format);
  const batchIO = { stderr: io.stderr, env: io.env ?? process.env, cwd };
  const batch = await checkFiles(files, (file) => ({ ...configured.settingsFor(file), withText }), options, batchIO);
  if ('problem' in batch) {
    printError(batch.problem);
    return EXIT_FATAL;
  }
  const shown = options.quiet ? batch.results.map(errorsOnly) : batch.results;
  const color = options.outputFile === undefined && wantsColour(io);
  const report = (await loadReporter(options.format))(shown, { lang: options.lang, color, cwd });
  let outputProblem: Localized | undefined;
  if (options.outputFile === undefined) io.stdout.write(report);
  else outputProblem = await writeReportFile(options.outputFile, report, cwd);
  if (outputProblem) printError(outputProblem);

  const unreadable = shown.filter((r) => r.fatal);
  for (const r of unreadable) printError(cliMessages.unreadableFile(displayPath(r.filePath, cwd), r.fatal!));
  const annotateProblem = options.annotate === undefined ? undefined : await (await annotation()).writeAnnotatedCopy(shown, options.annotate, options.lang, cwd);
  if (annotateProblem) printError(annotateProblem);
  const counts = countProblems(shown.flatMap((r) => r.diagnostics));
  const tooManyWarnings = options.maxWarnings !== undefined && counts.warnings > options.maxWarnings;
  if (tooManyWarnings) printError(cliMessages.tooManyWarnings(counts.warnings, options.maxWarnings!));
  [...batch.notices, ...batch.problems].forEach(printError);
  writeSummary(shown, batch, options, batchIO);
  if (unreadable.length > 0 || found.length === 0 || annotateProblem || outputProblem || batch.problems.length > 0) return EXIT_FATAL;
  return counts.errors > 0 || tooManyWarnings ? EXIT_LINT_ERRORS : EXIT_OK;
}

/** `--print-text`: the plain text of each file, headed by its path when there are several. */
async function printTexts(files: string[], { io, cwd, printError }: Session): Promise<number> {
  let status = files.length === 0 ? EXIT_FATAL : EXIT_OK;
  for (const file of files) {
    const shownPath = displayPath(file, cwd);
    const result = await fileText(file);
    if ('fatal' in result) {
      printError(cliMessages.unreadableFile(shownPath, result.fatal));
      status = EXIT_FATAL;
      continue;
    }
    if (files.length > 1) io.stdout.write(`==> ${shownPath} <==\n`);
    io.stdout.write(result.text.endsWith('\n') ? result.text : `${result.text}\n`);
  }
  return status;
}

/** `--annotate` loads only when asked for. */
function annotation(): Promise<typeof import('../annotate/cli.js')> {
  return import('../annotate/cli.js');
}

function errorsOnly(result: FileResult): FileResult {
  return { ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error') };
}

/** Colour only on a terminal; NO_COLOR turns it off, FORCE_COLOR on (https://no-color.org). */
function wantsColour(io: CliIO): boolean {
  const env = io.env ?? process.env;
  if (env['NO_COLOR']) return false;
  if (env['FORCE_COLOR'] !== undefined) return env['FORCE_COLOR'] !== '0' && env['FORCE_COLOR'] !== 'false';
  return io.stdout.isTTY === true && env['TERM'] !== 'dumb';
}
