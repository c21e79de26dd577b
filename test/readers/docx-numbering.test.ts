import {
  AlignmentType,
  Document as WordDocument,
  HeadingLevel,
  LevelFormat,
  LevelSuffix,
  Packer,
  Paragraph as WordParagraph,
  Table as WordTable,
  TableCell,
  TableRow,
  type ILevelsOptions,
} from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { rule as numberingRule } from '../../rules/numbering.js';
import { lintDocument } from '../../src/lint/linter.js';
import type { Document } from '../../src/model/document.js';
import { parseTxt } from '../../src/readers/txt.js';
import { readDocx } from '../../src/readers/docx/index.js';
import { formatNumber } from '../../src/readers/docx/numbering.js';
import { blockTexts, misplacedCharacters } from './helpers.js';

const read = (docx: Buffer): Promise<Document> => readDocx(docx, '/reports/report.docx');

function level(level: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string, options: Partial<ILevelsOptions> = {}): ILevelsOptions {
  return { level, format, text, alignment: AlignmentType.LEFT, ...options };
}

/** Headings as Chinese reports number them: 一、 （一） 1. （1） ①. */
const HEADING_LEVELS = [
  level(0, LevelFormat.CHINESE_COUNTING, '%1、'),
  level(1, LevelFormat.CHINESE_COUNTING, '（%2）'),
  level(2, LevelFormat.DECIMAL, '%3.'),
  level(3, LevelFormat.DECIMAL, '（%4）'),
  level(4, LevelFormat.DECIMAL_ENCLOSED_CIRCLE, '%5'),
];

type Numbered = [text: string, level: number];

/** A document whose paragraphs are numbered by Word in the 'headings' list; a plain string is not numbered. */
function numberedDocx(paragraphs: (Numbered | string)[], levels: ILevelsOptions[] = HEADING_LEVELS): Promise<Buffer> {
  return Packer.toBuffer(
    new WordDocument({
      numbering: { config: [{ reference: 'headings', levels }] },
      sections: [
        {
          children: paragraphs.map((p) =>
            typeof p === 'string' ? new WordParagraph(p) : new WordParagraph({ text: p[0], numbering: { reference: 'headings', level: p[1] } }),
          ),
        },
      ],
    }),
  );
}

async function paragraphTexts(docx: Buffer): Promise<string[]> {
  return (await read(docx)).blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
}

describe('Word automatic numbering in the text', () => {
  it('puts the number Word shows in front of each numbered paragraph, nested levels restarting under each parent', async () => {
    const docx = await numberedDocx([
      '某区文化馆2024年部门决算',
      ['基本情况', 0],
      ['部门职责', 1],
      ['机构设置', 1],
      '本部门设有办公室等内设机构。',
      ['收支情况', 0],
      ['收入情况', 1],
      ['财政拨款收入', 2],
      ['其他收入', 2],
      ['上级补助', 3],
      ['附属单位上缴', 3],
      ['立项依据是否充分？', 4],
      ['资金分配是否合理？', 4],
      ['支出情况', 1],
      ['基本支出', 2],
    ]);
    expect(await paragraphTexts(docx)).toEqual([
      '某区文化馆2024年部门决算',
      '一、基本情况',
      '（一）部门职责',
      '（二）机构设置',
      '本部门设有办公室等内设机构。',
      '二、收支情况',
      '（一）收入情况',
      '1.财政拨款收入',
      '2.其他收入',
      '（1）上级补助',
      '（2）附属单位上缴',
      '① 立项依据是否充分？',
      '② 资金分配是否合理？',
      '（二）支出情况',
      '1.基本支出',
    ]);
  });

  it('counts on past nine as Word does: 十、 十一、 十二、', async () => {
    const titles = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
    const texts = await paragraphTexts(await numberedDocx(titles.map((_, i): Numbered => [`第${i + 1}项`, 0])));
    expect(texts.slice(8)).toEqual(['九、第9项', '十、第10项', '十一、第11项', '十二、第12项']);
  });

  it('keeps the text on its line in the plain-text rendering, where every location points', async () => {
    const doc = await read(await numberedDocx([['收入决算情况说明', 0], '本年收入合计110万元。', ['支出决算情况说明', 0]]));
    expect(doc.rendering!.split('\n')).toEqual(['一、收入决算情况说明', '', '本年收入合计110万元。', '', '二、支出决算情况说明', '']);
    expect(misplacedCharacters(doc, doc.rendering!)).toEqual([]);
    expect(blockTexts({ blocks: parseTxt(doc.rendering!) })).toEqual(blockTexts(doc));
  });

  it('numbers paragraphs in table cells, counting on in document order', async () => {
    const cell = (text: string): TableCell => new TableCell({ children: [new WordParagraph({ text, numbering: { reference: 'headings', level: 2 } })] });
    const docx = await Packer.toBuffer(
      new WordDocument({
        numbering: { config: [{ reference: 'headings', levels: HEADING_LEVELS }] },
        sections: [
          {
            children: [
              new WordParagraph({ text: '主要工作', numbering: { reference: 'headings', level: 0 } }),
              new WordTable({ rows: [new TableRow({ children: [cell('开展培训'), cell('举办讲座')] })] }),
              new WordParagraph({ text: '组织展览', numbering: { reference: 'headings', level: 2 } }),
            ],
          },
        ],
      }),
    );
    expect(blockTexts(await read(docx))).toEqual(['一、主要工作', [['1.开展培训', '2.举办讲座']], '3.组织展览']);
  });

  it('separates a number not ending in a mark by a space, or by nothing when Word puts nothing there', async () => {
    const levels = [
      level(0, LevelFormat.DECIMAL_ENCLOSED_CIRCLE, '%1'),
      level(1, LevelFormat.DECIMAL_ENCLOSED_CIRCLE, '%2', { suffix: LevelSuffix.NOTHING }),
      level(2, LevelFormat.CHINESE_COUNTING, '%3、', { suffix: LevelSuffix.SPACE }),
    ];
    expect(await paragraphTexts(await numberedDocx([['甲', 0], ['乙', 1], ['丙', 2]], levels))).toEqual(['① 甲', '①乙', '一、丙']);
  });

  it('gives bullets and a level numbered "none" no text, and they do not count in other lists', async () => {
    const docx = await Packer.toBuffer(
      new WordDocument({
        numbering: {
          config: [
            { reference: 'headings', levels: HEADING_LEVELS },
            { reference: 'plain', levels: [level(0, LevelFormat.NONE, '%1.')] },
          ],
        },
        sections: [
          {
            children: [
              new WordParagraph({ text: '项目概况', numbering: { reference: 'headings', level: 0 } }),
              new WordParagraph({ text: '完成情况良好。', bullet: { level: 0 } }),
              new WordParagraph({ text: '群众满意度较高。', numbering: { reference: 'plain', level: 0 } }),
              new WordParagraph({ text: '绩效目标', numbering: { reference: 'headings', level: 0 } }),
            ],
          },
        ],
      }),
    );
    expect(await paragraphTexts(docx)).toEqual(['一、项目概况', '完成情况良好。', '群众满意度较高。', '二、绩效目标']);
  });
});

describe('Word list counters', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

  interface P {
    text: string;
    numId?: string;
    ilvl?: number;
    style?: string;
    /** The paragraph mark and text deleted with tracked changes. */
    deleted?: boolean;
  }

  function paragraphXml({ text, numId, ilvl, style, deleted }: P): string {
    const numPr = numId === undefined && ilvl === undefined ? '' : `<w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}${numId === undefined ? '' : `<w:numId w:val="${numId}"/>`}</w:numPr>`;
    const pStyle = style ? `<w:pStyle w:val="${style}"/>` : '';
    const mark = deleted ? '<w:rPr><w:del w:id="9" w:author="审核人"/></w:rPr>' : '';
    const run = deleted ? `<w:del w:id="8" w:author="审核人"><w:r><w:delText>${text}</w:delText></w:r></w:del>` : `<w:r><w:t>${text}</w:t></w:r>`;
    return `<w:p><w:pPr>${pStyle}${numPr}${mark}</w:pPr>${run}</w:p>`;
  }

  function levelXml(ilvl: number, format: string, text: string, extra = ''): string {
    return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;
  }

  const CHAPTERS = [levelXml(0, 'chineseCounting', '%1、'), levelXml(1, 'chineseCounting', '（%2）'), levelXml(2, 'decimal', '%3.')].join('');

  /** A .docx written part by part: the body's paragraphs, numbering.xml's content, styles.xml's. */
  async function wordFile(paragraphs: P[], numbering: string, styles = ''): Promise<Buffer> {
    const zip = new JSZip();
    const relationship = (id: string, type: string, target: string): string =>
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
    zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>');
    zip.file('_rels/.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationship('rId1', 'officeDocument', 'word/document.xml')}</Relationships>`);
    zip.file(
      'word/_rels/document.xml.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationship('rId1', 'numbering', 'numbering.xml')}${relationship('rId2', 'styles', 'styles.xml')}</Relationships>`,
    );
    zip.file('word/document.xml', `<w:document ${W}><w:body>${paragraphs.map(paragraphXml).join('')}</w:body></w:document>`);
    zip.file('word/numbering.xml', `<w:numbering ${W}>${numbering}</w:numbering>`);
    zip.file('word/styles.xml', `<w:styles ${W}>${styles}</w:styles>`);
    return zip.generateAsync({ type: 'nodebuffer' });
  }

  const texts = async (paragraphs: P[], numbering: string, styles?: string): Promise<string[]> => paragraphTexts(await wordFile(paragraphs, numbering, styles));

  it('share one count between instances of a list, restarting only where an instance overrides the start', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="3">${CHAPTERS}</w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="3"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="8"/></w:lvlOverride></w:num>
      <w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>`;
    const found = await texts(
      [{ text: '甲', numId: '1' }, { text: '乙', numId: '4' }, { text: '丙', numId: '2' }, { text: '丁', numId: '1' }],
      numbering,
    );
    expect(found).toEqual(['一、甲', '二、乙', '八、丙', '九、丁']);
  });

  it('show an empty numbered paragraph as its lone number, count no deleted one, and give numId 0 no number', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${CHAPTERS}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const found = await texts(
      [
        { text: '概况', numId: '1' },
        { text: '', numId: '1' },
        { text: '已删除的标题', numId: '1', deleted: true },
        { text: '绩效目标', numId: '1' },
        { text: '不编号的段落', numId: '0', ilvl: 0 },
      ],
      numbering,
    );
    expect(found).toEqual(['一、概况', '二、', '三、绩效目标', '不编号的段落']);
  });

  it('number paragraphs through their style, inherited with w:basedOn, and the level a list gives the style', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${levelXml(0, 'chineseCounting', '%1、', '<w:pStyle w:val="Heading1"/>')}${levelXml(1, 'chineseCounting', '（%2）', '<w:pStyle w:val="Heading2"/>')}</w:abstractNum>
      <w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>`;
    const styles = `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="ChapterTitle"><w:name w:val="Chapter Title"/><w:basedOn w:val="Heading1"/></w:style>
      <w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/></w:style>`;
    const found = await texts(
      [
        { text: '部门概况', style: 'Heading1' },
        { text: '主要职能', style: 'Heading2' },
        { text: '正文不编号。', style: 'BodyText' },
        { text: '收支情况', style: 'ChapterTitle' },
        { text: '取消编号的标题', style: 'Heading1', numId: '0' },
        { text: '收入', style: 'Heading2' },
      ],
      numbering,
      styles,
    );
    expect(found).toEqual(['一、部门概况', '（一）主要职能', '正文不编号。', '二、收支情况', '取消编号的标题', '（一）收入']);
  });

  it('follow a list defined through a numbering style (w:numStyleLink)', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="ReportList"/>${CHAPTERS}</w:abstractNum>
      <w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="ReportList"/></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`;
    const styles = '<w:style w:type="numbering" w:styleId="ReportList"><w:name w:val="Report List"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    expect(await texts([{ text: '甲', numId: '2' }, { text: '乙', numId: '2', ilvl: 1 }, { text: '丙', numId: '1' }], numbering, styles)).toEqual([
      '一、甲',
      '（一）乙',
      '二、丙',
    ]);
  });

  it('show every level in decimal on a legal level, and keep counting a level that w:lvlRestart 0 never restarts', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${levelXml(0, 'chineseCounting', '%1、')}${levelXml(1, 'decimal', '%1.%2', '<w:isLgl/>')}${levelXml(2, 'decimal', '（%3）', '<w:lvlRestart w:val="0"/>')}</w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const found = await texts(
      [
        { text: '甲', numId: '1', ilvl: 0 },
        { text: '甲一', numId: '1', ilvl: 1 },
        { text: '条目', numId: '1', ilvl: 2 },
        { text: '乙', numId: '1', ilvl: 0 },
        { text: '乙一', numId: '1', ilvl: 1 },
        { text: '条目', numId: '1', ilvl: 2 },
      ],
      numbering,
    );
    expect(found).toEqual(['一、甲', '1.1 甲一', '（1）条目', '二、乙', '2.1 乙一', '（2）条目']);
  });

  it('leave a numbered paragraph as it is when its list is not defined', async () => {
    expect(await texts([{ text: '甲', numId: '7' }], '')).toEqual(['甲']);
  });
});

describe('number formats', () => {
  it.each([
    ['chineseCounting', [1, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 1010], ['一', '九', '十', '十一', '十九', '二十', '二十一', '九十九', '一百', '一百零一', '一百一十', '一千零一十']],
    ['chineseCountingThousand', [10, 12], ['十', '十二']],
    ['ideographTraditional', [1, 2, 3, 10], ['甲', '乙', '丙', '癸']],
    ['ideographZodiac', [1, 12], ['子', '亥']],
    ['decimalEnclosedCircle', [1, 10, 20, 21], ['①', '⑩', '⑳', '21']],
    ['decimalEnclosedCircleChinese', [3], ['③']],
    ['upperLetter', [1, 26, 27], ['A', 'Z', 'AA']],
    ['lowerLetter', [2, 28], ['b', 'bb']],
    ['upperRoman', [4, 9, 14, 1999], ['IV', 'IX', 'XIV', 'MCMXCIX']],
    ['lowerRoman', [3], ['iii']],
    ['decimalZero', [3, 12], ['03', '12']],
    ['decimalFullWidth', [7, 12], ['７', '１２']],
    ['hebrew1', [5], ['5']],
  ])('%s', (format, numbers, expected) => {
    expect(numbers.map((n) => formatNumber(n, format))).toEqual(expected);
  });
});

describe('Word-numbered headings and the numbering rule', () => {
  /** A report whose chapter headings Word numbers: the last one in a second list that starts at `lastStart`. */
  function report(lastStart: number): Promise<Buffer> {
    const heading = (text: string, reference: string, levelIndex: number): WordParagraph =>
      new WordParagraph({ text, heading: levelIndex === 0 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, numbering: { reference, level: levelIndex } });
    return Packer.toBuffer(
      new WordDocument({
        numbering: {
          config: [
            { reference: 'chapters', levels: HEADING_LEVELS },
            { reference: 'continued', levels: [level(0, LevelFormat.CHINESE_COUNTING, '%1、', { start: lastStart }), ...HEADING_LEVELS.slice(1)] },
          ],
        },
        sections: [
          {
            children: [
              new WordParagraph({ text: '某区文化馆2024年部门决算', heading: HeadingLevel.HEADING_1 }),
              heading('收入决算情况说明', 'chapters', 0),
              heading('财政拨款收入', 'chapters', 1),
              new WordParagraph('2024年度财政拨款收入100万元。'),
              heading('其他收入', 'chapters', 1),
              new WordParagraph('2024年度其他收入10万元。'),
              heading('支出决算情况说明', 'chapters', 0),
              heading('基本支出', 'chapters', 1),
              new WordParagraph('2024年度基本支出60万元。'),
              heading('项目支出', 'chapters', 1),
              new WordParagraph('2024年度项目支出50万元。'),
              heading('财政拨款收入支出决算总体情况说明', 'continued', 0),
              new WordParagraph('2024年度财政拨款收入支出总计100万元。'),
            ],
          },
        ],
      }),
    );
  }

  it('reports a number Word skips', async () => {
    const doc = await read(await report(4));
    const findings = lintDocument(doc, { rules: [numberingRule] });
    expect(findings.map((d) => [d.location, d.excerpt, d.message.zh])).toEqual([
      [{ paragraph: 12 }, '四、财政拨款收入支出决算总体情况说明', '编号不连续：一、二之后应为三，此处为四'],
    ]);
  });

  it('finds nothing when Word numbers them in order', async () => {
    const doc = await read(await report(3));
    expect(doc.blocks.flatMap((b) => (b.kind === 'paragraph' && b.heading ? [b.text] : []))).toEqual([
      '某区文化馆2024年部门决算',
      '一、收入决算情况说明',
      '（一）财政拨款收入',
      '（二）其他收入',
      '二、支出决算情况说明',
      '（一）基本支出',
      '（二）项目支出',
      '三、财政拨款收入支出决算总体情况说明',
    ]);
    expect(lintDocument(doc, { rules: [numberingRule] })).toEqual([]);
  });
});
