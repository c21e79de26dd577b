import {
  Document as WordDocument,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph as WordParagraph,
  Table as WordTable,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
} from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cell, Document, Paragraph, Table } from '../../src/model/document.js';
import { positionAt } from '../../src/model/document.js';
import { readDocx } from '../../src/readers/docx/index.js';
import { readDocument } from '../../src/readers/index.js';
import { parseTxt } from '../../src/readers/txt.js';
import { reportDocx, revisedReportDocx, textBoxDocx, withPartXml } from '../annotate/fixtures.js';
import { mammothBlocks, withoutSegments } from '../support/mammoth-blocks.js';
import { blockTexts, misplacedCharacters, tempFolder } from './helpers.js';

function cell(text: string, options: { merge?: 'restart' | 'continue'; span?: number } = {}): TableCell {
  const verticalMerge =
    options.merge === 'restart' ? VerticalMergeType.RESTART : options.merge === 'continue' ? VerticalMergeType.CONTINUE : undefined;
  return new TableCell({
    children: [new WordParagraph(text)],
    verticalMerge,
    columnSpan: options.span,
  });
}

function row(...cells: TableCell[]): TableRow {
  return new TableRow({ children: cells });
}

/** An indicator table whose 一级指标 cell is merged down over three rows, as Word keeps them. */
async function sampleDocx(): Promise<Buffer> {
  const document = new WordDocument({
    footnotes: { 1: { children: [new WordParagraph('数据来源：财务决算报表。')] } },
    sections: [
      {
        children: [
          new WordParagraph({ text: '某县文化馆2024年绩效评价报告', heading: HeadingLevel.HEADING_1 }),
          new WordParagraph(''),
          new WordParagraph({
            children: [new TextRun('全年预算数15.60万元，执行数15.20万元'), new FootnoteReferenceRun(1), new TextRun('。')],
          }),
          new WordTable({
            rows: [
              row(cell('一级指标'), cell('二级指标'), cell('三级指标'), cell('目标值'), cell('完成值')),
              row(cell('产出指标', { merge: 'restart' }), cell('数量指标'), cell('讲座次数'), cell('≥12次'), cell('14次')),
              row(cell('', { merge: 'continue' }), cell('质量指标'), cell('合格率'), cell('≥95%'), cell('98%')),
              row(cell('', { merge: 'continue' }), cell('时效指标'), cell('完成时间'), cell('≤1年'), cell('1年')),
              row(cell('满意度指标'), cell('服务对象满意度'), cell('群众满意度', { span: 3 })),
            ],
          }),
          new WordParagraph({ text: '二、评价结论', heading: HeadingLevel.HEADING_2 }),
          new WordParagraph({ text: '完成情况良好。', bullet: { level: 0 } }),
          new WordTable({ rows: [row(cell('合计'), cell('15.20万元'))] }),
          new WordParagraph('三、存在问题'),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

describe('.docx reader', () => {
  const folder = tempFolder();
  let doc: Document;
  beforeAll(async () => {
    doc = await readDocument(folder.write('报告.docx', await sampleDocx()));
  });

  const tables = (): Table[] => doc.blocks.filter((block): block is Table => block.kind === 'table');
  const paragraphs = (): Paragraph[] => doc.blocks.filter((block): block is Paragraph => block.kind === 'paragraph');

  it('reads paragraphs (without empty ones and footnote markers), headings, list items and tables', () => {
    expect(doc.format).toBe('docx');
    expect(blockTexts(doc)).toEqual([
      '某县文化馆2024年绩效评价报告',
      '全年预算数15.60万元，执行数15.20万元。',
      [
        ['一级指标', '二级指标', '三级指标', '目标值', '完成值'],
        ['产出指标', '数量指标', '讲座次数', '≥12次', '14次'],
        ['产出指标', '质量指标', '合格率', '≥95%', '98%'],
        ['产出指标', '时效指标', '完成时间', '≤1年', '1年'],
        ['满意度指标', '服务对象满意度', '群众满意度', '群众满意度', '群众满意度'],
      ],
      '二、评价结论',
      '完成情况良好。',
      [['合计', '15.20万元']],
      '三、存在问题',
      '数据来源：财务决算报表。',
    ]);
    expect(paragraphs().map((p) => p.heading)).toEqual([true, false, true, false, false, false]);
  });

  it('gives a vertically merged value to every row it spans, marked as merged', () => {
    const column1 = tables()[0]!.rows.map((cells) => cells[0] as Cell);
    expect(column1.map((c) => [c.text, c.merged, c.place.row, c.place.column])).toEqual([
      ['一级指标', false, 1, 1],
      ['产出指标', false, 2, 1],
      ['产出指标', true, 3, 1],
      ['产出指标', true, 4, 1],
      ['满意度指标', false, 5, 1],
    ]);
    const spanned = tables()[0]!.rows[4]!;
    expect(spanned.map((c) => [c.place.column, c.merged])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, true],
      [5, true],
    ]);
  });

  it('numbers paragraphs as Word counts non-empty body paragraphs, tables in document order', () => {
    expect(paragraphs().map((p) => p.place.paragraph)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(tables().map((t) => t.table)).toEqual([1, 2]);
    expect(tables()[1]!.rows[0]![1]!.place).toEqual({ table: 2, row: 1, column: 2 });
  });

  it('locates text in the plain-text rendering, merged copies where their original is', () => {
    expect(doc.rendering).toBeDefined();
    const rendering = doc.rendering ?? '';
    expect(misplacedCharacters(doc, rendering)).toEqual([]);
    const [original, copy] = [tables()[0]!.rows[1]![0]!, tables()[0]!.rows[2]![0]!];
    expect(positionAt(copy, 2)).toEqual(positionAt(original, 2));
    const lines = rendering.split('\n');
    const figure = paragraphs()[1]!;
    const at = positionAt(figure, figure.text.indexOf('15.20'));
    expect(lines[at.line - 1]?.slice(at.column - 1, at.column + 4)).toBe('15.20');
  });

  it('renders text that the .txt reader reads back into the same blocks, merged copies empty', () => {
    const back = parseTxt(doc.rendering ?? '');
    const expected = blockTexts({
      blocks: doc.blocks.map((block) =>
        block.kind === 'paragraph'
          ? block
          : { ...block, rows: block.rows.map((cells) => cells.map((c) => (c.merged ? { ...c, text: '' } : c))) },
      ),
    });
    expect(blockTexts({ blocks: back })).toEqual(expected);
  });
});

describe('.docx reader and mammoth', () => {
  const cases: [string, () => Promise<Buffer>][] = [
    ['headings, a list, merged cells and a footnote', sampleDocx],
    ['tracked changes, a content control, a field code and a deleted row', revisedReportDocx],
    ['a text box', textBoxDocx],
    ["a reviewer's comment", () => reportDocx({ reviewerComment: true })],
  ];
  it.each(cases)('read the same blocks from a document with %s', async (_, make) => {
    const docx = await make();
    const ours = (await readDocx(docx, '/reports/report.docx')).blocks;
    expect(ours.length).toBeGreaterThan(1);
    expect(withoutSegments(ours)).toEqual(withoutSegments(await mammothBlocks(docx)));
  });
});

describe('.docx headings', () => {
  /** The sample as Chinese Word saves it: heading styles with ids "1", "2" and the built-in names. */
  async function chineseStyleIds(): Promise<Buffer> {
    const renamed = await withPartXml(await sampleDocx(), 'word/styles.xml', (xml) => xml.replace(/w:styleId="Heading(\d)"/g, 'w:styleId="$1"'));
    return withPartXml(renamed, 'word/document.xml', (xml) => xml.replace(/<w:pStyle w:val="Heading(\d)"\/>/g, '<w:pStyle w:val="$1"/>'));
  }

  it('are paragraphs in a style named "heading N", whatever its id', async () => {
    const doc = await readDocx(await chineseStyleIds(), '/reports/report.docx');
    const headings = doc.blocks.filter((b): b is Paragraph => b.kind === 'paragraph' && b.heading).map((p) => p.text);
    expect(headings).toEqual(['某县文化馆2024年绩效评价报告', '二、评价结论']);
  });

  it('are not paragraphs in other styles, such as a list paragraph', async () => {
    const doc = await readDocx(await sampleDocx(), '/reports/report.docx');
    const others = doc.blocks.filter((b): b is Paragraph => b.kind === 'paragraph' && !b.heading).map((p) => p.text);
    expect(others).toEqual(['全年预算数15.60万元，执行数15.20万元。', '完成情况良好。', '三、存在问题', '数据来源：财务决算报表。']);
  });
});
