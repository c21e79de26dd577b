import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csv, csvField } from '../../src/reporters/csv.js';
import type { FileResult } from '../../src/reporters/types.js';
import { cli, scratch, WRONG_TOTAL } from '../cli/helpers.js';
import { toDocx } from '../support/renditions.js';
import { result, shareWarning, sumError, unreadable } from './fixtures.js';

const zh = { lang: 'zh', color: false, cwd: '/reports' } as const;
const en = { ...zh, lang: 'en' } as const;

/** Reads CSV the way RFC 4180 defines it (quoted fields, doubled quotes, CRLF records). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) throw new Error('last record does not end with CRLF');
  return rows;
}

function rowsOf(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parseCsv(text.slice(1));
}

const withYear = (r: FileResult, year: number): FileResult => ({ ...r, reportYear: year });

describe('csv reporter', () => {
  it('starts with a byte order mark and a Chinese header, then one row per finding', () => {
    const rows = rowsOf(csv([withYear(result('/reports/2024/a.txt', [sumError, shareWarning]), 2024)], zh));
    expect(rows).toEqual([
      ['文件', '年度', '规则', '严重程度', '位置', '说明', '原文'],
      ['2024/a.txt', '2024', 'sum-of-parts', '错误', '2:5', sumError.message.zh, '支出合计100万元'],
      ['2024/a.txt', '2024', 'percent-share', '警告', '14:2', shareWarning.message.zh, '占70%'],
    ]);
  });

  it('writes the header, severities and messages in English with --lang en', () => {
    const rows = rowsOf(csv([result('/reports/a.txt', [sumError])], en));
    expect(rows).toEqual([
      ['file', 'year', 'rule', 'severity', 'location', 'message', 'excerpt'],
      ['a.txt', '', 'sum-of-parts', 'error', '2:5', sumError.message.en, '支出合计100万元'],
    ]);
  });

  it('adds where to look in Word to the location of a .docx finding', () => {
    const rows = rowsOf(csv([result('/reports/a.docx', [sumError, shareWarning], 'docx')], zh));
    expect(rows.slice(1).map((row) => row[4])).toEqual(['2:5 第2段', '14:2 表3 第2行第4列']);
    expect(rowsOf(csv([result('/reports/a.docx', [shareWarning], 'docx')], en))[1]![4]).toBe('14:2 table 3 row 2 col 4');
  });

  it('lists a file that could not be read as a row saying why', () => {
    const rows = rowsOf(csv([unreadable, result('/reports/clean.txt', [])], zh));
    expect(rows).toEqual([rows[0], ['scan.pdf', '', '', '错误', '', unreadable.fatal!.zh, '']]);
  });

  it('has only the header when nothing was found', () => {
    expect(csv([result('/reports/clean.txt', [])], zh)).toBe('\uFEFF文件,年度,规则,严重程度,位置,说明,原文\r\n');
  });

  it('quotes commas, quotes and line breaks so every finding stays one record', () => {
    const tricky = { ...sumError, message: { zh: '合计 1,234元，写作"1,243元"\n应为 1,234元', en: 'x' }, excerpt: 'a,"b"' };
    const text = csv([result('/reports/a "draft", v2.txt', [tricky])], zh);
    expect(text).toContain('"合计 1,234元，写作""1,243元""\n应为 1,234元"');
    const [, row] = rowsOf(text);
    expect(row).toEqual(['a "draft", v2.txt', '', 'sum-of-parts', '错误', '2:5', tricky.message.zh, 'a,"b"']);
  });

  it('keeps a spreadsheet from running document text as a formula, but leaves numbers alone', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('+1+2')).toBe("'+1+2");
    expect(csvField('-12.50')).toBe('-12.50');
    expect(csvField('+5%')).toBe('+5%');
    expect(csvField('1,234')).toBe('"1,234"');
  });
});

describe('budget-lint --format csv', () => {
  let dir: string;
  let remove: () => Promise<void>;
  beforeAll(async () => {
    const report = `2024年度部门决算说明\n${WRONG_TOTAL}`;
    ({ dir, remove } = await scratch({ 'a.txt': report, 'b.docx': await toDocx(report) }));
  });
  afterAll(() => remove());

  it('gives each finding its report year, read from the title or set with --year', async () => {
    const { code, stdout } = await cli(['--format', 'csv', 'a.txt', 'b.docx'], { cwd: dir });
    expect(code).toBe(1);
    const rows = rowsOf(stdout);
    expect(rows.slice(1).map((row) => row.slice(0, 4))).toEqual([
      ['a.txt', '2024', 'sum-of-parts', '错误'],
      ['b.docx', '2024', 'sum-of-parts', '错误'],
    ]);
    expect(rows[2]![4]).toMatch(/^\d+:\d+ 第2段$/);
    const overridden = rowsOf((await cli(['--format', 'csv', '--year', '2023', 'a.txt'], { cwd: dir })).stdout);
    expect(overridden[1]![1]).toBe('2023');
  });
});
