import { cliMessages } from '../i18n/messages.js';
import { lintDocument } from '../lint/linter.js';
import type { Localized, SeveritySetting } from '../lint/types.js';
import type { Document } from '../model/document.js';
import { renderText } from '../model/render-text.js';
import { ReadError } from '../readers/errors.js';
import { readDocument } from '../readers/index.js';
import type { FileResult } from '../reporters/types.js';

/** Serializable options, so that files can later be checked on worker threads. */
export interface LintFileOptions {
  year?: number;
  severities?: Record<string, SeveritySetting>;
}

/** Reads and checks one file. Never throws: a failure becomes the result's `fatal`. */
export async function lintFile(filePath: string, options: LintFileOptions = {}): Promise<FileResult> {
  const read = await readSafely(filePath);
  if ('fatal' in read) return { filePath, diagnostics: [], fatal: read.fatal };
  try {
    const diagnostics = lintDocument(read.doc, { year: options.year, severities: options.severities });
    return { filePath, format: read.doc.format, diagnostics };
  } catch (error) {
    return { filePath, format: read.doc.format, diagnostics: [], fatal: cliMessages.internalFileError(reasonOf(error)) };
  }
}

/** The plain text that locations of a file refer to (`--print-text`), or why it cannot be read. */
export async function fileText(filePath: string): Promise<{ text: string } | { fatal: Localized }> {
  const read = await readSafely(filePath);
  if ('fatal' in read) return read;
  return { text: read.doc.rendering ?? renderText(read.doc.blocks) };
}

async function readSafely(filePath: string): Promise<{ doc: Document } | { fatal: Localized }> {
  try {
    return { doc: await readDocument(filePath) };
  } catch (error) {
    if (error instanceof ReadError) return { fatal: error.text };
    return { fatal: cliMessages.internalFileError(reasonOf(error)) };
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
