/**
 * Bytes of a text file (.txt, .md) → a string. Reports come as UTF-8 (with or without BOM),
 * UTF-16 with BOM (Windows "Unicode"), or GBK/GB18030 (older Chinese Windows editors); the
 * encoding is detected, never asked for. Anything that is not text gets a ReadError.
 */
import { readError } from './errors.js';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  /** The text without its byte order mark. */
  text: string;
  encoding: TextEncodingName;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/** Control bytes are looked for in the first megabyte only: junk shows itself early. */
const CONTROL_SAMPLE_BYTES = 1024 * 1024;
/** More control characters than this share of the sample means binary data, not text. */
const MAX_CONTROL_SHARE = 0.02;
/** Up to this share of undecodable non-ASCII characters, a file is damaged UTF-8, not GBK. */
const MAX_BAD_CHARACTER_SHARE = 0.1;

const REPLACEMENT_CODE = 0xfffd;

/** Decodes a text file; throws ReadError 'empty', 'binary' or 'bad-encoding'. */
export function decodeText(bytes: Uint8Array, filePath: string): DecodedText {
  if (bytes.length === 0) throw readError('empty', filePath);
  const decoded = decodeBytes(bytes, filePath);
  const text = withoutEndOfFileMark(decoded.text);
  if (!/\S/.test(text)) throw readError('empty', filePath);
  return { text, encoding: decoded.encoding };
}

/** Old DOS editors end a file with SUB (0x1A); it is no part of the text. */
function withoutEndOfFileMark(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x1a) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

function decodeBytes(bytes: Uint8Array, filePath: string): DecodedText {
  if (startsWith(bytes, UTF16LE_BOM)) return decodeUtf16(bytes, 'utf-16le', filePath);
  if (startsWith(bytes, UTF16BE_BOM)) return decodeUtf16(bytes, 'utf-16be', filePath);
  if (looksBinary(bytes)) throw readError('binary', filePath);

  const hasUtf8Bom = startsWith(bytes, UTF8_BOM);
  const body = hasUtf8Bom ? bytes.subarray(UTF8_BOM.length) : bytes;
  const utf8 = tryDecode('utf-8', body);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  // Damaged UTF-8 would often pass as GB18030 mojibake: catch it first.
  const damage = utf8Damage(body);
  if (hasUtf8Bom || damage.mostlyValid) throw readError('bad-encoding', filePath, { line: damage.firstBadLine });
  const gb = tryDecode('gb18030', body);
  if (gb !== undefined) return { text: gb, encoding: 'gb18030' };
  throw readError('binary', filePath);
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', filePath: string): DecodedText {
  const text = tryDecode(encoding, bytes.subarray(2));
  if (text === undefined) throw readError('bad-encoding', filePath);
  if (hasControlCharacters(text)) throw readError('binary', filePath);
  return { text, encoding };
}

/** `fatal` makes the decoder refuse invalid input instead of inventing replacement characters. */
function tryDecode(encoding: TextEncodingName, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * How badly `bytes` fail as UTF-8. In a damaged UTF-8 file nearly all non-ASCII characters
 * still decode; in a GBK file nearly none do.
 */
function utf8Damage(bytes: Uint8Array): { mostlyValid: boolean; firstBadLine: number } {
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let nonAscii = 0;
  let bad = 0;
  for (let i = 0; i < lenient.length; i += 1) {
    const code = lenient.charCodeAt(i);
    if (code < 0x80) continue;
    nonAscii += 1;
    if (code === REPLACEMENT_CODE) bad += 1;
  }
  const firstBadLine = lineNumberAt(lenient, lenient.indexOf(String.fromCharCode(REPLACEMENT_CODE)));
  return { mostlyValid: bad <= nonAscii * MAX_BAD_CHARACTER_SHARE, firstBadLine };
}

function lineNumberAt(text: string, offset: number): number {
  const before = text.slice(0, Math.max(0, offset));
  return (before.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

/**
 * NUL never occurs in UTF-8 or GB18030 text, and neither do many C0 controls; in both
 * encodings a byte below 0x20 is always that control character (multi-byte sequences use
 * higher bytes only), so bytes can be checked before decoding.
 */
function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) >= 0) return true;
  const sample = bytes.subarray(0, CONTROL_SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < sample.length; i += 1) if (isStrayControl(sample[i] ?? 0)) controls += 1;
  return controls > sample.length * MAX_CONTROL_SHARE;
}

function hasControlCharacters(text: string): boolean {
  const sample = text.slice(0, CONTROL_SAMPLE_BYTES / 2);
  let controls = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    if (isStrayControl(code)) controls += 1;
  }
  return controls > sample.length * MAX_CONTROL_SHARE;
}

/**
 * C0 controls that text files do not hold: all but tab, line feed, vertical tab, form feed,
 * carriage return and SUB (0x1A, the end-of-file mark old DOS editors append), plus DEL.
 */
function isStrayControl(code: number): boolean {
  if (code === 0x7f) return true;
  if (code >= 0x20) return false;
  return !(code >= 0x09 && code <= 0x0d) && code !== 0x1a;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}
