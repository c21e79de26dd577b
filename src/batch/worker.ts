/**
 * Worker-thread entry of the lint pool (run as built JavaScript, `dist/worker.js`):
 * says it is ready once the rules are loaded, then checks each file it is sent and answers
 * with the result. `lintFile` never throws, so a failure here is a crash, which the pool turns
 * into a fatal result for that file.
 */
import { parentPort } from 'node:worker_threads';
import { lintFile } from '../cli/lint-file.js';
import type { WorkerRequest, WorkerResponse } from './pool.js';

const port = parentPort;
if (!port) throw new Error('worker.js runs only as a worker thread');

const answer = (response: WorkerResponse): void => port.postMessage(response);
port.on('message', async ({ id, filePath, options }: WorkerRequest) => {
  answer({ id, result: await lintFile(filePath, options) });
});
answer({ ready: true });
