import { describe, expect, it } from 'vitest';
import type { Paragraph, Table } from '../../src/model/document.js';
import { parseMarkdown } from '../../src/readers/markdown.js';
import { blockTexts, misplacedCharacters, sourceAt } from './helpers.js';

const MARKDOWN = [
  '# 某县文化馆2024年度部门决算', // 1
  '', // 2
  '<!-- budget-lint-disable percent-share -->', // 3
  '', // 4
  '本年支出合计**1309.54万元**，其中：基本支出', // 5
  '  340.96万元，占`26.04%`；项目支出\\*968.59万元 &amp; 其他。', // 6
  '', // 7
  '## 二、项目支出', // 8
  '', // 9
  '| 项目 | 金额（万元） |', // 10
  '| --- | ---: |', // 11
  '| 基本<br>支出 | **340.96** |', // 12
  '| 项目支出 | 968.59 |', // 13
  '', // 14
  '- 人员经费300万元', // 15
  '- 公用经费40.96万元', // 16
  '', // 17
  '    缩进的段落：结余0万元。', // 18
].join('\n');

describe('.md reader', () => {
  const blocks = parseMarkdown(MARKDOWN);

  it('reads headings, paragraphs joined across soft line breaks, GFM tables and list items', () => {
    expect(blockTexts({ blocks })).toEqual([
      '某县文化馆2024年度部门决算',
      '本年支出合计1309.54万元，其中：基本支出340.96万元，占26.04%；项目支出*968.59万元 & 其他。',
      '二、项目支出',
      [
        ['项目', '金额（万元）'],
        ['基本支出', '340.96'],
        ['项目支出', '968.59'],
      ],
      '人员经费300万元',
      '公用经费40.96万元',
      '缩进的段落：结余0万元。',
    ]);
  });

  it('marks headings and numbers paragraphs and tables', () => {
    const paragraphs = blocks.filter((block): block is Paragraph => block.kind === 'paragraph');
    expect(paragraphs.map((p) => [p.place.paragraph, p.heading])).toEqual([
      [1, true],
      [2, false],
      [3, true],
      [4, false],
      [5, false],
      [6, false],
    ]);
    expect((blocks[3] as Table).rows[1]?.[1]?.place).toEqual({ table: 1, row: 2, column: 2 });
  });

  it('keeps exact columns through inline markup, escapes and character references', () => {
    const paragraph = blocks[1] as Paragraph;
    for (const figure of ['1309.54万元', '340.96万元', '26.04%', '968.59万元', '其他']) {
      expect(sourceAt(MARKDOWN, paragraph, paragraph.text.indexOf(figure), figure.length)).toBe(figure);
    }
    expect(paragraph.segments[0]?.start).toEqual({ line: 5, column: 1 });
    expect(paragraph.segments.some((s) => s.start.line === 6 && s.start.column === 3)).toBe(true);
    const cell = (blocks[3] as Table).rows[1]?.[1];
    expect(cell?.segments).toEqual([{ offset: 0, start: { line: 12, column: 16 } }]);
  });

  it('maps every character back to the source', () => {
    expect(misplacedCharacters({ path: '', format: 'md', blocks }, MARKDOWN)).toEqual([]);
  });

  it('leaves HTML comments out of the text', () => {
    expect(blocks.some((block) => block.kind === 'paragraph' && block.text.includes('budget-lint'))).toBe(false);
    expect(blockTexts({ blocks: parseMarkdown('<!-- 草稿 -->\n') })).toEqual([]);
  });
});
