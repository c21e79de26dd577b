import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document as WordDocument, Packer, Paragraph as WordParagraph } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReadError, type ReadErrorCode } from '../../src/readers/errors.js';
import { readDocument } from '../../src/readers/index.js';
import { tempFolder } from './helpers.js';

const folder = tempFolder();

async function docxWith(...paragraphs: string[]): Promise<Buffer> {
  return Packer.toBuffer(new WordDocument({ sections: [{ children: paragraphs.map((text) => new WordParagraph(text)) }] }));
}

/** The first sector of an OLE2 compound file (legacy .doc, or Word's wrapper around encrypted .docx). */
function oleFile(streamNames: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const directory = Buffer.concat(streamNames.map((name) => Buffer.from(name.padEnd(64, '\0'), 'utf16le').subarray(0, 128)));
  return Buffer.concat([header, directory, Buffer.alloc(512)]);
}

/**
 * A .docx whose main part is renamed: the zip is intact but word/document.xml is missing.
 * Names are stored uncompressed in the zip headers, so renaming them keeps checksums valid.
 */
function withoutMainPart(docx: Buffer): Buffer {
  const renamed = Buffer.from(docx);
  const name = Buffer.from('word/document.xml');
  for (let at = renamed.indexOf(name); at >= 0; at = renamed.indexOf(name, at + 1)) renamed.write('word/documenX.xml', at, 'latin1');
  return renamed;
}

async function failure(file: string): Promise<ReadError> {
  try {
    await readDocument(file);
  } catch (error) {
    if (error instanceof ReadError) return error;
    throw new Error(`expected a ReadError, got ${String(error)}`);
  }
  throw new Error(`expected ${file} to be refused`);
}

describe('bad input', () => {
  let validDocx: Buffer;
  beforeAll(async () => {
    validDocx = await docxWith('本年支出合计100万元。', '基本支出60万元，项目支出40万元。');
  });

  const cases: [string, ReadErrorCode, () => string, RegExp][] = [
    ['a missing path', 'not-found', () => path.join(folder.dir, '不存在的报告.docx'), /找不到文件/],
    ['a folder', 'not-a-file', () => mkdir('报告目录.docx'), /不是文件/],
    ['an empty .txt', 'empty', () => folder.write('空白.txt', ''), /空文件/],
    ['a blank .md', 'empty', () => folder.write('空白.md', '\n  \n\u3000\n'), /空文件/],
    ['an .md with only a comment', 'empty', () => folder.write('注释.md', '<!-- 草稿 -->\n'), /没有文字内容/],
    ['binary junk named .txt', 'binary', () => folder.write('乱码.txt', junk()), /不是文本文件/],
    ['a truncated PDF', 'corrupt-pdf', () => folder.write('决算.pdf', '%PDF-1.7\n%âãÏÓ\n1 0 obj'), /不是有效的 PDF/],
    ['a truncated PDF named .txt', 'corrupt-pdf', () => folder.write('决算pdf.txt', '%PDF-1.4\n1 0 obj\n'), /不是有效的 PDF/],
    ['text named .pdf', 'corrupt-pdf', () => folder.write('假的.pdf', '这不是 PDF'), /不是有效的 PDF/],
    ['a damaged .doc', 'corrupt-doc', () => folder.write('旧版.doc', oleFile(['Root Entry', 'WordDocument', '1Table'])), /另存为 \.docx/],
    ['a damaged .doc named .docx', 'corrupt-doc', () => folder.write('旧版改名.docx', oleFile(['Root Entry', 'WordDocument'])), /旧版 Word/],
    ['a WPS document', 'legacy-doc', () => folder.write('金山.wps', oleFile(['Root Entry', 'Contents'])), /另存为 \.docx/],
    ['a legacy .xls', 'xls', () => folder.write('报表.xls', oleFile(['Root Entry', 'Workbook'])), /另存为 \.xlsx/],
    [
      'a password-protected .xlsx',
      'encrypted-xlsx',
      () => folder.write('加密.xlsx', oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage'])),
      /密码/,
    ],
    ['text named .xlsx', 'corrupt-xlsx', () => folder.write('假的.xlsx', 'PK'), /不是 ZIP 压缩包/],
    [
      'a password-protected .docx',
      'encrypted-docx',
      () => folder.write('加密.docx', oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage'])),
      /密码/,
    ],
    ['text named .docx', 'corrupt-docx', () => folder.write('假的.docx', '这不是 Word 文档'), /不是 ZIP 压缩包/],
    ['a corrupt zip', 'corrupt-docx', () => folder.write('损坏.docx', Buffer.concat([Buffer.from('PK\u0003\u0004'), junk()])), /压缩包不完整或已损坏/],
    ['a truncated .docx', 'corrupt-docx', () => folder.write('截断.docx', validDocx.subarray(0, validDocx.length >> 1)), /压缩包不完整或已损坏/],
    ['a .docx without word/document.xml', 'corrupt-docx', () => folder.write('缺正文.docx', withoutMainPart(validDocx)), /word\/document\.xml/],
    ['an empty .docx file', 'empty', () => folder.write('零字节.docx', ''), /空文件/],
    ['an unsupported extension', 'unsupported', () => folder.write('报表.numbers', 'PK'), /读取 \.docx、\.doc、\.pdf、\.xlsx、\.md、\.txt 文件/],
  ];

  it.each(cases)('refuses %s with a message naming the file', async (_what, code, make, zh) => {
    const file = make();
    const error = await failure(file);
    expect(error.code).toBe(code);
    expect(error.text.zh).toMatch(zh);
    expect(error.text.zh).toContain(`“${path.basename(file)}”`);
    expect(error.text.en).toContain(`"${path.basename(file)}"`);
    expect(error.text.zh + error.text.en).not.toMatch(/\n\s+at |Error:|central directory/);
  });

  it('refuses a .docx that holds no text', async () => {
    const error = await failure(folder.write('无文字.docx', await docxWith('', '  ')));
    expect(error.code).toBe('empty');
    expect(error.text.zh).toContain('没有文字内容');
  });

  it('refuses a file over 25 MB before reading it', async () => {
    const file = folder.write('巨大.txt', '');
    truncateSync(file, 50 * 1024 * 1024);
    const error = await failure(file);
    expect(error.code).toBe('too-large');
    expect(error.text.zh).toContain('50.0 MB');
    expect(error.text.zh).toContain('“巨大.txt”');
  });

  it('reads the valid .docx and matches extensions case-insensitively', async () => {
    const doc = await readDocument(folder.write('正常.DOCX', validDocx));
    expect(doc.blocks).toHaveLength(2);
    expect(doc.path).toBe(path.join(folder.dir, '正常.DOCX'));
  });

  it('reads a file as what its content is, whatever its name says', async () => {
    const docxNamedDoc = await readDocument(folder.write('改名.doc', validDocx));
    expect(docxNamedDoc.format).toBe('docx');
    expect(docxNamedDoc.blocks).toHaveLength(2);
  });
});

function mkdir(name: string): string {
  const dir = path.join(folder.dir, name);
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'a.txt'), 'x');
  return dir;
}

/** Deterministic bytes that are no text in any encoding. */
function junk(): Buffer {
  return Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) % 256));
}
