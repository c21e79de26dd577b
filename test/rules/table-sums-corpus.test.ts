/**
 * table-row-sum, table-column-sum and table-balance on a real 部门决算 of ../shared/corpus
 * (whose tables add up: test/e2e/standard-report-findings.test.ts): a figure changed in a 款
 * row is found on that very cell.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/linter.js';
import type { Cell, Document } from '../../src/model/document.js';
import { readDocument } from '../../src/readers/index.js';
import { readStandardTables } from '../../src/tables/index.js';
import { rule as balance } from '../../rules/table-balance.js';
import { rule as columnSum } from '../../rules/table-column-sum.js';
import { rule as rowSum } from '../../rules/table-row-sum.js';
import { CORPUS, HAVE_CORPUS } from '../support/corpus.js';

const rules = [rowSum, columnSum, balance];
/** Each report read once: linting does not change a Document. */
const documents = new Map<string, Promise<Document>>();
function read(file: string): Promise<Document> {
  if (!documents.has(file)) documents.set(file, readDocument(path.join(CORPUS, file)));
  return documents.get(file)!;
}

describe.skipIf(!HAVE_CORPUS)('table sums on a real report', () => {
  it('finds a figure changed in a 款 row of the 支出决算表, on that cell', async () => {
    const doc = await read('gbc-shpt-caizhengju-2024-bumen-juesuan.pdf');
    const spending = readStandardTables(doc).tables.find((t) => t.kind === 'expenditure')!;
    const record = spending.records.find((r) => r.code?.level === 2 && r.values.size > 0)!;
    const figure = [...record.values.values()][0]!;
    const cell = figure.source as Cell;
    const written = cell.text;
    cell.text = written.replace(figure.raw, figure.value.plus(1).toFixed(figure.decimals));
    const found = lintDocument(doc, { rules });
    cell.text = written;
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((d) => d.location)).toEqual(found.map(() => cell.place));
  });
});
