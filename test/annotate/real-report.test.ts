import { existsSync } from 'node:fs';
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonMessage, JsonResult } from '../../src/reporters/json.js';
import { cli, scratch } from '../cli/helpers.js';
import { SEED_DOCX } from '../support/seed.js';
import { commentsOf, convertToPdf, markPlaces, OFFICE_SKIP_REASON } from './helpers.js';

const HAVE_RENDITION = existsSync(SEED_DOCX);
if (!HAVE_RENDITION) console.warn(`Skipping the annotated real report: ${SEED_DOCX} is not here (only the project's own checkout has ../shared).`);

describe.skipIf(!HAVE_RENDITION)('the annotated real report (Word rendition, merged cells)', () => {
  let dir: string;
  let remove: () => Promise<void>;
  let findings: JsonMessage[];
  let annotated: Buffer;

  beforeAll(async () => {
    ({ dir, remove } = await scratch({}));
    await copyFile(SEED_DOCX, path.join(dir, 'report.docx'));
    const { stdout, stderr } = await cli(['--format', 'json', 'report.docx', '--annotate', 'annotated.docx'], { cwd: dir });
    expect(stderr).toBe('');
    findings = (JSON.parse(stdout) as JsonResult[])[0]!.messages;
    annotated = await readFile(path.join(dir, 'annotated.docx'));
  });
  afterAll(() => remove());

  it('turns every finding into a comment on its own paragraph or cell', async () => {
    expect(findings.length).toBeGreaterThan(10);
    expect(findings.some((f) => f.location && 'table' in f.location)).toBe(true);
    const comments = await commentsOf(annotated);
    expect(comments).toHaveLength(findings.length);
    comments.forEach((comment, i) => expect(comment.lines.join('\n')).toContain(findings[i]!.message));
    const { places, warnings } = await markPlaces(annotated);
    expect(warnings).toEqual([]);
    expect(comments.map((c) => places.get(c.id))).toEqual(findings.map((f) => f.location));
  });

  it.skipIf(OFFICE_SKIP_REASON !== undefined)('opens in LibreOffice with every comment', async () => {
    const { pdf, notes } = await convertToPdf(path.join(dir, 'annotated.docx'), dir, path.join(dir, 'office-profile'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(notes).toBe(findings.length);
  }, 300_000);
});
