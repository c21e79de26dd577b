import { describe, expect, it } from 'vitest';
import { parseMarkdownSource } from '../../src/readers/markdown.js';
import { linting, WRONG_INCOME, WRONG_SPENDING } from './helpers.js';

const lint = linting();
const markdown = (...blocks: string[]): string => `${blocks.join('\n\n')}\n`;

describe('the Markdown reader and directive comments', () => {
  it('records directive comments, not other HTML, and adds no text for them', () => {
    const { blocks, directives } = parseMarkdownSource(markdown('# 标题', '<!-- budget-lint-disable sum-of-parts -->', '<!-- 备注 -->', '<div>说明</div>', '正文。'));
    expect(blocks.map((b) => b.kind === 'paragraph' && b.text)).toEqual(['标题', '正文。']);
    expect(directives).toEqual([
      { kind: 'disable', ruleIds: ['sum-of-parts'], text: 'budget-lint-disable sum-of-parts', start: { line: 3, column: 1 }, end: { line: 3, column: 42 } },
    ]);
  });
});

describe('inline directives in .md', () => {
  it('disable-next-line covers every line of a paragraph wrapped over several', async () => {
    const wrapped = WRONG_SPENDING.replace('其中：', '其中：\n');
    const found = await lint('wrapped.md', markdown('# 部门决算说明', `<!-- budget-lint-disable-next-line sum-of-parts -- 已与财务科核对 -->\n${wrapped}`, WRONG_INCOME));
    expect(found).toEqual([expect.stringMatching(/^7:sum-of-parts:error:财政拨款/)]);
  });

  it('disable … enable and disable-file work as in .txt', async () => {
    const block = markdown('<!-- budget-lint-disable -->', WRONG_SPENDING, '<!-- budget-lint-enable -->', WRONG_INCOME);
    expect(await lint('block.md', block)).toEqual([expect.stringMatching(/^7:sum-of-parts:/)]);
    expect(await lint('file.md', markdown(WRONG_SPENDING, WRONG_INCOME, '<!-- budget-lint-disable-file sum-of-parts -->'))).toEqual([]);
  });

  it('disable-next-line before a table covers only its first (header) row', async () => {
    const table = ['| 项目 | 说明 |', '| --- | --- |', `| 支出 | ${WRONG_SPENDING} |`].join('\n');
    const found = await lint('table.md', markdown('<!-- budget-lint-disable-next-line sum-of-parts -->', table));
    expect(found).toEqual([
      '1:unused-disable-directive:warning:此处的 budget-lint-disable-next-line sum-of-parts 未屏蔽任何问题，可删除',
      expect.stringMatching(/^5:sum-of-parts:error:/),
    ]);
  });
});
