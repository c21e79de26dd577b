/**
 * Reads a report file into a Document, whatever its format. Every way a file can be unusable
 * (missing, a folder, empty, too large, a PDF or legacy .doc, binary junk, a broken or
 * encrypted .docx, an unknown encoding) ends in a ReadError whose text tells the user what
 * to do. The Markdown and .docx readers (and mammoth) load only when such a file comes up.
 */
import { readFile, stat } from 'node:fs/promises';
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
  await checkFile(absolute);
  if (extension === '.pdf') throw readError('pdf', absolute);
  if (LEGACY_WORD_EXTENSIONS.includes(extension)) {
    const bytes = await readBytes(absolute);
    const encrypted = containerOf(bytes) === 'ole' && holdsEncryptedPackage(bytes);
    throw readError(encrypted ? 'encrypted-docx' : 'legacy-doc', absolute);
  }
  if (!SUPPORTED_EXTENSIONS.includes(extension)) throw readError('unsupported', absolute, { extension });

  const bytes = await readBytes(absolute);
  if (extension === '.docx') return (await import('./docx.js')).readDocx(bytes, absolute);
  checkNotDisguised(bytes, absolute);
  if (extension === '.md') return (await import('./markdown.js')).readMarkdown(bytes, absolute);
  return readTxt(bytes, absolute);
}

/** Exists, is a regular file, is not too large: checked before reading a byte. */
async function checkFile(absolute: string): Promise<void> {
  const stats = await stat(absolute).catch((error: unknown) => {
    throw fileSystemError(error, absolute);
  });
  if (!stats.isFile()) throw readError('not-a-file', absolute);
  if (stats.size > MAX_FILE_BYTES) throw readError('too-large', absolute, { size: stats.size });
}

async function readBytes(absolute: string): Promise<Buffer> {
  return readFile(absolute).catch((error: unknown) => {
    throw fileSystemError(error, absolute);
  });
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
