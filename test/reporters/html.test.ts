import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/lint/types.js';
import { html } from '../../src/reporters/html.js';
import { highlightedLines, type HighlightSpan } from '../../src/reporters/html/highlight.js';
import type { FileResult } from '../../src/reporters/types.js';
import { cli, scratch, WRONG_TOTAL } from '../cli/helpers.js';
import { toDocx } from '../support/renditions.js';
import { result, shareWarning, sumError, unreadable } from './fixtures.js';

const zh = { lang: 'zh', color: false, cwd: '/reports' } as const;
const en = { ...zh, lang: 'en' } as const;

/** A span on one line, columns 1-based with the end just past the last character. */
function span(id: string, line: number, column: number, endColumn: number, severity: Diagnostic['severity'] = 'error'): HighlightSpan {
  return { id, severity, title: `message ${id}`, line, column, endLine: line, endColumn };
}

/** The text of each highlight with the findings it belongs to. */
function marks(htmlText: string): [string, string][] {
  return [...htmlText.matchAll(/<mark class="hl [^"]*" data-findings="([^"]*)"[^>]*>([^<]*)<\/mark>/g)].map((m) => [m[2]!, m[1]!]);
}

function withText(r: FileResult, text: string): FileResult {
  return { ...r, text };
}

describe('highlighting findings in the text', () => {
  it('marks the span a finding is about, numbered by line', () => {
    const out = highlightedLines('第一行\n本年支出合计100万元。\n', [span('f1-1', 2, 3, 10)]);
    expect(marks(out)).toEqual([['支出合计100', 'f1-1']]);
    expect(out.split('\n')).toHaveLength(2);
    expect(out).toContain('<span class="ln">2</span><span class="lt">本年<span class="anchor" id="f1-1"></span><mark');
  });

  it('cuts overlapping findings into pieces that name every finding covering them', () => {
    const out = highlightedLines('ABCDEFGH', [span('a', 1, 2, 6, 'warning'), span('b', 1, 4, 8)]);
    expect(marks(out)).toEqual([
      ['BC', 'a'],
      ['DE', 'a b'],
      ['FG', 'b'],
    ]);
    // the overlap takes the colour of the more severe finding
    expect(out).toContain('<mark class="hl sev-error" data-findings="a b"');
    expect(out).toContain('<mark class="hl sev-warning" data-findings="a"');
  });

  it('follows a finding over several lines, with one anchor where it starts', () => {
    const out = highlightedLines('line one\r\nline two\r\nline three', [{ ...span('m', 1, 6, 5), endLine: 3 }]);
    expect(marks(out)).toEqual([
      ['one', 'm'],
      ['line two', 'm'],
      ['line', 'm'],
    ]);
    expect(out.match(/id="m"/g)).toHaveLength(1);
  });

  it('shows a finding of no width as a marker at its place', () => {
    const out = highlightedLines('abc', [span('z', 1, 2, 2)]);
    expect(marks(out)).toEqual([]);
    expect(out).toContain('a<span class="anchor point sev-error" id="z" data-findings="z" title="message z"></span>bc');
  });

  it('escapes the document text and the messages', () => {
    const out = highlightedLines('<script>alert("x")</script> & <b>', [{ ...span('e', 1, 1, 9), title: '"><img src=x>' }]);
    expect(out).not.toMatch(/<script|<b>|<img/);
    expect(marks(out)).toEqual([['&lt;script&gt;', 'e']]);
    expect(out).toContain('</mark>alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;');
    expect(out).toContain('title="&quot;&gt;&lt;img src=x&gt;"');
  });
});

describe('html reporter', () => {
  const text = '部门决算\n本年支出合计100万元，其中基本支出60万元。\n'.repeat(10);
  const page = html([withText(result('/reports/2024/a.txt', [sumError, shareWarning]), text), unreadable, result('/reports/clean.txt', [])], zh);

  it('is one self-contained page: no scripts, styles, fonts or images from anywhere', () => {
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">`);
    expect(page).not.toMatch(/\bsrc=|<link|@import|url\(|https?:\/\//);
    expect(page.match(/<script>/g)).toHaveLength(1);
  });

  it('shows the totals and the counts by rule, each rule with a filter checkbox', () => {
    expect(page).toContain('<span class="count total" data-count="total">2</span> 个问题：');
    expect(page).toContain('data-count="error">1</span> 个错误');
    expect(page).toContain('data-count="warning">1</span> 个警告');
    const rows = [...page.matchAll(/<tr><td><input type="checkbox" checked data-rule-filter="([^"]+)"[^]*?<\/tr>/g)];
    expect(rows.map((r) => r[1])).toEqual(['percent-share', 'sum-of-parts']);
    expect(rows[1]![0]).toMatch(/<td class="n">1<\/td><td class="n">0<\/td><td class="n">0<\/td><\/tr>$/);
  });

  it('lists each finding with its message and a link to its highlight in the text', () => {
    expect(page).toContain('<a class="goto" href="#f1-1"><span class="pos">2:5</span> <span class="sev">错误</span> <code class="rule">sum-of-parts</code>');
    expect(page).toContain(`<span class="msg">${sumError.message.zh}</span>`);
    expect(page).toContain('<span class="anchor" id="f1-1"></span>');
    expect(marks(page)[0]).toEqual(['合计100万元', 'f1-1']);
  });

  it('says which files could not be read and which are clean', () => {
    expect(page).toContain(`<h2>scan.pdf</h2><p class="fatal">无法检查：${unreadable.fatal!.zh}</p>`);
    expect(page).toContain('<h2>clean.txt</h2><p class="note">未发现问题。</p>');
  });

  it('gives the Word place of .docx findings and explains what the line numbers refer to', () => {
    const docx = html([withText(result('/reports/a.docx', [shareWarning], 'docx'), text)], zh);
    expect(docx).toContain('<span class="place">表3 第2行第4列</span>');
    expect(docx).toContain('budget-lint --print-text');
  });

  it('speaks English with --lang en', () => {
    const english = html([withText(result('/reports/a.txt', [sumError]), text)], en);
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('<title>budget-lint report</title>');
    expect(english).toContain('data-count="total">1</span> problem: ');
    expect(english).toContain(`<span class="msg">${sumError.message.en}</span>`);
    expect(english.replace(/<span class="lt">.*?<\/span><\/div>/g, '').replace(/「[^」]*」|支出合计100万元/g, '')).not.toMatch(
      /[\u4e00-\u9fff]/,
    );
  });
});

describe('budget-lint --format html', () => {
  let dir: string;
  let remove: () => Promise<void>;
  beforeAll(async () => {
    const report = `2024年度部门决算说明\n${WRONG_TOTAL}`;
    ({ dir, remove } = await scratch({ 'a.txt': `\uFEFF${report}`, 'b.docx': await toDocx(report) }));
  });
  afterAll(() => remove());

  it('writes the page to the -o file, showing the text each finding points into', async () => {
    const { code, stdout, stderr } = await cli(['--format', 'html', '-o', 'out/report.html', 'a.txt', 'b.docx'], { cwd: dir });
    expect([code, stdout, stderr]).toEqual([1, '', '']);
    const page = await readFile(path.join(dir, 'out/report.html'), 'utf8');
    expect(page).toContain('<h2>a.txt <span class="meta">2024年度</span></h2>');
    // .txt: the file's own lines (byte order mark dropped); .docx: the --print-text rendering
    expect(page).toContain('<span class="ln">1</span><span class="lt">2024年度部门决算说明</span>');
    const found = marks(page);
    expect(found).toHaveLength(2);
    expect(found.every(([text]) => WRONG_TOTAL.includes(text))).toBe(true);
    expect(page).toContain('<span class="place">第2段</span>');
  });
});
