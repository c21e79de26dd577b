import { describe, expect, it } from 'vitest';
import type { Block, Cell, Paragraph } from '../../src/model/document.js';
import { layoutText, renderText } from '../../src/model/render-text.js';
import { parseTxt } from '../../src/readers/txt.js';
import { blockTexts } from './helpers.js';

function paragraph(text: string, n: number): Paragraph {
  return { kind: 'paragraph', heading: false, text, segments: [], place: { paragraph: n } };
}

function cells(table: number, rows: (string | { merged: string })[][]): Cell[][] {
  return rows.map((row, r) =>
    row.map((value, c): Cell => ({
      kind: 'cell',
      text: typeof value === 'string' ? value : value.merged,
      merged: typeof value !== 'string',
      segments: [],
      place: { table, row: r + 1, column: c + 1 },
    })),
  );
}

const BLOCKS: Block[] = [
  paragraph('项目支出绩效自评表', 1),
  {
    kind: 'table',
    table: 1,
    rows: cells(1, [
      ['一级指标', '二级指标', '目标值'],
      ['产出指标', '数量指标', '50人'],
      [{ merged: '产出指标' }, '时效指标', '≤1年'],
      ['', '', ''],
    ]),
  },
  { kind: 'table', table: 2, rows: cells(2, [['合计', '1,777,750元']]) },
  paragraph('', 2),
  paragraph('二、评价结论', 3),
];

describe('renderText', () => {
  it('writes paragraphs and tables in the .txt layout, merged copies as empty cells', () => {
    expect(renderText(BLOCKS)).toBe(
      [
        '项目支出绩效自评表',
        '',
        '\t一级指标',
        '\t二级指标',
        '\t目标值',
        '',
        '\t产出指标',
        '\t数量指标',
        '\t50人',
        '',
        '\t',
        '\t时效指标',
        '\t≤1年',
        '',
        '\t',
        '\t',
        '\t',
        '',
        '',
        '\t合计',
        '\t1,777,750元',
        '',
        '',
        '二、评价结论',
        '',
      ].join('\n'),
    );
  });

  it('reads back with the .txt reader into the same blocks (merged copies empty)', () => {
    const back = parseTxt(renderText(BLOCKS));
    expect(blockTexts({ blocks: back })).toEqual([
      '项目支出绩效自评表',
      [
        ['一级指标', '二级指标', '目标值'],
        ['产出指标', '数量指标', '50人'],
        ['', '时效指标', '≤1年'],
        ['', '', ''],
      ],
      [['合计', '1,777,750元']],
      '二、评价结论',
    ]);
  });

  it('tells the line each paragraph and cell lands on', () => {
    const { lineOf } = layoutText(BLOCKS);
    const table = BLOCKS[1];
    expect(lineOf.get(BLOCKS[0] as Paragraph)).toBe(1);
    expect(table?.kind === 'table' && lineOf.get(table.rows[1]![2]!)).toBe(9);
    expect(lineOf.get(BLOCKS[3] as Paragraph)).toBeUndefined();
    expect(lineOf.get(BLOCKS[4] as Paragraph)).toBe(24);
  });

  it('keeps a stray line break from breaking the layout', () => {
    expect(renderText([paragraph('第一行\n第二行', 1), paragraph('下一段', 2)])).toBe('第一行 第二行\n\n下一段\n');
  });

  it('renders nothing for no blocks', () => {
    expect(renderText([])).toBe('');
  });
});
