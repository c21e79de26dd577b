import { CommentRangeEnd, CommentRangeStart, CommentReference, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/readers/index.js';
import { tempFolder } from '../readers/helpers.js';
import { linting, WRONG_INCOME, WRONG_SPENDING } from './helpers.js';

/** A paragraph or cell text, with the Word comment (its paragraphs) anchored to it, if any. */
interface Commented {
  text: string;
  comment?: string[];
}
type WordBlock = Commented | { table: Commented[][] };

/** A .docx of these paragraphs and tables, with Word comments as a reviewer adds them. */
async function docxWith(blocks: WordBlock[]): Promise<Buffer> {
  const comments: { id: number; author: string; date: Date; children: Paragraph[] }[] = [];
  const paragraph = ({ text, comment }: Commented): Paragraph => {
    if (!comment) return new Paragraph({ children: [new TextRun(text)] });
    const id = comments.length;
    comments.push({ id, author: '审核人', date: new Date(0), children: comment.map((line) => new Paragraph({ children: [new TextRun(line)] })) });
    return new Paragraph({
      children: [new CommentRangeStart(id), new TextRun(text), new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })],
    });
  };
  const children = blocks.map((block) =>
    'table' in block
      ? new Table({ rows: block.table.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [paragraph(cell)] })) })) })
      : paragraph(block),
  );
  return Packer.toBuffer(new Document({ comments: { children: comments }, sections: [{ children }] }));
}

const lint = linting();
const folder = tempFolder();

describe('Word comments as directives', () => {
  it('reads only directive comments, located at the paragraph or cell they are anchored to', async () => {
    const file = folder.write(
      'read.docx',
      await docxWith([
        { text: '部门决算说明', comment: ['请核对标题'] },
        { text: WRONG_SPENDING, comment: ['budget-lint-disable-next-line sum-of-parts -- 已核实', '第二段是说明，不是指令'] },
        { table: [[{ text: '项目' }, { text: '100万元', comment: ['budget-lint-disable-next-line'] }]] },
      ]),
    );
    const doc = await readDocument(file);
    expect(doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : 'table'))).toEqual(['部门决算说明', WRONG_SPENDING, 'table']);
    expect(doc.directives).toEqual([
      {
        kind: 'disable-next-line',
        ruleIds: ['sum-of-parts'],
        reason: '已核实',
        text: 'budget-lint-disable-next-line sum-of-parts -- 已核实',
        start: { line: 3, column: 1 },
        end: { line: 3, column: WRONG_SPENDING.length + 1 },
        place: { paragraph: 2 },
      },
      {
        kind: 'disable-next-line',
        ruleIds: [],
        text: 'budget-lint-disable-next-line',
        start: { line: 6, column: 2 },
        end: { line: 6, column: 7 },
        place: { table: 1, row: 1, column: 2 },
      },
    ]);
  });

  it('disable-next-line disables the rule in the paragraph it is anchored to', async () => {
    const bytes = await docxWith([{ text: '部门决算说明' }, { text: WRONG_SPENDING, comment: ['budget-lint-disable-next-line sum-of-parts -- 已与财务科核对'] }, { text: WRONG_INCOME }]);
    expect(await lint('paragraph.docx', bytes)).toEqual([expect.stringMatching(/^5:sum-of-parts:error:财政拨款/)]);
  });

  it('disable-next-line disables the rule in the table cell it is anchored to', async () => {
    const bytes = await docxWith([
      { text: '部门决算说明' },
      { table: [[{ text: WRONG_SPENDING, comment: ['budget-lint-disable-next-line sum-of-parts'] }], [{ text: WRONG_INCOME }]] },
    ]);
    expect(await lint('cell.docx', bytes)).toEqual([expect.stringMatching(/^5:sum-of-parts:error:财政拨款/)]);
  });

  it('a comment on an empty paragraph applies to the next paragraph', async () => {
    const bytes = await docxWith([{ text: '部门决算说明' }, { text: '', comment: ['budget-lint-disable-next-line sum-of-parts'] }, { text: WRONG_SPENDING }, { text: WRONG_INCOME }]);
    expect(await lint('empty-anchor.docx', bytes)).toEqual([expect.stringMatching(/^5:sum-of-parts:error:财政拨款/)]);
  });

  it('disable … enable comments apply from the paragraph of one to the paragraph of the other', async () => {
    const bytes = await docxWith([
      { text: WRONG_SPENDING, comment: ['budget-lint-disable sum-of-parts'] },
      { text: WRONG_INCOME },
      { text: WRONG_SPENDING, comment: ['budget-lint-enable sum-of-parts'] },
    ]);
    expect(await lint('block.docx', bytes)).toEqual([expect.stringMatching(/^5:sum-of-parts:error:基本支出/)]);
  });

  it('disable-file in a comment anywhere disables the rule in the whole file', async () => {
    const bytes = await docxWith([{ text: '部门决算说明', comment: ['budget-lint-disable-file sum-of-parts'] }, { text: WRONG_SPENDING }, { text: WRONG_INCOME }]);
    expect(await lint('file.docx', bytes)).toEqual([]);
  });

  it('an unused directive is a warning at the paragraph it is anchored to', async () => {
    const bytes = await docxWith([{ text: '部门决算说明', comment: ['budget-lint-disable-next-line sum-of-parts'] }, { text: WRONG_SPENDING }]);
    const file = folder.write('unused.docx', bytes);
    expect(await lint('unused.docx', bytes)).toEqual([
      '1:unused-disable-directive:warning:此处的 budget-lint-disable-next-line sum-of-parts 未屏蔽任何问题，可删除',
      expect.stringMatching(/^3:sum-of-parts:error:/),
    ]);
    const { lintFile } = await import('../../src/cli/lint-file.js');
    const [unused] = (await lintFile(file)).diagnostics;
    expect(unused).toMatchObject({ location: { paragraph: 1 }, excerpt: 'budget-lint-disable-next-line sum-of-parts', column: 1, endColumn: 7 });
  });

  it('other comments change nothing', async () => {
    const bytes = await docxWith([{ text: WRONG_SPENDING, comment: ['请核对这个合计'] }]);
    expect(await lint('plain-comment.docx', bytes)).toEqual([expect.stringMatching(/^1:sum-of-parts:error:/)]);
  });
});
