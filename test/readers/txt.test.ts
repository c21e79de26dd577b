import { describe, expect, it } from 'vitest';
import type { Cell, Paragraph, Table } from '../../src/model/document.js';
import { parseTxt } from '../../src/readers/txt.js';
import { blockTexts, misplacedCharacters, sourceAt } from './helpers.js';

/** An indicator table in the layout Word's plain-text export writes (see the reader's comment). */
const REPORT = [
  '某县文化馆2024年绩效评价报告', // 1
  '　　全年预算数15.60万元，执行数15.20万元，完成预算97.44%。  ', // 2
  '', // 3
  '\t一级指标', // 4
  '\t二级指标', // 5
  '\t预期指标值', // 6
  '', // 7
  '（包含数字及文字描述)', // 8
  '\t实际完成值', // 9
  '', // 10
  '\t', // 11
  '\t数量指标', // 12
  '\t开展公益讲座', // 13
  '', // 14
  '次数', // 15
  '\t≥12次', // 16
  '\t 14次 ', // 17
  '', // 18
  '', // 19
  '二、评价结论', // 20
  '\t独立一行的表格', // 21
  '', // 22
  '', // 23
  '\t紧接着的第二张表', // 24
].join('\n');

describe('.txt reader', () => {
  const blocks = parseTxt(REPORT);

  it('reads paragraphs and the table layout: cells, row breaks, continued cells, table end', () => {
    expect(blockTexts({ blocks })).toEqual([
      '某县文化馆2024年绩效评价报告',
      '全年预算数15.60万元，执行数15.20万元，完成预算97.44%。',
      [
        ['一级指标', '二级指标', '预期指标值（包含数字及文字描述)', '实际完成值'],
        ['', '数量指标', '开展公益讲座次数', '≥12次', '14次'],
      ],
      '二、评价结论',
      [['独立一行的表格']],
      [['紧接着的第二张表']],
    ]);
  });

  it('numbers paragraphs and tables separately, rows and columns from 1', () => {
    const places = blocks.map((block) => (block.kind === 'paragraph' ? block.place : { table: block.table }));
    expect(places).toEqual([{ paragraph: 1 }, { paragraph: 2 }, { table: 1 }, { paragraph: 3 }, { table: 2 }, { table: 3 }]);
    const table = blocks[2] as Table;
    expect(table.rows[1]?.[4]?.place).toEqual({ table: 1, row: 2, column: 5 });
    expect(table.rows.flat().every((cell) => !cell.merged)).toBe(true);
  });

  it('points a figure in an indented paragraph at its line and column', () => {
    const paragraph = blocks[1] as Paragraph;
    const offset = paragraph.text.indexOf('15.20万元');
    expect(offset).toBeGreaterThan(0);
    const line2 = REPORT.split('\n')[1] ?? '';
    expect(sourceAt(REPORT, paragraph, offset, 7)).toBe('15.20万元');
    expect(sourceAt(REPORT, paragraph, 0, 1)).toBe('全');
    expect(paragraph.segments).toEqual([{ offset: 0, start: { line: 2, column: line2.indexOf('全') + 1 } }]);
  });

  it('points a continued cell at each of its source lines', () => {
    const cell = (blocks[2] as Table).rows[1]?.[2] as Cell;
    expect(cell.segments).toEqual([
      { offset: 0, start: { line: 13, column: 2 } },
      { offset: 6, start: { line: 15, column: 1 } },
    ]);
    expect(sourceAt(REPORT, cell, cell.text.indexOf('次数'), 2)).toBe('次数');
  });

  it('points an empty cell at its tab line and a padded cell at its first character', () => {
    const row = (blocks[2] as Table).rows[1] as Cell[];
    expect(row[0]?.segments).toEqual([{ offset: 0, start: { line: 11, column: 2 } }]);
    expect(row[4]?.segments).toEqual([{ offset: 0, start: { line: 17, column: 3 } }]);
  });

  it('maps every character back to the source', () => {
    expect(misplacedCharacters({ path: '', format: 'txt', blocks }, REPORT)).toEqual([]);
  });

  it('counts lines the same with CRLF and CR line ends', () => {
    for (const eol of ['\r\n', '\r']) {
      const crlf = parseTxt(REPORT.split('\n').join(eol));
      expect(blockTexts({ blocks: crlf })).toEqual(blockTexts({ blocks }));
      expect((crlf[2] as Table).rows[1]?.[2]?.segments).toEqual((blocks[2] as Table).rows[1]?.[2]?.segments);
    }
  });

  it('keeps a non-tab line after one blank line in the table, after two it is a paragraph', () => {
    const one = parseTxt(['\t合计', '\t100万元', '', '（含结转）'].join('\n'));
    expect(blockTexts({ blocks: one })).toEqual([[['合计', '100万元（含结转）']]]);
    const two = parseTxt(['\t合计', '\t100万元', '', '', '（含结转）'].join('\n'));
    expect(blockTexts({ blocks: two })).toEqual([[['合计', '100万元']], '（含结转）']);
  });

  it('starts a table right after a paragraph line', () => {
    expect(blockTexts({ blocks: parseTxt('资金表\n\t序号\n\t金额') })).toEqual(['资金表', [['序号', '金额']]]);
  });
});
