/**
 * The legacy Word reader's layout of word-extractor's text: one paragraph per line, table rows
 * as lines of tab-closed cells. (Reading real .doc files made by LibreOffice from the samples
 * is test/e2e/format-parity.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { blocksOf } from '../../src/readers/doc.js';

describe('the text of a Word 97–2003 document', () => {
  it('makes lines paragraphs and runs of tab-closed lines tables, numbered as Word numbers them', () => {
    const blocks = blocksOf('一、收入情况\n\n本年收入100万元。\n项目\t金额\t\n合计\t100\t\n注：单位万元。\n甲\t乙\t\n');
    expect(blocks.map((b) => (b.kind === 'paragraph' ? [b.text, b.place] : [b.rows.map((r) => r.map((c) => c.text)), b.table]))).toEqual([
      ['一、收入情况', { paragraph: 1 }],
      ['本年收入100万元。', { paragraph: 2 }],
      [[['项目', '金额'], ['合计', '100']], 1],
      ['注：单位万元。', { paragraph: 3 }],
      [[['甲', '乙']], 2],
    ]);
    const table = blocks[2];
    expect(table?.kind === 'table' && table.rows[1]![1]!.place).toEqual({ table: 1, row: 2, column: 2 });
  });

  it("keeps a vertically merged cell empty below its first row, as Word's plain text has it", () => {
    const [table] = blocksOf('产出指标\t数量指标\t12个\t\n\t质量指标\t100%\t\n');
    expect(table?.kind === 'table' && table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['产出指标', '数量指标', '12个'],
      ['', '质量指标', '100%'],
    ]);
  });
});
