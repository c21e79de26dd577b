/**
 * Reads a report file into a Document, whatever its format. What a file is, is decided by
 * its content where the content says it (a PDF, an Office zip, an OLE container), by its
 * extension otherwise. Every way a file can be unusable (missing, a folder, empty, too large,
 * a scanned or encrypted PDF, a legacy .xls, binary junk, a broken or encrypted Office file,
 * an unknown encoding) ends in a ReadError whose text tells the user what to do. Each reader
 * (and remark, jszip, xmldom, pdf.js) loads only when such a file comes up.
 *
 * Files are read with synchronous calls: a report is read whole before anything else can be
 * done with it, and in a batch of small files each asynchronous call's round trip through the
 * thread pool cost more than the read itself (a sixth of a batch's time).
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { Localized } from '../lint/types.js';
import type { Document } from '../model/document.js';
import { MAX_FILE_BYTES, ReadError, readError, type ReadErrorCode } from './errors.js';
import { READ_EXTENSIONS } from './formats.js';
import { containerOf, holdsEncryptedPackage, holdsOleStream, officeZipKind } from './magic.js';
import { readTxt } from './txt.js';

/**
 * Extensions of report formats that cannot be read, known so that a folder's files of these
 * kinds are not passed over in silence: each gets a message saying what to do.
 */
const UNREADABLE_EXTENSIONS: readonly string[] = ['.xls', '.et', '.wps', '.ofd', '.odt', '.ods', '.rtf'];

/** A file with a readable extension, or one whose message says how to make it readable. */
export function isReportFile(file: string): boolean {
  const extension = path.extname(file).toLowerCase();
  return READ_EXTENSIONS.includes(extension) || UNREADABLE_EXTENSIONS.includes(extension);
}

/** Reads `filePath` (extension case-insensitive); throws ReadError. */
export async function readDocument(filePath: string): Promise<Document> {
  const absolute = path.resolve(filePath);
  const extension = path.extname(absolute).toLowerCase();
  checkFile(absolute);
  const bytes = readBytes(absolute);
  if (bytes.length === 0) throw readError('empty', absolute);

  switch (containerOf(bytes)) {
    case 'pdf':
      return (await import('./pdf/index.js')).readPdf(bytes, absolute);
    case 'ole':
      return readOle(bytes, absolute, extension);
    case 'zip': {
      // A zip that holds neither (damaged, or its main part missing) is read as what its name
      // says, so that the reader can say what is wrong with it.
      const kind = officeZipKind(bytes, extension === '.xlsx' ? 'xlsx' : 'docx') ?? OFFICE_EXTENSIONS[extension];
      if (kind === 'docx') return (await import('./docx/index.js')).readDocx(bytes, absolute);
      if (kind === 'xlsx') return (await import('./xlsx/index.js')).readXlsx(bytes, absolute);
      break;
    }
    default:
      break;
  }
  const misnamed = NOT_WHAT_THE_EXTENSION_SAYS[extension];
  if (misnamed) throw readError(misnamed, absolute, OFFICE_EXTENSIONS[extension] ? { problem: NOT_A_ZIP } : {});
  if (extension === '.md') return (await import('./markdown.js')).readMarkdown(bytes, absolute);
  if (extension === '.txt') return readTxt(bytes, absolute);
  throw readError('unsupported', absolute, { extension });
}

const OFFICE_EXTENSIONS: Record<string, 'docx' | 'xlsx'> = { '.docx': 'docx', '.xlsx': 'xlsx' };

const NOT_A_ZIP: Localized = { zh: '文件不是 ZIP 压缩包', en: 'the file is not a zip archive' };

/** Extensions whose content, when it is not what they name, makes a file damaged (or unreadable). */
const NOT_WHAT_THE_EXTENSION_SAYS: Record<string, ReadErrorCode> = {
  '.pdf': 'corrupt-pdf',
  '.docx': 'corrupt-docx',
  '.xlsx': 'corrupt-xlsx',
  '.doc': 'corrupt-doc',
  '.xls': 'xls',
  '.et': 'xls',
  '.wps': 'legacy-doc',
};

/** An OLE container: a Word 97–2003 document, a legacy workbook, or an encrypted Office file. */
async function readOle(bytes: Buffer, filePath: string, extension: string): Promise<Document> {
  if (holdsEncryptedPackage(bytes)) throw readError(extension === '.xlsx' || extension === '.xls' ? 'encrypted-xlsx' : 'encrypted-docx', filePath);
  if (holdsOleStream(bytes, 'WordDocument')) return (await import('./doc.js')).readDoc(bytes, filePath);
  if (holdsOleStream(bytes, 'Workbook') || holdsOleStream(bytes, 'Book')) throw readError('xls', filePath);
  throw readError('legacy-doc', filePath);
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
