import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/run.js';
import type { SeveritySetting } from '../../src/lint/types.js';

export interface CliOutput {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, capturing what it writes; as if piped unless `tty` is set. */
export async function cli(
  args: string[],
  options: { cwd: string; severities?: Record<string, SeveritySetting>; tty?: boolean; env?: NodeJS.ProcessEnv },
): Promise<CliOutput> {
  let stdout = '';
  let stderr = '';
  const code = await run(
    args,
    {
      stdout: { write: (text: string) => (stdout += text), isTTY: options.tty },
      stderr: { write: (text: string) => (stderr += text) },
      cwd: options.cwd,
      env: options.env ?? {},
    },
    { severities: options.severities },
  );
  return { code, stdout, stderr };
}

/** A parts-don't-add-up sentence: 60 + 50 = 110, not 100. */
export const WRONG_TOTAL = '本年支出合计100万元，其中：基本支出60万元，项目支出50万元。\n';
export const RIGHT_TOTAL = '本年支出合计110万元，其中：基本支出60万元，项目支出50万元。\n';

/** A scratch folder holding the given files (path → text or bytes). */
export async function scratch(files: Record<string, string | Uint8Array>): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'budget-lint-cli-'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Something that is not a document in each of the ways a reviewer might drop on the tool. */
export const UNREADABLE: Record<string, string | Uint8Array> = {
  'empty.txt': '',
  'junk.txt': Uint8Array.from({ length: 2048 }, (_, i) => (i * 37 + 11) % 256),
  'scan.pdf': '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n',
  'legacy.doc': Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]),
  'broken.docx': Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 1, 2, 3, 4, 5]),
};
