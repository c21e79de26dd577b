/**
 * The lint pool's side of a worker thread: says it is ready once the rules are loaded, then
 * checks each file it is sent and answers with the result. `lintFile` never throws, so a
 * failure here is a crash, which the pool turns into a fatal result for that file. The
 * command's entry (src/cli/main.ts) calls it when it runs as a worker thread.
 */
import { parentPort } from 'node:worker_threads';
import { lintFile } from '../cli/lint-file.js';
import type { WorkerRequest, WorkerResponse } from './pool.js';

export function serveLintRequests(): void {
  const port = parentPort;
  if (!port) throw new Error('serveLintRequests runs only in a worker thread');
  const answer = (response: WorkerResponse): void => port.postMessage(response);
  port.on('message', async ({ id, filePath, options }: WorkerRequest) => {
    answer({ id, result: await lintFile(filePath, options) });
  });
  answer({ ready: true });
}
