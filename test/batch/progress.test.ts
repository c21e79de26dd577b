import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressBar, progressLine } from '../../src/batch/progress.js';
import { run } from '../../src/cli/run.js';
import { RIGHT_TOTAL, scratch, WRONG_TOTAL } from '../cli/helpers.js';

/** A sentence with a word written twice: a warning. */
const REPEATED_WORD = '我们认真认真做好了各项工作。\n';

/** A stderr that records what is written to it. */
function recorder(isTTY: boolean | undefined): { write(text: string): boolean; isTTY?: boolean; text: string } {
  return {
    isTTY,
    text: '',
    write(text: string) {
      this.text += text;
      return true;
    },
  };
}

describe('the progress line', () => {
  it('shows the bar, the files done and the findings so far', () => {
    expect(progressLine(120, 500, 37, 'zh')).toBe('[=====>                  ] 120/500 文件  ✖ 37');
    expect(progressLine(0, 500, 0, 'en')).toBe('[                        ] 0/500 files  ✖ 0');
    expect(progressLine(500, 500, 3, 'en')).toBe('[========================] 500/500 files  ✖ 3');
  });
});

describe('progressBar', () => {
  it('draws nothing when stderr is not a terminal', () => {
    const stderr = recorder(undefined);
    const bar = progressBar(stderr, {}, 10, 'zh');
    bar.update(1, 0);
    bar.update(10, 2);
    bar.clear();
    expect(stderr.text).toBe('');
  });

  it('draws nothing in CI, even on a terminal', () => {
    for (const ci of ['true', '1']) {
      const stderr = recorder(true);
      progressBar(stderr, { CI: ci }, 10, 'zh').update(10, 0);
      expect(stderr.text).toBe('');
    }
    const notCI = recorder(true);
    progressBar(notCI, { CI: 'false' }, 10, 'zh').update(10, 0);
    expect(notCI.text).not.toBe('');
  });

  it('redraws in place at most every 100 ms, always at the end, and clears the line', () => {
    let now = 1000;
    const stderr = recorder(true);
    const bar = progressBar(stderr, {}, 4, 'en', () => now);
    bar.update(1, 2);
    now += 50;
    bar.update(2, 3); // too soon: skipped
    now += 60;
    bar.update(3, 5);
    now += 1;
    bar.update(4, 5); // the last one is drawn however soon
    bar.clear();
    const draws = stderr.text.split('\r').filter((s) => s.startsWith('['));
    expect(draws.map((d) => d.replace(/^\[[ =>]*\] /, '').replace('\u001b[K', ''))).toEqual(['1/4 files  ✖ 2', '3/4 files  ✖ 5', '4/4 files  ✖ 5']);
    expect(stderr.text.endsWith('\r\u001b[K')).toBe(true);
  });

  it('has nothing to show for a single file', () => {
    const stderr = recorder(true);
    progressBar(stderr, {}, 1, 'zh').update(1, 1);
    expect(stderr.text).toBe('');
  });
});

describe('the progress bar in a run', () => {
  let dir: string;
  let remove: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, remove } = await scratch({ 'a/1.txt': WRONG_TOTAL, 'a/2.txt': RIGHT_TOTAL, 'a/3.txt': WRONG_TOTAL, 'a/4.txt': REPEATED_WORD }));
  });
  afterAll(() => remove());

  async function runWithStderr(isTTY: boolean, env: NodeJS.ProcessEnv = {}, args: string[] = []): Promise<{ stdout: string; stderr: string }> {
    let stdout = '';
    const stderr = recorder(isTTY);
    await run(['--format', 'json', ...args, 'a'], { stdout: { write: (t: string) => (stdout += t) }, stderr, cwd: dir, env });
    return { stdout, stderr: stderr.text };
  }

  it('is drawn on a terminal stderr and erased, leaving the report on stdout untouched', async () => {
    const onTerminal = await runWithStderr(true);
    expect(onTerminal.stderr).toContain('4/4 文件  ✖ 3');
    expect(onTerminal.stderr.endsWith('\r\u001b[K')).toBe(true);
    const piped = await runWithStderr(false);
    expect(piped.stderr).toBe('');
    expect(onTerminal.stdout).toBe(piped.stdout);
  });

  it('counts errors only with --quiet, as the report will', async () => {
    expect((await runWithStderr(true, {}, ['--quiet'])).stderr).toContain('4/4 文件  ✖ 2');
  });

  it('is not drawn in CI', async () => {
    expect((await runWithStderr(true, { CI: 'true' })).stderr).toBe('');
  });
});
