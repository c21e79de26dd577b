import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textUnits, type Place } from '../../src/model/document.js';
import { readDocument } from '../../src/readers/index.js';
import type { JsonMessage, JsonResult } from '../../src/reporters/json.js';
import { cli, scratch, UNREADABLE } from '../cli/helpers.js';
import { cleanDocx, reportDocx, WRONG_SUM } from './fixtures.js';
import { commentsOf, convertToPdf, markPlaces, OFFICE_SKIP_REASON, partText, textAtMark, type WordComment } from './helpers.js';

let dir: string;
let remove: () => Promise<void>;
let original: Buffer;
/** The JSON report of report.docx, written together with out/annotated.docx. */
let findings: JsonMessage[];
let annotated: Buffer;
let comments: WordComment[];

async function jsonFindings(args: string[]): Promise<JsonMessage[]> {
  const { stdout } = await cli(['--format', 'json', ...args], { cwd: dir });
  return (JSON.parse(stdout) as JsonResult[])[0]!.messages;
}

beforeAll(async () => {
  original = await reportDocx();
  ({ dir, remove } = await scratch({
    'report.docx': original,
    'clean.docx': await cleanDocx(),
    'report.txt': `${WRONG_SUM}\n`,
    'broken.docx': UNREADABLE['broken.docx']!,
  }));
  const { code, stdout, stderr } = await cli(['--format', 'json', 'report.docx', '--annotate', 'out/annotated.docx'], { cwd: dir });
  expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
  findings = (JSON.parse(stdout) as JsonResult[])[0]!.messages;
  annotated = await readFile(path.join(dir, 'out/annotated.docx'));
  comments = await commentsOf(annotated);
});
afterAll(() => remove());

describe('--annotate out.docx', () => {
  it('finds what the fixture plants: in paragraphs 2 and 4 (same text) and in table cells', () => {
    expect(findings.map((f) => f.location)).toEqual(
      expect.arrayContaining([
        { paragraph: 2 },
        { paragraph: 4 },
        { table: 1, row: 2, column: 5 },
        { table: 1, row: 3, column: 5 },
        { table: 1, row: 4, column: 2 },
      ]),
    );
  });

  it('writes one comment per finding, by budget-lint, holding the message and the rule', () => {
    expect(comments).toHaveLength(findings.length);
    comments.forEach((comment, i) => {
      const finding = findings[i]!;
      expect(comment).toMatchObject({ author: 'budget-lint', initials: 'BL' });
      expect(comment.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(comment.lines.join('\n')).toContain(finding.message);
      expect(comment.lines).toContain(`原文：「${finding.excerpt}」`);
      expect(comment.lines.at(-1)).toBe(`${finding.ruleId} · 错误`);
    });
    expect(comments[0]!.lines[0]).toMatch(/60.*\+.*50.*= 110/); // the arithmetic, first
  });

  it('anchors each comment on the paragraph or cell of its finding, as mammoth reads it back', async () => {
    const { places, marks, warnings } = await markPlaces(annotated);
    expect(warnings).toEqual([]);
    expect(marks).toBe(findings.length);
    const anchoredAt = comments.map((comment) => places.get(comment.id));
    expect(anchoredAt).toEqual(findings.map((f) => f.location));
  });

  it('puts paragraph N on the Word paragraph with its text, and a cell on its cell', async () => {
    const doc = await readDocument(path.join(dir, 'report.docx'));
    const textOf = (place: Place): string | undefined =>
      [...textUnits(doc)].find((unit) => JSON.stringify(unit.place) === JSON.stringify(place))?.text;
    for (const [i, comment] of comments.entries()) {
      const expected = textOf(findings[i]!.location!);
      expect(expected).toBeDefined();
      expect(await textAtMark(annotated, comment.id)).toBe(expected);
    }
    expect(await textAtMark(annotated, comments.find((_, i) => 'paragraph' in findings[i]!.location!)!.id)).toBe(WRONG_SUM);
  });

  it('never modifies the original', async () => {
    expect((await readFile(path.join(dir, 'report.docx'))).equals(original)).toBe(true);
  });

  it('keeps the text: the copy gives the same findings at the same places', async () => {
    expect(await jsonFindings(['out/annotated.docx'])).toEqual(findings);
  });

  it('registers the comments part, as Word requires', async () => {
    expect(await partText(annotated, '[Content_Types].xml')).toMatch(
      /<Override PartName="\/word\/comments\.xml" ContentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.comments\+xml"\/>/,
    );
    expect(await partText(annotated, 'word/_rels/document.xml.rels')).toMatch(
      /Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/comments" Target="comments\.xml"/,
    );
  });

  it('writes the comments in English with --lang en', async () => {
    await cli(['--lang', 'en', 'report.docx', '--annotate', 'out/english.docx'], { cwd: dir });
    const english = await commentsOf(await readFile(path.join(dir, 'out/english.docx')));
    expect(english).toHaveLength(findings.length);
    expect(english[0]!.lines.join('\n')).toMatch(/= 110/);
    expect(english[0]!.lines.at(-1)).toBe(`${findings[0]!.ruleId} · error`);
    expect(english.flatMap((c) => c.lines).join('')).not.toMatch(/[错误原文]/);
  });

  it('comments what the report shows: with --quiet, errors only', async () => {
    const severities = { 'target-vs-actual': 'warning' } as const;
    const { code } = await cli(['--quiet', 'report.docx', '--annotate', 'out/quiet.docx'], { cwd: dir, severities });
    expect(code).toBe(1);
    const quiet = await commentsOf(await readFile(path.join(dir, 'out/quiet.docx')));
    const errors = findings.filter((f) => f.ruleId !== 'target-vs-actual');
    expect(errors.length).toBeLessThan(findings.length);
    expect(quiet.map((c) => c.lines[0])).toEqual(errors.map((f) => f.message.split('\n')[0]));
  });

  it('writes a copy without comments when nothing is found', async () => {
    const { code } = await cli(['clean.docx', '--annotate', 'clean-annotated.docx'], { cwd: dir });
    expect(code).toBe(0);
    expect(await commentsOf(await readFile(path.join(dir, 'clean-annotated.docx')))).toEqual([]);
  });

  it('replaces an existing output file', async () => {
    await writeFile(path.join(dir, 'old.docx'), 'an older copy');
    const { code } = await cli(['report.docx', '--annotate=old.docx'], { cwd: dir });
    expect(code).toBe(1);
    expect(await commentsOf(await readFile(path.join(dir, 'old.docx')))).toHaveLength(findings.length);
  });

  it.skipIf(OFFICE_SKIP_REASON !== undefined)('opens in LibreOffice, which converts it to PDF with every comment', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'budget-lint-office-'));
    const { pdf, notes } = await convertToPdf(path.join(dir, 'out/annotated.docx'), work, path.join(work, 'profile'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(notes).toBe(findings.length);
  }, 300_000);
  if (OFFICE_SKIP_REASON) console.warn(`Skipping the LibreOffice check: ${OFFICE_SKIP_REASON}.`);
});

describe('--annotate refuses what it cannot do, with exit code 2', () => {
  const exists = (file: string): Promise<boolean> =>
    stat(path.join(dir, file)).then(
      () => true,
      () => false,
    );

  it('works on .docx files only', async () => {
    const { code, stdout, stderr } = await cli(['report.txt', '--annotate', 'txt-annotated.docx'], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      '--annotate 只适用于 .docx 文件，report.txt 不是 .docx 文件。对 PDF、电子表格、.doc 等其他格式，请改用 HTML 报告（--format html -o 审核.html），它在全文中标出每个问题。\n',
    );
    expect(await exists('txt-annotated.docx')).toBe(false);
    const english = await cli(['--lang', 'en', 'report.txt', '--annotate', 'txt-annotated.docx'], { cwd: dir });
    expect(english.stderr).toBe(
      '--annotate works on .docx files only, and report.txt is not one. For PDF, spreadsheets, .doc and the other formats, use the HTML report instead (--format html -o review.html), which marks each finding in the full text.\n',
    );
  });

  it('annotates one file at a time', async () => {
    const { code, stderr } = await cli(['report.docx', 'clean.docx', '--annotate', 'both.docx'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe('--annotate 只能为一个文件写批注副本，但要检查的文件有 2 个。请每次只指定一个 .docx 文件。\n');
    expect(await exists('both.docx')).toBe(false);
  });

  it('never writes over the file it checks, however the path is spelled', async () => {
    const { code, stderr } = await cli(['report.docx', '--annotate', './out/../report.docx'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe(
      '--annotate 的输出文件 report.docx 就是被检查的文件本身，budget-lint 不会修改原文件。请另选输出路径，例如 report-批注.docx。\n',
    );
    expect((await readFile(path.join(dir, 'report.docx'))).equals(original)).toBe(true);
  });

  it('wants a file name, not a folder', async () => {
    const { code, stderr } = await cli(['report.docx', '--annotate', 'out'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe('--annotate 的输出路径 out 是一个目录。请给出要写入的 .docx 文件名。\n');
  });

  it('writes nothing for a file it cannot read, and says so', async () => {
    const { code, stderr } = await cli(['broken.docx', '--annotate', 'broken-annotated.docx'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^broken\.docx：.*\nbroken\.docx 无法读取，没有写出批注副本 broken-annotated\.docx。\n$/);
    expect(await exists('broken-annotated.docx')).toBe(false);
  });

  it('needs a value', async () => {
    const { code, stderr } = await cli(['report.docx', '--annotate'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain('选项 --annotate 缺少取值（应为 out.docx）。');
  });
});
