import { describe, expect, it } from 'vitest';
import { stylish } from '../../src/reporters/stylish.js';
import { infoNote, result, shareWarning, sumError, unreadable } from './fixtures.js';

const plain = { lang: 'zh' as const, color: false, cwd: '/reports' };

describe('stylish reporter', () => {
  it('lists each file with one line per finding and a Chinese summary', () => {
    const out = stylish([result('/reports/a.txt', [sumError, shareWarning])], plain);
    expect(out).toBe(
      [
        '',
        'a.txt',
        '  2:5   错误  基本支出 60 + 项目支出 50 = 110 万元，与合计 100 万元相差 10 万元  sum-of-parts',
        '              「支出合计100万元」',
        '  14:2  警告  60 ÷ 100 = 60.00%，与所写 70% 不符  percent-share',
        '              「占70%」',
        '',
        '✖ 2 个问题（1 个错误，1 个警告）',
        '',
      ].join('\n'),
    );
  });

  it('shows where to look in Word for .docx findings, in the chosen language', () => {
    const zh = stylish([result('/reports/b.docx', [sumError, shareWarning], 'docx')], plain);
    expect(zh).toContain('第2段  「支出合计100万元」');
    expect(zh).toContain('表3 第2行第4列  「占70%」');
    const en = stylish([result('/reports/b.docx', [sumError, shareWarning], 'docx')], { ...plain, lang: 'en' });
    expect(en).toContain('paragraph 2  “支出合计100万元”');
    expect(en).toContain('table 3 row 2 col 4');
    expect(en).toContain('basic 60 + project 50 = 110, total says 100');
    expect(en).toContain('✖ 2 problems (1 error, 1 warning)');
  });

  it('shows the page of PDF findings, and the sheet and cell of spreadsheet findings', () => {
    const onPage = (d: typeof sumError, place: object): typeof sumError => ({ ...d, location: { ...d.location, ...place } });
    const pdf = stylish([result('/reports/c.pdf', [onPage(sumError, { page: 3 }), onPage(shareWarning, { page: 5 })], 'pdf')], plain);
    expect(pdf).toContain('第3页  「支出合计100万元」');
    expect(pdf).toContain('第5页 表3 第2行第4列  「占70%」');
    const en = stylish([result('/reports/c.pdf', [onPage(shareWarning, { page: 5 })], 'pdf')], { ...plain, lang: 'en' });
    expect(en).toContain('page 5, table 3 row 2 col 4');
    const sheet = stylish([result('/reports/d.xlsx', [onPage(shareWarning, { sheet: '01-1', cell: 'D3' })], 'xlsx')], plain);
    expect(sheet).toContain('工作表“01-1” D3  「占70%」');
  });

  it('does not give a place hint for plain-text files, whose line numbers suffice', () => {
    expect(stylish([result('/reports/a.md', [sumError], 'md')], plain)).not.toContain('第2段');
  });

  it('counts notes separately from warnings', () => {
    const out = stylish([result('/reports/a.txt', [shareWarning, infoNote])], plain);
    expect(out).toContain('提示');
    expect(out).toContain('✖ 2 个问题（0 个错误，1 个警告，1 个提示）');
  });

  it('says so when every file was checked and nothing was found', () => {
    expect(stylish([result('/reports/a.txt', []), result('/reports/b.txt', [])], plain)).toBe('✔ 已检查 2 个文件，未发现问题\n');
  });

  it('leaves unreadable files to the error stream and claims no clean run', () => {
    expect(stylish([result('/reports/a.txt', []), unreadable], plain)).toBe('');
    const out = stylish([result('/reports/a.txt', [sumError]), unreadable], plain);
    expect(out).not.toContain('scan.pdf');
    expect(out).toContain('✖ 1 个问题（1 个错误，0 个警告）');
  });

  it('shows paths outside the working folder in full', () => {
    expect(stylish([result('/elsewhere/a.txt', [sumError])], plain)).toContain('\n/elsewhere/a.txt\n');
  });

  it('colours only when asked', () => {
    const input = [result('/reports/a.txt', [sumError])];
    expect(stylish(input, plain)).not.toContain('\u001b[');
    const coloured = stylish(input, { ...plain, color: true });
    expect(coloured).toContain('\u001b[31m错误');
    expect(coloured).toContain('\u001b[4ma.txt');
  });
});
