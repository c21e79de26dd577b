import { describe, expect, it } from 'vitest';
import { normalizeDigits, parseArabic, parseChineseNumeral } from '../../src/extract/numbers.js';

describe('normalizeDigits', () => {
  it('maps full-width digits, point and percent to ASCII one for one', () => {
    const s = '收入０.５亿元，占２６.０４％，合计１３０９．５４万元';
    const n = normalizeDigits(s);
    expect(n).toBe('收入0.5亿元，占26.04%，合计1309.54万元');
    expect(n.length).toBe(s.length);
  });

  it('maps a full-width comma only between full-width digits', () => {
    expect(normalizeDigits('１，７７７，７５０元')).toBe('1,777,750元');
    // The clause comma after a number, or between ASCII digits, stays a clause comma.
    expect(normalizeDigits('分别为100，200万元，共3人')).toBe('分别为100，200万元，共3人');
  });
});

describe('parseChineseNumeral', () => {
  const cases: [string, number][] = [
    ['一', 1],
    ['两', 2],
    ['二', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百二十', 120],
    ['三千零五', 3005],
    ['两百', 200],
    ['一万二千', 12000],
    ['二十万零三百', 200300],
    ['一亿二千万', 120000000],
    ['二〇二四', 2024],
  ];
  it.each(cases)('%s = %d', (text, value) => {
    expect(parseChineseNumeral(text)?.toNumber()).toBe(value);
  });

  it.each(['', '百', '千', '万', '五六', '十四五', '十十', '一二', '是'])('%s is not a numeral', (text) => {
    expect(parseChineseNumeral(text)).toBeUndefined();
  });
});

describe('parseArabic', () => {
  it('reads thousands separators and counts decimals as written', () => {
    expect(parseArabic('1,777,750')).toEqual({ value: expect.anything(), decimals: 0 });
    expect(parseArabic('1,777,750')!.value.toString()).toBe('1777750');
    expect(parseArabic('1309.54')!.decimals).toBe(2);
    expect(parseArabic('1309.54')!.value.toString()).toBe('1309.54');
    expect(parseArabic('730')!.decimals).toBe(0);
    expect(parseArabic('0.525')!.decimals).toBe(3);
    expect(parseArabic('0.50')!.decimals).toBe(2);
  });

  it('reads full-width digits and a sign', () => {
    const r = parseArabic('０.５');
    expect(r?.value.toString()).toBe('0.5');
    expect(r?.decimals).toBe(1);
    expect(parseArabic('-2.3')?.value.toString()).toBe('-2.3');
  });

  it('keeps decimal values exact (no floats)', () => {
    const a = parseArabic('0.1')!.value;
    const b = parseArabic('0.2')!.value;
    expect(a.plus(b).toString()).toBe('0.3');
  });

  it.each(['1,2345', '12,34.5', '1309.54.2', '1.', '', '12a', '1,23'])('%s is not one well-formed number', (text) => {
    expect(parseArabic(text)).toBeUndefined();
  });
});
