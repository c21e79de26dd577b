/**
 * The same report, published in another format, gives the same findings. LibreOffice turns
 * the samples' .docx into the PDF and the Word 97–2003 .doc a publisher would make of them,
 * and Calc saves their tables as .xlsx (one sheet per table, numbers stored as numbers with
 * the number format that shows them as written). Each must give the .docx's findings: the same
 * rules with the same arithmetic, located in the format's own terms (page, sheet and cell).
 *
 * Messages that point at another finding by its line in the plain-text rendering ("第238行")
 * name the line of each format's own rendering, which differ; they are compared without it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/linter.js';
import type { Diagnostic } from '../../src/lint/types.js';
import type { Document } from '../../src/model/document.js';
import { readDocument } from '../../src/readers/index.js';
import { convertWithOffice, OFFICE_SKIP_REASON } from '../support/office.js';
import { tablesAsFods } from '../support/spreadsheet-twin.js';

const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../samples');
const SAMPLES = ['planted-report', 'clean-report'] as const;

if (OFFICE_SKIP_REASON) console.warn(`Skipping the format parity tests: ${OFFICE_SKIP_REASON}.`);

/** What a finding says, without the line numbers of another finding's rendering. */
function said(d: Diagnostic): string {
  return `${d.ruleId} ${d.severity} ${d.message.zh.replace(/第\d+行/g, '第N行')}`;
}

describe.skipIf(OFFICE_SKIP_REASON !== undefined)('the samples published as PDF, .doc and .xlsx', () => {
  let work: string;
  const read = new Map<string, Document>();

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'budget-lint-parity-'));
    const profile = path.join(work, 'office-profile');
    for (const name of SAMPLES) {
      const docx = path.join(samples, `${name}.docx`);
      read.set(`${name}.docx`, await readDocument(docx));
      await convertWithOffice(docx, 'pdf', work, profile);
      await convertWithOffice(docx, 'doc:MS Word 97', work, profile);
      const fods = path.join(work, `${name}-tables.fods`);
      await writeFile(fods, await tablesAsFods(await readFile(docx)));
      await convertWithOffice(fods, 'xlsx:Calc Office Open XML', work, profile);
      for (const file of [`${name}.pdf`, `${name}.doc`, `${name}-tables.xlsx`]) read.set(file, await readDocument(path.join(work, file)));
    }
  }, 300_000);
  afterAll(() => (work ? rm(work, { recursive: true, force: true }) : undefined));

  const findings = (file: string): Diagnostic[] => lintDocument(read.get(file)!);

  it.each(SAMPLES)('%s as PDF gives the findings of its .docx, each on the page it is printed on', (name) => {
    const docx = findings(`${name}.docx`);
    const pdf = findings(`${name}.pdf`);
    expect(pdf.map(said).sort()).toEqual(docx.map(said).sort());
    expect(pdf.every((d) => typeof d.location.page === 'number' && d.location.page >= 1)).toBe(true);
    expect(read.get(`${name}.pdf`)!.pages).toBeGreaterThan(1);
  });

  it.each(SAMPLES)('%s as legacy .doc gives the findings of its .docx, in Word places', (name) => {
    const docx = findings(`${name}.docx`);
    const doc = findings(`${name}.doc`);
    expect(doc.map(said).sort()).toEqual(docx.map(said).sort());
    expect(doc.map((d) => d.location)).toEqual(docx.map((d) => d.location));
  });

  it.each(SAMPLES)("%s's tables as .xlsx give the findings its .docx tables give, by sheet and cell", (name) => {
    const docx = read.get(`${name}.docx`)!;
    const tablesOnly = lintDocument({ ...docx, blocks: docx.blocks.filter((b) => b.kind === 'table') });
    const xlsx = findings(`${name}-tables.xlsx`);
    expect(xlsx.map(said).sort()).toEqual(tablesOnly.map(said).sort());
    expect(xlsx.every((d) => d.location.sheet !== undefined && /^[A-Z]+\d+$/.test(d.location.cell ?? ''))).toBe(true);
  });

  it('finds the planted mistakes in every format, and nothing in the clean report', () => {
    expect(findings('planted-report.pdf').length).toBeGreaterThanOrEqual(20);
    expect(findings('planted-report-tables.xlsx').map((d) => d.ruleId).sort()).toEqual(['duplicate-indicator', 'sum-of-parts', 'target-vs-actual', 'target-vs-actual']);
    for (const file of ['clean-report.pdf', 'clean-report.doc', 'clean-report-tables.xlsx']) expect(findings(file)).toEqual([]);
  });
});
