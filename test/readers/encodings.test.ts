import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/readers/decode.js';
import { ReadError } from '../../src/readers/errors.js';
import { readDocument } from '../../src/readers/index.js';
import { blockTexts, tempFolder } from './helpers.js';

const REPORT = [
  '某县教育局2024年度部门决算',
  '　　本年支出合计1,234.56万元，其中：基本支出1000.00万元。',
  '',
  '\t项目',
  '\t金额（万元）',
  '',
  '\t基本支出',
  '\t1000.00',
  '',
  '',
  '二、说明',
].join('\r\n');

const EXPECTED = [
  '某县教育局2024年度部门决算',
  '本年支出合计1,234.56万元，其中：基本支出1000.00万元。',
  [
    ['项目', '金额（万元）'],
    ['基本支出', '1000.00'],
  ],
  '二、说明',
];

const folder = tempFolder();

function withBom(bom: number[], body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(bom), body]);
}

function swapBytes(utf16le: Buffer): Buffer {
  const swapped = Buffer.from(utf16le);
  return swapped.swap16();
}

const ENCODED: [string, Buffer, string][] = [
  ['UTF-8 without BOM', Buffer.from(REPORT, 'utf8'), 'utf-8'],
  ['UTF-8 with BOM', withBom([0xef, 0xbb, 0xbf], Buffer.from(REPORT, 'utf8')), 'utf-8'],
  ['UTF-16LE with BOM', withBom([0xff, 0xfe], Buffer.from(REPORT, 'utf16le')), 'utf-16le'],
  ['UTF-16BE with BOM', withBom([0xfe, 0xff], swapBytes(Buffer.from(REPORT, 'utf16le'))), 'utf-16be'],
  ['GBK', iconv.encode(REPORT, 'gbk'), 'gb18030'],
  ['GB18030', iconv.encode(REPORT, 'gb18030'), 'gb18030'],
];

describe('.txt encodings', () => {
  it.each(ENCODED)('reads %s into the same blocks', async (_name, bytes, encoding) => {
    expect(decodeText(bytes, 'report.txt').encoding).toBe(encoding);
    const doc = await readDocument(folder.write(`report-${encoding}-${bytes.length}.txt`, bytes));
    expect(blockTexts(doc)).toEqual(EXPECTED);
  });

  it('does not count the byte order mark as a column', async () => {
    const doc = await readDocument(folder.write('bom.txt', withBom([0xef, 0xbb, 0xbf], Buffer.from(REPORT))));
    expect(doc.blocks[0]?.kind === 'paragraph' && doc.blocks[0].segments).toEqual([
      { offset: 0, start: { line: 1, column: 1 } },
    ]);
  });

  it('reads GB18030 characters outside GBK', () => {
    const text = '单位：𠀀研究所，支出12.5万元';
    expect(decodeText(iconv.encode(text, 'gb18030'), 'x.txt').text).toBe(text);
  });

  it('drops the end-of-file mark old editors append', () => {
    expect(decodeText(Buffer.from('支出12万元\r\n\x1a'), 'x.txt').text).toBe('支出12万元\r\n');
  });
});

describe('text that cannot be decoded', () => {
  function codeOf(bytes: Uint8Array): string | undefined {
    try {
      decodeText(bytes, '/data/年报.txt');
      return undefined;
    } catch (error) {
      return error instanceof ReadError ? error.code : 'not a ReadError';
    }
  }

  it('calls UTF-8 with a damaged byte bad-encoding and names the line', () => {
    const damaged = Buffer.concat([
      Buffer.from('第一行：支出合计100万元。\n第二行：基本支出60万元。\n第三行'),
      Buffer.from([0xe4, 0xb8]),
      Buffer.from('项目支出40万元。\n'),
    ]);
    expect(codeOf(damaged)).toBe('bad-encoding');
    const error = (() => {
      try {
        decodeText(damaged, '/data/年报.txt');
      } catch (e) {
        return e as ReadError;
      }
    })();
    expect(error?.text.zh).toContain('“年报.txt”');
    expect(error?.text.zh).toContain('第 3 行');
    expect(error?.text.zh).toContain('UTF-8');
  });

  it('calls UTF-16 with a broken surrogate bad-encoding', () => {
    const broken = withBom([0xff, 0xfe], Buffer.concat([Buffer.from('支出', 'utf16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]));
    expect(codeOf(broken)).toBe('bad-encoding');
  });

  it('calls bytes with NUL, many control characters or no encoding binary', () => {
    expect(codeOf(Buffer.from('PK\u0003\u0004\u0000\u0000\u0008\u0000 word/document.xml'))).toBe('binary');
    expect(codeOf(Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))))).toBe('binary');
    expect(codeOf(Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 37) % 128))))).toBe('binary');
  });

  it('accepts text with a stray control character or a form feed', () => {
    expect(codeOf(Buffer.from('第一页\f第二页\u0007支出100万元，收入100万元，结余0万元。'))).toBeUndefined();
  });

  it('calls an empty or blank file empty', () => {
    expect(codeOf(Buffer.alloc(0))).toBe('empty');
    expect(codeOf(Buffer.from(' \r\n\t\u3000\n'))).toBe('empty');
    expect(codeOf(Buffer.from([0xef, 0xbb, 0xbf]))).toBe('empty');
  });
});
