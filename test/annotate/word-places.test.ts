import { beforeAll, describe, expect, it } from 'vitest';
import { annotateDocx } from '../../src/annotate/docx-comments.js';
import { lintDocument } from '../../src/lint/linter.js';
import type { Diagnostic } from '../../src/lint/types.js';
import type { Place } from '../../src/model/document.js';
import { readDocx } from '../../src/readers/docx/index.js';
import { numberedHeadingsDocx, reportDocx, revisedReportDocx, textBoxDocx, withDocumentXml, WRONG_SUM } from './fixtures.js';
import { commentsOf, markPlaces, textAtMark } from './helpers.js';

const FILE = '/reports/report.docx';

/** A finding at `location`, as a rule would report it. */
function finding(location: Place, message = '测试批注'): Diagnostic {
  return {
    ruleId: 'test-rule',
    severity: 'warning',
    message: { zh: message, en: message },
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    excerpt: '',
    location,
  };
}

/** Where mammoth shows the marks of the comments added for `findings`, in their order. */
async function annotatedPlaces(docx: Buffer, findings: Diagnostic[]): Promise<{ places: (Place | undefined)[]; approximate: number }> {
  const copy = await annotateDocx(docx, findings, { lang: 'zh' });
  const { places } = await markPlaces(copy.bytes);
  const ids = (await commentsOf(copy.bytes)).map((c) => c.id);
  return { places: ids.map((id) => places.get(id)), approximate: copy.approximate };
}

let report: Buffer;
beforeAll(async () => {
  report = await reportDocx();
});

describe('where a comment is anchored', () => {
  it('puts a finding in a vertically merged cell on the cell that starts the merge', async () => {
    const { places, approximate } = await annotatedPlaces(report, [finding({ table: 1, row: 3, column: 1 })]);
    expect(places).toEqual([{ table: 1, row: 2, column: 1 }]);
    expect(approximate).toBe(0);
  });

  it('puts a finding in a column a cell spans on that cell', async () => {
    const { places } = await annotatedPlaces(report, [finding({ table: 1, row: 4, column: 4 })]);
    expect(places).toEqual([{ table: 1, row: 4, column: 2 }]);
  });

  it('puts several findings on one paragraph in their order', async () => {
    const copy = await annotateDocx(report, [finding({ paragraph: 2 }, '第一条'), finding({ paragraph: 2 }, '第二条')], { lang: 'zh' });
    const { places } = await markPlaces(copy.bytes);
    expect([...places.values()]).toEqual([{ paragraph: 2 }, { paragraph: 2 }]);
    expect((await commentsOf(copy.bytes)).map((c) => c.lines[0])).toEqual(['第一条', '第二条']);
  });

  it('puts a finding in a text box on the paragraph that holds the text box', async () => {
    const docx = await textBoxDocx();
    const findings = lintDocument(await readDocx(docx, FILE));
    expect(findings.map((f) => f.location)).toEqual([{ paragraph: 2 }, { paragraph: 3 }]);
    const copy = await annotateDocx(docx, findings, { lang: 'zh' });
    expect(copy.approximate).toBe(0);
    expect(await textAtMark(copy.bytes, '0')).toBe(WRONG_SUM);
    expect(await textAtMark(copy.bytes, '1')).toMatch(/^本年收入合计200万元/);
  });

  it('puts a finding after Word-numbered headings on its paragraph, an empty numbered one counted as the reader counts it', async () => {
    const docx = await numberedHeadingsDocx();
    const doc = await readDocx(docx, FILE);
    expect(doc.blocks.map((b) => b.kind === 'paragraph' && b.text)).toEqual(['某区文化馆2024年部门决算', '一、', '二、收支情况', WRONG_SUM]);
    const findings = lintDocument(doc).filter((f) => f.ruleId === 'sum-of-parts');
    expect(findings.map((f) => f.location)).toEqual([{ paragraph: 4 }]);
    const copy = await annotateDocx(docx, findings, { lang: 'zh' });
    expect(copy.approximate).toBe(0);
    expect(await textAtMark(copy.bytes, '0')).toBe(WRONG_SUM);
  });

  it('puts a finding in a footnote on the last body paragraph, and says where it is', async () => {
    const doc = await readDocx(report, FILE);
    const footnote = doc.blocks.at(-1)!;
    expect(footnote).toMatchObject({ kind: 'paragraph', text: '数据来源：单位财务报表。' });
    const place = (footnote as { place: { paragraph: number } }).place;
    const copy = await annotateDocx(report, [finding(place)], { lang: 'zh' });
    expect(copy.approximate).toBe(1);
    const { places } = await markPlaces(copy.bytes);
    expect([...places.values()]).toEqual([{ paragraph: place.paragraph - 1 }]);
    expect((await commentsOf(copy.bytes))[0]!.lines).toContain(
      `位置：第${place.paragraph}段（正文中找不到该处，批注加在它前面最近的位置）`,
    );
  });
});

describe('numbering as the reader does, whatever Word keeps in the file', () => {
  it('anchors every finding exactly on its place', async () => {
    const revised = await revisedReportDocx();
    const doc = await readDocx(revised, FILE);
    expect(doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toContain(`注：${WRONG_SUM}（第1页）`);
    const findings = lintDocument(doc);
    expect(findings.map((f) => f.location)).toEqual(
      expect.arrayContaining([{ paragraph: 2 }, { paragraph: 4 }, { table: 1, row: 2, column: 5 }, { table: 1, row: 4, column: 2 }]),
    );
    const { places, approximate } = await annotatedPlaces(revised, findings);
    expect(places).toEqual(findings.map((f) => f.location));
    expect(approximate).toBe(0);
  });

  it('anchors findings exactly in a table holding a Word symbol', async () => {
    const tick = '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>';
    const withSymbol = await withDocumentXml(report, (xml) => xml.replace(/(培训人数<\/w:t><\/w:r>)/, `$1${tick}`));
    const doc = await readDocx(withSymbol, FILE);
    const table = doc.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows[1]![2]!.text).toBe('培训人数\uF0FC'); // the symbol font's code
    const findings = lintDocument(doc).filter((f) => 'table' in f.location);
    expect(findings.length).toBeGreaterThan(0);
    const { places, approximate } = await annotatedPlaces(withSymbol, findings);
    expect(places).toEqual(findings.map((f) => f.location));
    expect(approximate).toBe(0);
  });
});

describe('a document that already has comments', () => {
  it('keeps the reviewer’s comments and gives the new ones ids of their own', async () => {
    const reviewed = await reportDocx({ reviewerComment: true });
    const findings = lintDocument(await readDocx(reviewed, FILE));
    const copy = await annotateDocx(reviewed, findings, { lang: 'zh' });
    const comments = await commentsOf(copy.bytes);
    expect(comments[0]).toMatchObject({ id: '0', author: '审核人', lines: ['请核对标题。'] });
    expect(comments.slice(1).map((c) => c.author)).toEqual(findings.map(() => 'budget-lint'));
    expect(new Set(comments.map((c) => c.id)).size).toBe(comments.length);
    const { places, marks } = await markPlaces(copy.bytes);
    expect(marks).toBe(findings.length + 1);
    expect(places.get('0')).toEqual({ paragraph: 3 });
    expect(comments.slice(1).map((c) => places.get(c.id))).toEqual(findings.map((f) => f.location));
  });
});
