import { describe, expect, it } from 'vitest';
import { directiveInComment, parseDirective } from '../../src/directives/parse.js';

describe('parseDirective', () => {
  it('reads the kind, the rule ids and the reason', () => {
    expect(parseDirective('budget-lint-disable-next-line sum-of-parts -- 已与财务科核对')).toEqual({
      kind: 'disable-next-line',
      ruleIds: ['sum-of-parts'],
      reason: '已与财务科核对',
      text: 'budget-lint-disable-next-line sum-of-parts -- 已与财务科核对',
    });
  });

  it('reads every kind; no rule id means every rule', () => {
    expect(parseDirective('budget-lint-disable')).toMatchObject({ kind: 'disable', ruleIds: [] });
    expect(parseDirective('budget-lint-enable year-label')).toMatchObject({ kind: 'enable', ruleIds: ['year-label'] });
    expect(parseDirective('budget-lint-disable-file -- 历年数据')).toMatchObject({ kind: 'disable-file', ruleIds: [], reason: '历年数据' });
  });

  it('separates rule ids by commas (also Chinese ones) or spaces', () => {
    expect(parseDirective('budget-lint-disable sum-of-parts, percent-share，growth-rate、year-label numbering')?.ruleIds).toEqual([
      'sum-of-parts',
      'percent-share',
      'growth-rate',
      'year-label',
      'numbering',
    ]);
  });

  it('keeps a reason without " -- " among the rule ids, where it is reported as unknown', () => {
    expect(parseDirective('budget-lint-disable-next-line sum-of-parts 已核实')).toMatchObject({ ruleIds: ['sum-of-parts', '已核实'] });
    expect(parseDirective('budget-lint-disable-next-line sum-of-parts--x')).toMatchObject({ ruleIds: ['sum-of-parts--x'] });
  });

  it('is nothing else', () => {
    for (const text of ['budget-lint-disabled sum-of-parts', 'eslint-disable-next-line', 'see budget-lint-disable', 'budget-lint-disable-next-line-x']) {
      expect(parseDirective(text)).toBeUndefined();
    }
  });
});

describe('directiveInComment', () => {
  it('reads a comment that is all there is, whitespace aside', () => {
    expect(directiveInComment('  <!--budget-lint-disable-file-->  ')).toMatchObject({ kind: 'disable-file', ruleIds: [] });
    expect(directiveInComment('<!--\n  budget-lint-disable sum-of-parts\n-->')).toMatchObject({ kind: 'disable', ruleIds: ['sum-of-parts'] });
  });

  it('ignores other comments, text around the comment, and two comments on a line', () => {
    expect(directiveInComment('<!-- 备注 -->')).toBeUndefined();
    expect(directiveInComment('合计 <!-- budget-lint-disable -->')).toBeUndefined();
    expect(directiveInComment('<!-- budget-lint-disable --> <!-- budget-lint-enable -->')).toBeUndefined();
  });
});
