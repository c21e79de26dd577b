/**
 * Entry of the bundled program (dist/cli.cjs): the command on the main thread, the lint
 * pool's worker on a worker thread (the pool starts workers from the same installed command).
 */
import { isMainThread } from 'node:worker_threads';
import { serveLintRequests } from '../batch/worker.js';
import { cliMessages } from '../i18n/messages.js';
import { EXIT_FATAL, run } from './run.js';

/** Last line of defence: one line asking for a bug report, never a stack trace. */
function reportCrash(error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${cliMessages.internalError(reason).zh}\n`);
  process.exit(EXIT_FATAL);
}

function runCommand(): void {
  process.on('uncaughtException', reportCrash);
  process.on('unhandledRejection', reportCrash);
  // A reader closing the pipe early (`budget-lint … | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') reportCrash(error);
  });
  void run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((code) => {
    process.exitCode = code;
  });
}

if (isMainThread) runCommand();
else serveLintRequests();
