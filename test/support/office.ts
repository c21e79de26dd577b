/**
 * LibreOffice, run headless by the tests that need a real office program: to open the
 * annotated Word copy, and to turn the samples into the PDF, .doc and .xlsx files reviewers
 * receive. scripts/install-test-tools.sh installs it; in CI (CI set) the tests always run.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

/** LibreOffice's command, when installed. */
export const SOFFICE = findOnPath('soffice');

/** Why the LibreOffice checks are skipped here, or undefined: in CI they always run. */
export const OFFICE_SKIP_REASON =
  SOFFICE === undefined && !process.env['CI'] ? 'soffice (LibreOffice) is not installed: run scripts/install-test-tools.sh' : undefined;

/**
 * Has LibreOffice convert `input` with `filter` ("pdf", "doc:MS Word 97", "xlsx" …) into
 * `outDir`, and returns the converted file's bytes. `profile` is a folder for LibreOffice's user
 * settings, so that it does not share (or wait for) those of another running instance.
 */
export async function convertWithOffice(input: string, filter: string, outDir: string, profile: string): Promise<Buffer> {
  if (SOFFICE === undefined) throw new Error('soffice not found: run scripts/install-test-tools.sh');
  await promisify(execFile)(
    SOFFICE,
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', filter, '--outdir', outDir, input],
    { timeout: 240_000 },
  );
  const extension = filter.split(':')[0]!;
  return readFile(path.join(outDir, `${path.basename(input, path.extname(input))}.${extension}`));
}

function findOnPath(command: string): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}
