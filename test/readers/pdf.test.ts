/**
 * The PDF reader on PDFs written by the test (test/support/pdf-builder.ts), each laid out the
 * way real reports print one thing: wrapped and indented paragraphs, numbers the text layer
 * splits, running headers and page numbers, ruled tables with merged headers, tables left
 * unruled between their rows or altogether, tables continued over pages, two columns.
 */
import { describe, expect, it } from 'vitest';
import { textUnits, type Cell, type Document, type Paragraph, type Table } from '../../src/model/document.js';
import { ReadError } from '../../src/readers/errors.js';
import { readDocument } from '../../src/readers/index.js';
import { buildPdf, textWidth, type PdfPageSpec, type PdfRule, type PdfText } from '../support/pdf-builder.js';
import { misplacedCharacters, tempFolder } from './helpers.js';

const folder = tempFolder();
let files = 0;

async function read(pages: PdfPageSpec[]): Promise<Document> {
  files += 1;
  return readDocument(folder.write(`report-${files}.pdf`, buildPdf(pages)));
}

const paragraphs = (doc: Document): string[] => doc.blocks.filter((b): b is Paragraph => b.kind === 'paragraph').map((p) => p.text);
const tables = (doc: Document): Table[] => doc.blocks.filter((b): b is Table => b.kind === 'table');
const texts = (table: Table): string[][] => table.rows.map((row) => row.map((cell) => (cell.merged ? `⇐${cell.text}` : cell.text)));

/** Lines of running text at the page's margins: 72 to 523 points, 12-point type, 20 points apart. */
const LEFT = 72;
const RIGHT = 523;
const SIZE = 12;

/**
 * A paragraph set as a word processor sets it: the first line indented two characters, lines
 * filled to the right margin, the last one wherever the text ends.
 */
function paragraph(text: string, top: number, { indent = 2 } = {}): { texts: PdfText[]; next: number } {
  const texts: PdfText[] = [];
  let y = top;
  let x = LEFT + indent * SIZE;
  let line = '';
  for (const ch of text) {
    if (x + textWidth(line + ch) > RIGHT) {
      texts.push({ x, y, text: line });
      [x, y, line] = [LEFT, y + 20, ''];
    }
    line += ch;
  }
  texts.push({ x, y, text: line });
  return { texts, next: y + 28 };
}

/** A grid of stroked (or filled) rules: `xs` column edges, `ys` row edges. */
function grid(xs: number[], ys: number[], filled = false): PdfRule[] {
  const [x0, x1] = [xs[0]!, xs[xs.length - 1]!];
  const [y0, y1] = [ys[0]!, ys[ys.length - 1]!];
  return [...ys.map((y) => ({ x0, y0: y, x1, y1: y, filled })), ...xs.map((x) => ({ x0: x, y0, x1: x, y1, filled }))];
}

/** Text in a cell: left-aligned labels, right-aligned figures, on the row's middle. */
function inCell(text: string, left: number, right: number, top: number, bottom: number, align: 'left' | 'right' = 'left'): PdfText {
  const y = (top + bottom) / 2 + SIZE * 0.35;
  return { x: align === 'left' ? left + 3 : right - 3 - textWidth(text, SIZE), y, text };
}

describe('running text', () => {
  it('joins the lines of a paragraph and starts one at an indented line, a heading, a short line', async () => {
    const body1 = '本年收入合计1,234.56万元，比上年增加23.45万元，增长1.94%，主要原因是项目支出增加，人员经费有所减少，总体持平。';
    const body2 = '本年支出合计1,234.56万元，其中：基本支出800.00万元，项目支出434.56万元。';
    const heading: PdfText = { x: LEFT, y: 100, text: '一、收入支出决算总体情况说明' };
    const p1 = paragraph(body1, 130);
    const p2 = paragraph(body2, p1.next);
    const doc = await read([{ texts: [heading, ...p1.texts, ...p2.texts] }]);
    expect(paragraphs(doc)).toEqual(['一、收入支出决算总体情况说明', body1, body2]);
  });

  it('runs a paragraph on over a page break, and not a finished sentence into the next page', async () => {
    const sentence = '一般公共预算财政拨款支出2,940.05万元，主要用于以下方面：一般公共服务支出2,106.66万元，社会保障和就业支出326.72万元，卫生健康支出60.99万元';
    const first = paragraph(sentence, 760);
    const [head, ...tail] = first.texts;
    const doc = await read([
      { texts: [...paragraph('第一页的开头。', 100).texts, head!] },
      { texts: tail.map((t, i) => ({ ...t, y: 100 + 20 * i })).concat(paragraph('第二段。', 100 + 20 * tail.length + 8).texts) },
    ]);
    expect(paragraphs(doc)).toEqual(['第一页的开头。', sentence, '第二段。']);
    expect(doc.blocks[1]).toMatchObject({ place: { paragraph: 2, page: 1 } });
    expect(doc.pages).toBe(2);
  });

  it('keeps a line that stops short for Chinese line breaking (an opening bracket carried over) in its paragraph', async () => {
    const doc = await read([
      {
        texts: [
          { x: LEFT + 2 * SIZE, y: 100, text: '5、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休' },
          { x: LEFT, y: 120, text: '（项）。主要用于：退休人员经费支出。年初预算为85.55万元，支出决算为84.65万' },
          { x: LEFT, y: 140, text: '元。' },
        ],
      },
    ]);
    expect(paragraphs(doc)).toEqual(['5、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。主要用于：退休人员经费支出。年初预算为85.55万元，支出决算为84.65万元。']);
  });

  it('keeps a line in its paragraph when the next starts with a number, its unit and a full stop that did not fit', async () => {
    // 30 characters after a two-character indent leave 5.6 characters of room: too little for
    // "23.22%。", which a line breaker keeps together.
    const first = '一般公共预算财政拨款支出比上年增加了七百三十九万元，较上年增长'.slice(0, 30);
    const before = paragraph('本年支出合计1,234.56万元，其中：基本支出800.00万元，项目支出434.56万元，主要用于城乡低保、特困供养和临时救助等民生保障支出。', 60);
    const doc = await read([
      { texts: [...before.texts, { x: LEFT + 2 * SIZE, y: before.next, text: first }, { x: LEFT, y: before.next + 20, text: '23.22%。主要原因是农村低保标准提高。' }] },
    ]);
    expect(paragraphs(doc)[1]).toBe(`${first}23.22%。主要原因是农村低保标准提高。`);
  });

  it('rejoins a number the text layer splits into pieces, and drops the spaces of justified Chinese', async () => {
    // Digits drawn one by one and the decimal point apart, as some typesetters do.
    const pieces = [
      { x: 72, text: '全市收入完成' },
      { x: 144, text: '5' },
      { x: 150, text: '1' },
      { x: 156, text: '9' },
      { x: 161, text: '.' },
      { x: 165, text: '7' },
      { x: 172, text: '亿 元 ，比 上 年 增 长' },
    ];
    const doc = await read([{ texts: pieces.map((p) => ({ ...p, y: 100 })) }]);
    expect(paragraphs(doc)).toEqual(['全市收入完成519.7亿元，比上年增长']);
  });

  it('leaves out running headers, footers and page numbers, and superscript footnote marks', async () => {
    // A footnote mark set small and raised between 亿 and 元.
    const before = (n: number): string => `第${n}页的正文，预计为238.22亿`;
    const page = (n: number): PdfPageSpec => ({
      texts: [
        { x: 200, y: 40, text: '上海市某某局2024年度部门决算' },
        { x: 96, y: 200, text: before(n) },
        { x: 96 + textWidth(before(n)), y: 194, text: '1', size: 7 },
        { x: 96 + textWidth(before(n)) + 4, y: 200, text: '元。' },
        { x: 280, y: 810, text: `- ${n} -` },
      ],
    });
    const doc = await read([page(1), page(2), page(3)]);
    expect(paragraphs(doc)).toEqual(['第1页的正文，预计为238.22亿元。', '第2页的正文，预计为238.22亿元。', '第3页的正文，预计为238.22亿元。']);
  });

  it('reads the lines at a page cut once: text the page clips away is not printed', async () => {
    // A long sheet cut into pages by clipping: the items at the cut are drawn on both pages,
    // below the first page's clip and above the second's, and printed once.
    const items = ['1.甲项支出120.00万元。', '2.乙项支出80.00万元。', '3.丙项支出45.50万元。', '4.丁项支出30.25万元。'];
    const at = (text: string, y: number): PdfText => ({ x: LEFT, y, text });
    const doc = await read([
      { clip: { x0: 50, top: 60, x1: 545, bottom: 150 }, texts: items.map((t, i) => at(t, 100 + 40 * i)) },
      { clip: { x0: 50, top: 60, x1: 545, bottom: 780 }, texts: items.map((t, i) => at(t, 20 + 40 * i)) },
    ]);
    expect(paragraphs(doc)).toEqual(items);
  });

  it('keeps text drawn without a clip, and text a clip lets through', async () => {
    const doc = await read([
      { texts: [{ x: LEFT, y: 100, text: '没有裁剪的第一段。' }, { x: LEFT, y: 820, text: '页面底部也照样印出。' }] },
      { clip: { x0: 0, top: 0, x1: 595, bottom: 842 }, texts: [{ x: LEFT, y: 100, text: '整页裁剪框内的一段。' }] },
    ]);
    expect(paragraphs(doc)).toEqual(['没有裁剪的第一段。', '页面底部也照样印出。', '整页裁剪框内的一段。']);
  });

  it('reads a page set in two columns column by column', async () => {
    const left = Array.from({ length: 6 }, (_, i) => ({ x: 72, y: 150 + 20 * i, text: `左栏第${i + 1}行文字内容左栏文字内容左栏。` }));
    const right = Array.from({ length: 6 }, (_, i) => ({ x: 320, y: 150 + 20 * i, text: `右栏第${i + 1}行文字内容右栏文字内容右栏。` }));
    const doc = await read([{ texts: [{ x: 220, y: 100, text: '两栏排版的页面标题' }, ...left, ...right] }]);
    const text = paragraphs(doc).join('|');
    expect(text.indexOf('左栏第6行')).toBeLessThan(text.indexOf('右栏第1行'));
    expect(paragraphs(doc)[0]).toBe('两栏排版的页面标题');
  });
});

describe('ruled tables', () => {
  // 收入 | 支出 side by side, the top header cell of each side spanning two columns.
  const xs = [60, 240, 320, 500, 580];
  const ys = [120, 140, 160, 180, 200, 220];
  const rows = [
    ['收入', '', '支出', ''],
    ['项目', '决算数', '项目', '决算数'],
    ['一、财政拨款收入', '2,940.05', '一、一般公共服务支出', '2,106.66'],
    ['二、其他收入', '6.20', '二、住房保障支出', '839.59'],
    ['本年收入合计', '2,946.25', '本年支出合计', '2,946.25'],
  ];
  const cells = (): PdfText[] =>
    rows.flatMap((row, r) => row.flatMap((text, c) => (text ? [inCell(text, xs[c]!, xs[c + 1]!, ys[r]!, ys[r + 1]!, c % 2 ? 'right' : 'left')] : [])));
  /** The header's top row has no rule between the two columns of each side. */
  const rules = (filled: boolean): PdfRule[] =>
    grid(xs, ys, filled).flatMap((rule) => {
      if (rule.x0 !== rule.x1 || (rule.x0 !== 240 && rule.x0 !== 500)) return [rule];
      return [{ ...rule, y0: 140 }];
    });

  it.each([
    ['stroked', false],
    ['filled thin rectangles', true],
  ])('rebuilds a table drawn with %s rules, cell by cell, merged header cells spanning their columns', async (_how, filled) => {
    const doc = await read([{ texts: [{ x: 250, y: 90, text: '收入支出决算总表' }, { x: 500, y: 110, text: '单位：万元' }, ...cells()], rules: rules(filled) }]);
    expect(paragraphs(doc)).toEqual(['收入支出决算总表', '单位：万元']);
    const [table] = tables(doc);
    expect(texts(table!)).toEqual([
      ['收入', '⇐收入', '支出', '⇐支出'],
      ...rows.slice(1),
    ]);
    // The unit line stands right above its table, where the tables layer looks for it.
    expect(doc.blocks[doc.blocks.indexOf(table!) - 1]).toMatchObject({ text: '单位：万元' });
    expect(table!.rows[2]![1]).toMatchObject({ text: '2,940.05', place: { table: 1, row: 3, column: 2, page: 1 } });
  });

  it('joins the lines of a cell whose text wraps, and cuts a string drawn across a column rule', async () => {
    const doc = await read([
      {
        texts: [
          { x: 63, y: 127, text: '机关事业单位基本养老保' },
          { x: 63, y: 139, text: '险缴费支出' },
          // One string for two cells, as some exporters draw a row.
          { x: 243, y: 133, text: '160.75' + ' '.repeat(12) + '80.38' },
        ],
        rules: grid([60, 240, 320, 400], [115, 145, 165]),
      },
    ]);
    expect(texts(tables(doc)[0]!)[0]).toEqual(['机关事业单位基本养老保险缴费支出', '160.75', '80.38']);
  });

  it('finds the rows of a table ruled only around its header and frame, a wrapped label joining its figures', async () => {
    // Rules: the frame, the rule under the header, the column rules. No rules between rows.
    const frame: PdfRule[] = [
      ...[100, 130, 300].map((y) => ({ x0: 60, y0: y, x1: 540, y1: y })),
      ...[220, 320, 420].map((x) => ({ x0: x, y0: 100, x1: x, y1: 300 })),
    ];
    const row = (y: number, label: string, a: string, b: string, c: string): PdfText[] => [
      { x: 64, y, text: label },
      { x: 316 - textWidth(a), y, text: a },
      { x: 416 - textWidth(b), y, text: b },
      { x: 536 - textWidth(c), y, text: c },
    ];
    const doc = await read([
      {
        texts: [
          { x: 64, y: 119, text: '预算科目' },
          { x: 230, y: 119, text: '年初预算数' },
          { x: 330, y: 119, text: '决算数' },
          { x: 430, y: 119, text: '完成预算%' },
          ...row(150, '一、税收收入', '5490000', '5897633', '107.4'),
          ...row(174, '增值税', '3020000', '3126852', '103.5'),
          { x: 64, y: 192, text: '国有资源(资产)有偿使' },
          ...row(204, '', '445700', '465293', '104.4').slice(1),
          { x: 64, y: 216, text: '用收入' },
          ...row(240, '本年收入合计', '6820000', '7336395', '107.6'),
        ],
        rules: frame,
      },
    ]);
    expect(texts(tables(doc)[0]!)).toEqual([
      ['预算科目', '年初预算数', '决算数', '完成预算%'],
      ['一、税收收入', '5490000', '5897633', '107.4'],
      ['增值税', '3020000', '3126852', '103.5'],
      ['国有资源(资产)有偿使用收入', '445700', '465293', '104.4'],
      ['本年收入合计', '6820000', '7336395', '107.6'],
    ]);
  });

  it('makes one table of a table continued on the next page, its repeated header dropped, each row on its page', async () => {
    const xs2 = [60, 300, 420];
    const page = (labels: [string, string][]): PdfPageSpec => {
      const all: [string, string][] = [['项目', '决算数'], ...labels];
      const ys2 = [...all.map((_, r) => 100 + 20 * r), 100 + 20 * all.length];
      return {
        texts: all.flatMap(([a, b], r) => [inCell(a, 60, 300, ys2[r]!, ys2[r + 1]!), inCell(b, 300, 420, ys2[r]!, ys2[r + 1]!, 'right')]),
        rules: grid(xs2, ys2),
      };
    };
    const doc = await read([
      page([
        ['一般公共服务支出', '2,106.66'],
        ['社会保障和就业支出', '326.72'],
      ]),
      page([
        ['住房保障支出', '445.69'],
        ['合计', '2,879.07'],
      ]),
    ]);
    expect(tables(doc)).toHaveLength(1);
    const [table] = tables(doc);
    expect(texts(table!).map((row) => row[0])).toEqual(['项目', '一般公共服务支出', '社会保障和就业支出', '住房保障支出', '合计']);
    expect(table!.rows.map((row) => row[0]!.place.page)).toEqual([1, 1, 1, 2, 2]);
    expect(table!.rows[4]![1]!.place).toEqual({ table: 1, row: 5, column: 2, page: 2 });
  });
});

describe('tables without rules', () => {
  it('reads lines whose pieces stand in columns, with figures in them, as a table', async () => {
    const line = (y: number, ...pieces: [number, string][]): PdfText[] => pieces.map(([x, text]) => ({ x, y, text }));
    const doc = await read([
      {
        texts: [
          ...paragraph('2024年收支情况如下表：', 80).texts,
          ...line(120, [72, '项目'], [300, '预算数'], [420, '决算数']),
          ...line(140, [72, '一般公共服务支出'], [300, '2,200.00'], [420, '2,106.66']),
          ...line(160, [72, '其中：'], [72, '']),
          ...line(180, [84, '行政运行'], [300, '1,600.00'], [420, '1,511.89']),
          ...line(200, [72, '住房保障支出'], [300, '450.00'], [420, '445.69']),
          ...paragraph('以上数据均为决算数。', 230).texts,
        ],
      },
    ]);
    expect(paragraphs(doc)).toEqual(['2024年收支情况如下表：', '以上数据均为决算数。']);
    expect(texts(tables(doc)[0]!)).toEqual([
      ['项目', '预算数', '决算数'],
      ['一般公共服务支出', '2,200.00', '2,106.66'],
      ['其中：', '', ''],
      ['行政运行', '1,600.00', '1,511.89'],
      ['住房保障支出', '450.00', '445.69'],
    ]);
  });

  it('leaves a name set apart from its title, and a contents page without figures, as text', async () => {
    const doc = await read([
      {
        texts: [
          { x: 150, y: 100, text: '石家庄市财政局局长' },
          { x: 330, y: 100, text: '王东华' },
          { x: 72, y: 140, text: '一、部门主要职能' },
          { x: 400, y: 140, text: '第一页' },
          { x: 72, y: 160, text: '二、部门机构设置' },
          { x: 400, y: 160, text: '第二页' },
          { x: 72, y: 180, text: '三、名词解释' },
          { x: 400, y: 180, text: '第三页' },
        ],
      },
    ]);
    expect(tables(doc)).toHaveLength(0);
    expect(paragraphs(doc)[0]).toBe('石家庄市财政局局长 王东华');
  });
});

describe('locations', () => {
  it('points every paragraph and cell at its line in the plain-text rendering, and names its page', async () => {
    const doc = await read([
      { texts: paragraph('第一页的说明文字。', 100).texts },
      { texts: [inCell('项目', 60, 200, 100, 120), inCell('金额', 200, 300, 100, 120), inCell('合计', 60, 200, 120, 140), inCell('100.00', 200, 300, 120, 140)], rules: grid([60, 200, 300], [100, 120, 140]) },
    ]);
    expect(misplacedCharacters(doc, doc.rendering!)).toEqual([]);
    const units = [...textUnits(doc)];
    expect(units.map((u) => u.place.page)).toEqual([1, 2, 2, 2, 2]);
    expect((units[4] as Cell).place).toEqual({ table: 1, row: 2, column: 2, page: 2 });
  });
});

describe('PDFs that cannot be read', () => {
  async function failure(bytes: Buffer, name: string): Promise<ReadError> {
    const error = await readDocument(folder.write(name, bytes)).catch((e: unknown) => e);
    if (!(error instanceof ReadError)) throw new Error(`expected a ReadError, got ${String(error)}`);
    return error;
  }

  it('says a scan has no text layer, with its page count', async () => {
    const error = await failure(buildPdf([{ image: true }, { image: true }, { image: true }]), '扫描件.pdf');
    expect(error.code).toBe('scanned-pdf');
    expect(error.text.zh).toBe(
      '“扫描件.pdf”（共 3 页）没有文字层，可能是扫描件或图片转成的 PDF，无法读取其中的文字和数字。请使用报告的 Word 原稿或带文字的 PDF；如只有扫描件，请先用 OCR 软件识别为文字后再检查。',
    );
    expect(error.text.en).toContain('"扫描件.pdf" (3 pages) has no text layer');
  });

  it('says a password-protected PDF needs its password removed', async () => {
    const error = await failure(buildPdf([{ texts: [{ x: 72, y: 100, text: '本年收入合计100万元。' }] }], { encrypted: true }), '加密.pdf');
    expect(error.code).toBe('encrypted-pdf');
    expect(error.text.zh).toBe('“加密.pdf”设有打开密码（PDF 已加密），无法读取。请用 PDF 阅读器输入密码打开，另存一份不加密的副本后重试。');
  });
});
