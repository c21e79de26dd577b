/** Word documents for the annotated-copy tests, built with the docx package as Word would keep them. */
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document as WordDocument,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  Textbox,
  TextRun,
  VerticalMergeType,
} from 'docx';
import JSZip from 'jszip';

/** A parts-don't-add-up sentence: 60 + 50 = 110, not 100. */
export const WRONG_SUM = '本年支出合计100万元，其中：基本支出60万元，项目支出50万元。';
const CELL_WRONG_SUM = '全年培训经费合计20万元，其中：场地费12万元，讲师费10万元。';

function cell(text: string, options: { merge?: 'restart' | 'continue'; span?: number } = {}): TableCell {
  const verticalMerge =
    options.merge === 'restart' ? VerticalMergeType.RESTART : options.merge === 'continue' ? VerticalMergeType.CONTINUE : undefined;
  return new TableCell({ children: [new Paragraph(text)], verticalMerge, columnSpan: options.span });
}

function row(...cells: TableCell[]): TableRow {
  return new TableRow({ children: cells });
}

/**
 * Findings in paragraphs 2 and 4 (the same sentence twice), and in table 1 at row 2 and
 * row 3 column 5 (actuals below target) and row 4 column 2 (a wrong sum in a cell spanning
 * four columns). Column 1 is merged down over rows 2–3. A footnote comes last.
 */
export function reportDocx(options: { reviewerComment?: boolean } = {}): Promise<Buffer> {
  const reviewed = options.reviewerComment
    ? [new CommentRangeStart(0), new TextRun('一、收入支出决算总体情况说明'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })]
    : [new TextRun('一、收入支出决算总体情况说明')];
  const document = new WordDocument({
    comments: options.reviewerComment
      ? { children: [{ id: 0, author: '审核人', initials: 'SH', date: new Date('2025-03-01T09:00:00Z'), children: [new Paragraph('请核对标题。')] }] }
      : undefined,
    footnotes: { 1: { children: [new Paragraph('数据来源：单位财务报表。')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: '某区文化馆2024年部门决算', heading: HeadingLevel.HEADING_1 }),
          new Paragraph(''),
          new Paragraph(WRONG_SUM),
          new Paragraph({ children: reviewed }),
          new Table({
            rows: [
              row(cell('一级指标'), cell('二级指标'), cell('三级指标'), cell('年度目标值'), cell('实际完成值')),
              row(cell('产出指标', { merge: 'restart' }), cell('数量指标'), cell('培训人数'), cell('≥100人'), cell('80人')),
              row(cell('', { merge: 'continue' }), cell('质量指标'), cell('合格率'), cell('≥95%'), cell('90%')),
              row(cell('说明'), cell(CELL_WRONG_SUM, { span: 4 })),
            ],
          }),
          new Paragraph(WRONG_SUM),
          new Paragraph({ children: [new TextRun('以上数据均为决算数'), new FootnoteReferenceRun(1), new TextRun('。')] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** A report with nothing to find. */
export function cleanDocx(): Promise<Buffer> {
  return Packer.toBuffer(
    new WordDocument({ sections: [{ children: [new Paragraph('本年支出合计110万元，其中：基本支出60万元，项目支出50万元。')] }] }),
  );
}

/**
 * Headings numbered by Word, the first of them empty (Word still shows its "一、"), then a
 * wrong sum: paragraph 4 for the reader.
 */
export function numberedHeadingsDocx(): Promise<Buffer> {
  const heading = (text: string): Paragraph => new Paragraph({ text, numbering: { reference: 'headings', level: 0 } });
  return Packer.toBuffer(
    new WordDocument({
      numbering: { config: [{ reference: 'headings', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT }] }] },
      sections: [{ children: [new Paragraph('某区文化馆2024年部门决算'), heading(''), heading('收支情况'), new Paragraph(WRONG_SUM)] }],
    }),
  );
}

/** A wrong sum in a text box (paragraph 2 for the reader, which reads text boxes after their paragraph), and one after it. */
export function textBoxDocx(): Promise<Buffer> {
  return Packer.toBuffer(
    new WordDocument({
      sections: [
        {
          children: [
            new Paragraph('某区文化馆2024年部门决算'),
            new Textbox({ style: { width: '300pt', height: '50pt' }, children: [new Paragraph(WRONG_SUM)] }),
            new Paragraph('本年收入合计200万元，其中：财政拨款收入150万元，其他收入40万元。'),
          ],
        },
      ],
    }),
  );
}

const DELETED = 'w:id="90" w:author="审核人" w:date="2025-03-01T09:00:00Z"';
/** Tracked changes, a content control and a field code: none of them changes what the reader numbers. */
function revise(xml: string): string {
  const paragraphs = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>/g)].map((m) => m[0]);
  const [firstSum, secondSum] = paragraphs.filter((p) => p.includes(WRONG_SUM));
  const deletedMark = `<w:p><w:pPr><w:rPr><w:del ${DELETED}/></w:rPr></w:pPr><w:r><w:t>注：</w:t></w:r></w:p>`;
  const deletedRow = `<w:tr><w:trPr><w:del ${DELETED}/></w:trPr><w:tc><w:p><w:r><w:t>已删除的行</w:t></w:r></w:p></w:tc></w:tr>`;
  const field = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>（第1页）</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  return xml
    .replace(firstSum!, `<w:sdt><w:sdtPr><w:alias w:val="说明"/></w:sdtPr><w:sdtContent>${firstSum}</w:sdtContent></w:sdt>`)
    .replace(secondSum!, `${deletedMark}${secondSum!.replace('</w:p>', `${field}</w:p>`)}`)
    .replace('某区文化馆', `某区</w:t></w:r><w:del ${DELETED}><w:r><w:delText>图书馆</w:delText></w:r></w:del><w:r><w:t>文化馆`)
    .replace(/(<w:tbl>(?:(?!<w:tr>).)*<w:tr>(?:(?!<\/w:tr>).)*<\/w:tr>)/, `$1${deletedRow}`);
}

/** The report with tracked changes, a content control and a field code in it. */
export async function revisedReportDocx(): Promise<Buffer> {
  return withDocumentXml(await reportDocx(), revise);
}

/** `docx` with its word/document.xml passed through `edit` (for markup the docx package does not write). */
export function withDocumentXml(docx: Uint8Array, edit: (xml: string) => string): Promise<Buffer> {
  return withPartXml(docx, 'word/document.xml', edit);
}

/** `docx` with the XML part `partName` passed through `edit`. */
export async function withPartXml(docx: Uint8Array, partName: string, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file(partName)!.async('string');
  const edited = edit(xml);
  if (edited === xml) throw new Error('the edit changed nothing');
  zip.file(partName, edited);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
