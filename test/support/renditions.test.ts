import { afterEach, describe, expect, it, vi } from 'vitest';
import mammoth from 'mammoth';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastText } from 'hast-util-to-string';
import type { Element } from 'hast';
import { parseTxtLayout, toDocx, toMarkdown } from './renditions.js';

/** A report fragment in the .txt layout: `→` marks the tab that leads a cell line. */
function layout(lines: string[]): string {
  return lines.map((line) => line.replace(/^→/, '\t')).join('\n');
}

describe('parseTxtLayout', () => {
  it('reads paragraphs, cells, continuations, row breaks and the end of a table', () => {
    const text = layout([
      '项目概况',
      '',
      '→一级指标',
      '→预期指标值',
      '',
      '（包含数字及文字描述）',
      '',
      '→产出指标',
      '→经济成本',
      '指标',
      '',
      '→',
      '→50人',
      '',
      '',
      '二、评价实施',
    ]);
    expect(parseTxtLayout(text)).toEqual([
      { kind: 'paragraph', text: '项目概况' },
      {
        kind: 'table',
        rows: [
          ['一级指标', '预期指标值（包含数字及文字描述）'],
          ['产出指标', '经济成本指标'],
          ['', '50人'],
        ],
      },
      { kind: 'paragraph', text: '二、评价实施' },
    ]);
  });

  it('ends a table at the end of the text and ignores a byte order mark and CRLF', () => {
    const text = '\uFEFF标题\r\n\t合计\r\n\t1,200元\r\n';
    expect(parseTxtLayout(text)).toEqual([
      { kind: 'paragraph', text: '标题' },
      { kind: 'table', rows: [['合计', '1,200元']] },
    ]);
  });
});

interface MarkdownNode {
  type: string;
  value?: string;
  children?: MarkdownNode[];
}

function markdownText(node: MarkdownNode): string {
  return node.value ?? (node.children ?? []).map(markdownText).join('');
}

/** What a Markdown reader sees: each top-level block's kind and text (tables cell by cell). */
function readMarkdown(markdown: string): Array<{ type: string; text: string | string[][] }> {
  const root: MarkdownNode = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  return (root.children ?? []).map((block) => ({
    type: block.type,
    text:
      block.type === 'table'
        ? (block.children ?? []).map((row) => (row.children ?? []).map(markdownText))
        : markdownText(block),
  }));
}

describe('toMarkdown', () => {
  it('escapes text so that every line reads back as the same paragraph', () => {
    const paragraphs = [
      '1.财政拨款收入：指本级财政当年拨付的资金。',
      '2) 第二项',
      '# 不是标题',
      '- 不是列表',
      '+ 也不是列表',
      '---',
      '**不加粗** 与 _不倾斜_ 与 `不是代码`',
      '[image: image1]（图1：收入结构图）',
      '<b>不是 HTML</b> &amp; a|b ~~不删除~~ C:\\路径',
      '    四个空格开头',
      '　　公用经费1.87万元',
    ];
    const blocks = readMarkdown(toMarkdown(paragraphs.join('\n')));
    expect(blocks).toEqual(paragraphs.map((text) => ({ type: 'paragraph', text })));
  });

  it('writes tables as GFM tables with the first row as header and short rows padded', () => {
    const text = layout(['→序号', '→项目|名称', '→金额', '', '→', '→合计', '→1,234,500元', '', '→备注']);
    expect(readMarkdown(toMarkdown(text))).toEqual([
      {
        type: 'table',
        text: [
          ['序号', '项目|名称', '金额'],
          ['', '合计', '1,234,500元'],
          ['备注', '', ''],
        ],
      },
    ]);
  });
});

interface HtmlCell {
  text: string;
  rowspan?: number;
  colspan?: number;
}

/** Elements with this tag name below `node` (the HTML parser adds `tbody` between table and rows). */
function descendants(node: { children?: unknown[] }, tag: string): Element[] {
  return (node.children ?? []).flatMap((child) => {
    const element = child as Element;
    if (element.type !== 'element') return [];
    return element.tagName === tag ? [element] : descendants(element, tag);
  });
}

/** The tables of mammoth's HTML: each cell's text and its rowspan/colspan when over 1. */
async function docxTables(bytes: Buffer): Promise<HtmlCell[][][]> {
  const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
  const tables: HtmlCell[][][] = [];
  for (const table of descendants(fromHtml(html, { fragment: true }), 'table')) {
    tables.push(
      descendants(table, 'tr').map((row) =>
        descendants(row, 'td').map((cell) => {
          const span = (name: 'rowSpan' | 'colSpan'): number | undefined =>
            Number(cell.properties[name] ?? 1) > 1 ? Number(cell.properties[name]) : undefined;
          const out: HtmlCell = { text: hastText(cell) };
          if (span('rowSpan')) out.rowspan = span('rowSpan');
          if (span('colSpan')) out.colspan = span('colSpan');
          return out;
        }),
      ),
    );
  }
  return tables;
}

describe('toDocx', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const indicatorTable = layout([
    '指标设置情况见下表：',
    '→一级指标',
    '→二级指标',
    '→三级指标',
    '→目标值',
    '',
    '→产出指标',
    '→数量指标',
    '→补助人数',
    '→50人',
    '',
    '→',
    '→',
    '→',
    '→',
    '',
    '→',
    '→质量指标',
    '→发放准确率',
    '→100%',
    '',
    '→目标说明：按月发放',
    '',
    '',
    '二、评价实施',
  ]);

  it('merges empty cells under filled ones in the first three columns, as Word does', async () => {
    const tables = await docxTables(await toDocx(indicatorTable));
    expect(tables).toEqual([
      [
        [{ text: '一级指标' }, { text: '二级指标' }, { text: '三级指标' }, { text: '目标值' }],
        [
          { text: '产出指标', rowspan: 3 },
          { text: '数量指标', rowspan: 2 },
          { text: '补助人数', rowspan: 2 },
          { text: '50人' },
        ],
        // The fourth column is not merged: its empty cell stays a cell of its own.
        [{ text: '' }],
        [{ text: '质量指标' }, { text: '发放准确率' }, { text: '100%' }],
        [{ text: '目标说明：按月发放', colspan: 4 }],
      ],
    ]);
  });

  it('leaves the empty cells of an amount table unmerged: a blank 款 or amount is blank', async () => {
    const amounts = layout(['→类', '→款', '→金额', '', '→208', '→', '→80.00', '', '→208', '→02', '→', '', '', '完']);
    expect(await docxTables(await toDocx(amounts))).toEqual([
      [
        [{ text: '类' }, { text: '款' }, { text: '金额' }],
        [{ text: '208' }, { text: '' }, { text: '80.00' }],
        [{ text: '208' }, { text: '02' }, { text: '' }],
      ],
    ]);
  });

  it('keeps one Word paragraph per paragraph line', async () => {
    const { value: text } = await mammoth.extractRawText({ buffer: await toDocx('第一段\n\n第二段') });
    expect(text.split('\n').filter((line) => line !== '')).toEqual(['第一段', '第二段']);
  });

  it('gives the same bytes whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2021-03-04T05:06:07Z'));
    const first = await toDocx(indicatorTable);
    vi.setSystemTime(new Date('2029-10-11T12:13:14Z'));
    const second = await toDocx(indicatorTable);
    expect(second.equals(first)).toBe(true);
  });
});
