import { readFile } from 'node:fs/promises';
import { cliMessages } from '../i18n/messages.js';
import { lintDocument } from '../lint/linter.js';
import type { Localized, SeveritySetting } from '../lint/types.js';
import { isRendered, type Document } from '../model/document.js';
import { renderText } from '../model/render-text.js';
import { decodeText } from '../readers/decode.js';
import { ReadError } from '../readers/errors.js';
import { readDocument } from '../readers/index.js';
import type { FileResult } from '../reporters/types.js';
import { reportYear } from '../structure/index.js';

/** Serializable options, so that files can later be checked on worker threads. */
export interface LintFileOptions {
  year?: number;
  severities?: Record<string, SeveritySetting>;
  /** Options per rule id, from the configuration file. */
  ruleOptions?: Record<string, Record<string, unknown>>;
  /** Keep the text that locations refer to in the result, for reports that show it (html). */
  withText?: boolean;
}

/** Reads and checks one file. Never throws: a failure becomes the result's `fatal`. */
export async function lintFile(filePath: string, options: LintFileOptions = {}): Promise<FileResult> {
  const read = await readSafely(filePath);
  if ('fatal' in read) return { filePath, diagnostics: [], fatal: read.fatal };
  try {
    const diagnostics = lintDocument(read.doc, { year: options.year, severities: options.severities, ruleOptions: options.ruleOptions });
    const result: FileResult = { filePath, format: read.doc.format, diagnostics, reportYear: options.year ?? reportYear(read.doc) };
    if (options.withText) result.text = await locatedText(read.doc);
    return result;
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

/**
 * The text line/column locations point into: the file's own text for .txt/.md, the plain-text
 * rendering for the other formats. Readers keep no copy of a text file, so it is read and
 * decoded again (only for the reports that show it); undefined if that fails.
 */
async function locatedText(doc: Document): Promise<string | undefined> {
  if (isRendered(doc.format)) return doc.rendering ?? renderText(doc.blocks);
  try {
    return decodeText(await readFile(doc.path), doc.path).text;
  } catch {
    return undefined;
  }
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
