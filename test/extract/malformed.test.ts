import { describe, expect, it } from 'vitest';
import { findMalformedNumbers } from '../../src/extract/malformed.js';
import { HAVE_SEED, seedLines } from '../support/seed.js';
import { paragraphUnit } from '../support/units.js';

function malformed(text: string) {
  const found = findMalformedNumbers(paragraphUnit(text));
  for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.raw);
  return found;
}

describe('findMalformedNumbers: reported', () => {
  it('a full stop between digits before an amount', () => {
    const [m, ...rest] = malformed('全市512人，使用40。96万元，本次使用市财政资金13.8万元');
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ raw: '40。96万元', suggestion: '40.96万元', start: 9, end: 16 });
    expect(m!.reason.zh).toContain('疑似');
    expect(m!.reason.zh).toContain('40.96万元');
    expect(m!.reason.en).toContain('40.96万元');
  });

  it('a full stop between digits before a percentage', () => {
    expect(malformed('占26。04%')).toMatchObject([{ raw: '26。04%', suggestion: '26.04%' }]);
  });

  it('thousands separators not in groups of three', () => {
    expect(malformed('合计1,2345元')).toMatchObject([{ raw: '1,2345元', suggestion: '12345元' }]);
    expect(malformed('合计12,34.5万元')).toMatchObject([{ raw: '12,34.5万元', suggestion: '1234.5万元' }]);
    expect(malformed('共1,2345')).toMatchObject([{ raw: '1,2345', suggestion: '12345' }]);
    expect(malformed('合计１，２３４５元')).toMatchObject([{ raw: '１，２３４５元', suggestion: '12345元' }]);
    expect(malformed('合计1,2345元')[0]!.reason.zh).toContain('疑似');
  });

  it('full-width and ASCII digits mixed in one number', () => {
    expect(malformed('共1２3人')).toMatchObject([{ raw: '1２3人', suggestion: '123人' }]);
  });

  it('two decimal points', () => {
    const [m] = malformed('支出1309.54.2万元');
    expect(m).toMatchObject({ raw: '1309.54.2万元' });
    expect(m!.suggestion).toBeUndefined();
    expect(malformed('决算数1309.54.2')).toMatchObject([{ raw: '1309.54.2' }]);
  });

  it('a space between groups of three before an amount', () => {
    expect(malformed('合计12 345元')).toMatchObject([{ raw: '12 345元', suggestion: '12345元' }]);
  });

  it('each malformed number once, in order', () => {
    expect(malformed('使用40。96万元，合计1,2345元').map((m) => m.raw)).toEqual(['40。96万元', '1,2345元']);
  });
});

describe('findMalformedNumbers: not reported', () => {
  it.each([
    '完成预算100%。2024年度收入增加',
    '合计1309.54万元。与上年相比',
    '绩效自评得分为100。2024年度继续开展',
    '合计1,777,750元',
    '合计１，７７７，７５０元',
    '1、2、3项',
    '1,2,3',
    '2022,2023年度',
    '2024年1月12日',
    '2024.1.12',
    '2024-01-12',
    '1—12月预算执行总体进度为100 %',
    '3.1.2 项目概况',
    '3.1.2项目概况',
    'V1.2.3',
    '川财建〔2024〕108号',
    'GB 50016-2014',
    '分别为100，200万元',
    '1309.54万元',
    '２０２４年度',
    '',
    '没有数字的段落。',
  ])('%s', (text) => {
    expect(malformed(text)).toEqual([]);
  });
});

describe.skipIf(!HAVE_SEED)('findMalformedNumbers on the reference report', () => {
  it('reports the one full stop typed for a decimal point, and nothing else', () => {
    const found = seedLines().flatMap((line) => malformed(line).map((m) => m.raw));
    expect(found).toEqual(['40。96万元']);
  });
});
