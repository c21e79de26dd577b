import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/linter.js';
import { rule } from '../../rules/malformed-number.js';
import { buildDocument } from '../support/documents.js';
import { HAVE_SEED, lintSeedWith } from '../support/seed.js';

const lint = (...blocks: (string | string[][])[]) => lintDocument(buildDocument(blocks), { rules: [rule] });

describe('malformed-number', () => {
  it('reports a full stop typed for a decimal point, with the number it should be', () => {
    const text = '完成512名劳模春节慰问工作，需40。96万元，缺口21.16万元。';
    const [d, ...rest] = lint(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'malformed-number', severity: 'error', line: 1, column: text.indexOf('40。96') + 1, excerpt: '40。96万元' });
    expect(d!.message.zh).toBe('数字中间出现句号“。”，疑似小数点误写，应为“40.96万元”');
    expect(d!.message.en).toBe('A full stop "。" inside a number, probably a mistyped decimal point: "40.96万元"');
  });

  it('reports separators not in groups of three and mixed full-width digits, in paragraphs and cells', () => {
    const [grouping] = lint('发放补助1,2345元。');
    expect(grouping!.message.zh).toBe('千分位分隔符“,”未按每三位一组，疑似应为“12345元”');
    const [mixed] = lint([['项目', '金额'], ['慰问金', '1２3万元']]);
    expect(mixed).toMatchObject({ location: { table: 1, row: 2, column: 2 } });
    expect(mixed!.message.zh).toBe('数字混用全角和半角字符，应统一为“123万元”');
  });

  it('leaves well-formed numbers, dates and sentences that end after a number alone', () => {
    expect(lint('合计1,777,750元，即177.78万元；全角数字１２３万元。')).toEqual([]);
    expect(lint('截至2024.12.31，设置3.1.2项指标。共有车辆0辆。2024年完成。')).toEqual([]);
  });
});

describe.skipIf(!HAVE_SEED)('malformed-number on the reference report', () => {
  it('reports 40。96万元 in an indicator table and nothing else', async () => {
    const found = await lintSeedWith(rule);
    expect(found.map((d) => [d.line, d.excerpt, d.message.zh])).toEqual([
      [529, '40。96万元', '数字中间出现句号“。”，疑似小数点误写，应为“40.96万元”'],
    ]);
  });
});
