import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/linter.js';
import type { Report, Rule, RuleContext } from '../../src/lint/types.js';
import type { Document, Paragraph } from '../../src/model/document.js';
import { buildDocument } from '../support/documents.js';

/** A rule that reports, in the first paragraph, each of the given spans. */
function reporting(id: string, spans: { start: number; end: number; severity?: Report['severity'] }[], defaultSeverity: Rule['meta']['defaultSeverity'] = 'error'): Rule {
  return {
    meta: { id, defaultSeverity, description: { zh: id, en: id }, docs: `docs/rules/${id}.md` },
    check({ doc, report }: RuleContext) {
      const first = doc.blocks[0] as Paragraph;
      for (const span of spans) report({ message: { zh: `${id} 中文`, en: `${id} English` }, source: first, ...span });
    },
  };
}

const text = '本年支出合计100万元，其中：基本支出60万元，项目支出50万元。';
const at = (s: string): { start: number; end: number } => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

describe('lintDocument', () => {
  it('resolves a report to its line, columns (end exclusive), excerpt and place', () => {
    const doc = buildDocument([text]);
    const [d] = lintDocument(doc, { rules: [reporting('demo', [at('支出合计100万元')])] });
    expect(d).toEqual({
      ruleId: 'demo',
      severity: 'error',
      message: { zh: 'demo 中文', en: 'demo English' },
      line: 1,
      column: 3,
      endLine: 1,
      endColumn: 12,
      excerpt: '支出合计100万元',
      location: { paragraph: 1 },
    });
  });

  it('widens a very short span to its clause so the excerpt says what it is about', () => {
    const doc = buildDocument([text]);
    const [d] = lintDocument(doc, { rules: [reporting('demo', [at('60万元')])] });
    expect(d!.excerpt).toBe('基本支出60万元');
    expect([d!.column, d!.endColumn]).toEqual([text.indexOf('60万元') + 1, text.indexOf('60万元') + 5]);
  });

  it('maps a span across joined source lines back to each line', () => {
    const paragraph: Paragraph = {
      kind: 'paragraph',
      heading: false,
      text: '支出合计100万元，其中基本支出60万元',
      // "支出合计100万元，" on line 4 from column 1, the rest on line 5 from column 3
      segments: [
        { offset: 0, start: { line: 4, column: 1 } },
        { offset: 10, start: { line: 5, column: 3 } },
      ],
      place: { paragraph: 2 },
    };
    const doc: Document = { path: '/r.txt', format: 'txt', blocks: [paragraph] };
    const lintSpan = (span: { start: number; end: number }) =>
      lintDocument(doc, { rules: [reporting('demo', [span])] }).map((d) => [d.line, d.column, d.endLine, d.endColumn]);
    // "100万元，" ends with the last character of line 4: the end stays on line 4
    expect(lintSpan({ start: 4, end: 10 })).toEqual([[4, 5, 4, 11]]);
    // "合计100万元，其中基本支出" runs on into line 5
    expect(lintSpan({ start: 2, end: 16 })).toEqual([[4, 3, 5, 9]]);
  });

  it('skips rules turned off, by default or by configuration', () => {
    const doc = buildDocument([text]);
    const offByDefault = reporting('quiet-rule', [at('合计')], 'off');
    const onByDefault = reporting('loud-rule', [at('合计')]);
    expect(lintDocument(doc, { rules: [offByDefault, onByDefault], severities: { 'loud-rule': 'off' } })).toEqual([]);
    expect(lintDocument(doc, { rules: [offByDefault], severities: { 'quiet-rule': 'warning' } })).toHaveLength(1);
  });

  it('uses a finding\'s own severity unless the rule\'s severity is configured', () => {
    const doc = buildDocument([text]);
    const rule = reporting('mixed', [{ ...at('合计'), severity: 'warning' }, at('项目支出')]);
    expect(lintDocument(doc, { rules: [rule] }).map((d) => d.severity)).toEqual(['warning', 'error']);
    expect(lintDocument(doc, { rules: [rule], severities: { mixed: 'info' } }).map((d) => d.severity)).toEqual(['info', 'info']);
  });

  it('reports a crashing rule as an error asking for a bug report, and keeps the other rules', () => {
    const doc = buildDocument([text]);
    const crashing: Rule = {
      meta: { id: 'broken', defaultSeverity: 'warning', description: { zh: '', en: '' }, docs: '' },
      check() {
        throw new TypeError('boom');
      },
    };
    const diagnostics = lintDocument(doc, { rules: [crashing, reporting('demo', [at('合计')])] });
    expect(diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([
      ['broken', 'error'],
      ['demo', 'error'],
    ]);
    expect(diagnostics[0]!.message.zh).toContain('规则 broken 运行出错（boom）');
    expect(diagnostics[0]!.message.zh).toContain('请附上该文件报告此问题');
    expect(diagnostics[0]!.message.en).toContain('Rule broken crashed (boom)');
    expect(JSON.stringify(diagnostics)).not.toContain('    at ');
  });

  it('sorts by line, column and rule id, and drops exact duplicates', () => {
    const doc = buildDocument([text]);
    const b = reporting('b-rule', [at('项目支出'), at('合计'), at('合计')]);
    const a = reporting('a-rule', [at('合计')]);
    const found = lintDocument(doc, { rules: [b, a] }).map((d) => `${d.column} ${d.ruleId}`);
    expect(found).toEqual([`${text.indexOf('合计') + 1} a-rule`, `${text.indexOf('合计') + 1} b-rule`, `${text.indexOf('项目支出') + 1} b-rule`]);
  });

  it('clamps offsets outside the text instead of failing', () => {
    const doc = buildDocument([text]);
    const [d] = lintDocument(doc, { rules: [reporting('demo', [{ start: text.length - 3, end: text.length + 40 }])] });
    expect(d!.endColumn).toBe(text.length + 1);
  });

  it('gives rules the report year from the options over the one in the titles', () => {
    const doc = buildDocument(['2023年度部门决算', text]);
    const yearRule: Rule = {
      ...reporting('year', []),
      check({ doc: d, facts, report }) {
        const title = d.blocks[0] as Paragraph;
        report({ message: { zh: String(facts.reportYear), en: '' }, source: title, start: 0, end: 4 });
      },
    };
    expect(lintDocument(doc, { rules: [yearRule] })[0]!.message.zh).toBe('2023');
    expect(lintDocument(doc, { rules: [yearRule], year: 2024 })[0]!.message.zh).toBe('2024');
  });

  it('runs the registered rules by default', () => {
    const doc = buildDocument(['本年支出合计100万元，其中：基本支出60万元，项目支出50万元。']);
    expect(lintDocument(doc).map((d) => d.ruleId)).toContain('sum-of-parts');
  });
});
