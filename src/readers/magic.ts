/**
 * What kind of file a file really is, from its bytes: users rename files, and a PDF named .txt
 * is read as the PDF it is, a .docx named .doc as the .docx it is.
 */

export type Container = 'pdf' | 'ole' | 'zip';

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
/** Compound File Binary (OLE2): legacy .doc, and the wrapper Word puts around encrypted .docx. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** An empty zip archive starts with its end-of-central-directory record. */
const EMPTY_ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

export function containerOf(bytes: Buffer): Container | undefined {
  if (startsWith(bytes, OLE_MAGIC)) return 'ole';
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) return 'zip';
  if (startsWith(bytes, PDF_MAGIC)) return 'pdf';
  return undefined;
}

/**
 * Word saves a password-protected .docx as an OLE container holding a stream named
 * "EncryptedPackage"; directory entries store names in UTF-16LE.
 */
const ENCRYPTED_PACKAGE_NAME = Buffer.from('EncryptedPackage', 'utf16le');

export function holdsEncryptedPackage(bytes: Buffer): boolean {
  return bytes.indexOf(ENCRYPTED_PACKAGE_NAME) >= 0;
}

/**
 * Whether an OLE container holds a stream of this name: "WordDocument" in a Word 97–2003
 * document, "Workbook" (or "Book") in an Excel one. Directory entries store names in UTF-16LE.
 */
export function holdsOleStream(bytes: Buffer, name: string): boolean {
  return bytes.indexOf(Buffer.from(name, 'utf16le')) >= 0;
}

/**
 * What an Office Open XML zip holds, from its entry names (stored as plain text in the
 * archive's headers): a Word document or an Excel workbook. `preferred` decides for a file
 * that seems to hold both (a workbook embedded, stored uncompressed, in a document).
 */
export function officeZipKind(bytes: Buffer, preferred?: 'docx' | 'xlsx'): 'docx' | 'xlsx' | undefined {
  const word = bytes.indexOf('word/document.xml', 0, 'latin1') >= 0;
  const excel = bytes.indexOf('xl/workbook.xml', 0, 'latin1') >= 0;
  if (word && excel) return preferred ?? 'docx';
  return word ? 'docx' : excel ? 'xlsx' : undefined;
}

function startsWith(bytes: Buffer, magic: Buffer): boolean {
  return bytes.length >= magic.length && bytes.subarray(0, magic.length).equals(magic);
}
