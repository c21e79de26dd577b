import { describe, expect, it } from 'vitest';
import { classNamed, parentCode, parseCode } from '../../src/tables/codes.js';

describe('科目编码', () => {
  it('reads 类/款/项 of the function classification and 类/款 of the economic one', () => {
    expect(parseCode('201')).toEqual({ digits: '201', system: 'function', level: 1 });
    expect(parseCode('20106')).toEqual({ digits: '20106', system: 'function', level: 2 });
    expect(parseCode('2010601')).toEqual({ digits: '2010601', system: 'function', level: 3 });
    expect(parseCode('301')).toEqual({ digits: '301', system: 'economic', level: 1 });
    expect(parseCode('30101')).toEqual({ digits: '30101', system: 'economic', level: 2 });
  });

  it('takes no other number for a code', () => {
    for (const digits of ['2024', '101', '2010', '3010101', '401', '20']) expect(parseCode(digits)).toBeUndefined();
  });

  it('goes one level up', () => {
    expect(parentCode(parseCode('2010601')!)).toBe('20106');
    expect(parentCode(parseCode('20106')!)).toBe('201');
    expect(parentCode(parseCode('30101')!)).toBe('301');
    expect(parentCode(parseCode('201')!)).toBeUndefined();
  });

  it('knows a 类 by the words of its name in every edition', () => {
    expect(classNamed('一般公共服务支出', 'function')).toBe('201');
    expect(classNamed('医疗卫生与计划生育支出', 'function')).toBe('210');
    expect(classNamed('卫生健康支出（类）', 'function')).toBe('210');
    expect(classNamed('工资福利支出', 'economic')).toBe('301');
    expect(classNamed('行政运行', 'function')).toBeUndefined();
  });
});
