/**
 * Reads a report file into a Document, whatever its format. Every way a file can be unusable
 * (missing, a folder, empty, too large, a PDF or legacy .doc, binary junk, a broken or
 * encrypted .docx, an unknown encoding) ends in a ReadError whose text tells the user what
 * to do. The Markdown and .docx readers (and remark, jszip, xmldom) load only when such a file
 * comes up.
 *
 * Files are read with synchronous calls: a report is read whole before anything else can be
 * done with it, and in a batch of small files each asynchronous call's round trip through the
 * thread pool cost more than the read itself (a sixth of a batch's time).
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { Document } from '../model/document.js';
import { MAX_FILE_BYTES, ReadError, readError } from './errors.js';
import { containerOf, holdsEncryptedPackage } from './magic.js';
import { readTxt } from './txt.js';

export const SUPPORTED_EXTENSIONS: readonly string[] = ['.txt', '.md', '.docx'];

/** Extensions recognised only to say what to do with them. */
const LEGACY_WORD_EXTENSIONS = ['.doc', '.wps'];

/** Reads `filePath` (.txt, .md or .docx, extension case-insensitive); throws ReadError. */
export async function readDocument(filePath: string): Promise<Document> {
  const absolute = path.resolve(filePath);
  const extension = path.extname(absolute).toLowerCase();
  checkFile(absolute);
  if (extension === '.pdf') throw readError('pdf', absolute);
  if (LEGACY_WORD_EXTENSIONS.includes(extension)) {
    const bytes = readBytes(absolute);
    const encrypted = containerOf(bytes) === 'ole' && holdsEncryptedPackage(bytes);
    throw readError(encrypted ? 'encrypted-docx' : 'legacy-doc', absolute);
  }
  if (!SUPPORTED_EXTENSIONS.includes(extension)) throw readError('unsupported', absolute, { extension });

  const bytes = readBytes(absolute);
  if (extension === '.docx') return (await import('./docx/index.js')).readDocx(bytes, absolute);
  checkNotDisguised(bytes, absolute);
  if (extension === '.md') return (await import('./markdown.js')).readMarkdown(bytes, absolute);
  return readTxt(bytes, absolute);
}

/** Exists, is a regular file, is not too large: checked before reading a byte. */
function checkFile(absolute: string): void {
  let stats: Stats;
  try {
    stats = statSync(absolute);
  } catch (error) {
    throw fileSystemError(error, absolute);
  }
  if (!stats.isFile()) throw readError('not-a-file', absolute);
  if (stats.size > MAX_FILE_BYTES) throw readError('too-large', absolute, { size: stats.size });
}

function readBytes(absolute: string): Buffer {
  try {
    return readFileSync(absolute);
  } catch (error) {
    throw fileSystemError(error, absolute);
  }
}

function fileSystemError(error: unknown, filePath: string): ReadError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return readError('not-found', filePath);
  if (code === 'EISDIR') return readError('not-a-file', filePath);
  return readError('unreadable', filePath, { reason: code ?? (error instanceof Error ? error.message : String(error)) });
}

/** A PDF or Word file renamed .txt/.md: say what it is rather than "binary". */
function checkNotDisguised(bytes: Buffer, filePath: string): void {
  const container = containerOf(bytes);
  if (container === 'pdf') throw readError('pdf', filePath);
  if (container === 'ole') throw readError(holdsEncryptedPackage(bytes) ? 'encrypted-docx' : 'legacy-doc', filePath);
}
