/**
 * The progress bar of a batch, on stderr: `[=========>          ] 120/500 文件  ✖ 37`, redrawn
 * in place with `\r` and at most every PROGRESS_INTERVAL_MS. Drawn only on a terminal and not
 * in CI (where logs would fill with redraws); cleared before the report is printed.
 */
import type { Lang } from '../lint/types.js';
import { batchMessages } from './messages.js';

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Progress {
  /** `done` files of the batch are checked, with `problems` findings so far. */
  update(done: number, problems: number): void;
  /** Erases the bar. */
  clear(): void;
}

export const PROGRESS_INTERVAL_MS = 100;
const BAR_WIDTH = 24;

const NO_PROGRESS: Progress = { update: () => undefined, clear: () => undefined };

/** A bar for `total` files, or one that draws nothing when stderr is not a terminal or CI is set. */
export function progressBar(
  stream: ProgressStream,
  env: NodeJS.ProcessEnv,
  total: number,
  lang: Lang,
  now: () => number = Date.now,
): Progress {
  if (stream.isTTY !== true || isCI(env) || total < 2) return NO_PROGRESS;
  let lastDraw = -Infinity;
  let drawn = false;
  return {
    update(done, problems) {
      const time = now();
      if (done < total && time - lastDraw < PROGRESS_INTERVAL_MS) return;
      lastDraw = time;
      drawn = true;
      stream.write(`\r${progressLine(done, total, problems, lang)}\u001b[K`);
    },
    clear() {
      if (drawn) stream.write('\r\u001b[K');
      drawn = false;
    },
  };
}

/** `[=========>          ] 120/500 文件  ✖ 37`. */
export function progressLine(done: number, total: number, problems: number, lang: Lang): string {
  const filled = Math.round((BAR_WIDTH * done) / total);
  const bar = filled >= BAR_WIDTH ? '='.repeat(BAR_WIDTH) : '='.repeat(Math.max(0, filled - 1)) + (filled > 0 ? '>' : '');
  return `[${bar.padEnd(BAR_WIDTH)}] ${done}/${total} ${batchMessages.progressUnit[lang]}  ✖ ${problems}`;
}

/** CI services set CI (to "true", "1" …); an empty value or "false" means not CI. */
function isCI(env: NodeJS.ProcessEnv): boolean {
  const ci = env['CI'];
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}
