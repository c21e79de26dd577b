/**
 * Low-level number reading: full-width digits, Chinese numerals and Arabic numbers with
 * thousands separators. Values are decimal.js, never floats; decimals are counted as
 * written because the rounding rules work from them (DESIGN, "Rounding").
 */
import { Decimal } from 'decimal.js';

const FULL_WIDTH_DIGIT = /[０-９．％]/g;
const HAS_FULL_WIDTH = /[０-９．％]/;
/** A full-width comma is a digit separator only inside a number typed in full width ("１，７７７"). */
const FULL_WIDTH_SEPARATOR = /(?<=[０-９])，(?=[０-９])/g;

/**
 * Maps full-width digits ０-９, "．" and "％" to ASCII, and "，" to "," where it separates
 * full-width digits. One character for one, so offsets stay valid. A "，" anywhere else is
 * the Chinese clause comma and is kept: "100，200万元" lists two numbers.
 */
export function normalizeDigits(s: string): string {
  if (!HAS_FULL_WIDTH.test(s)) return s; // as most text is: nothing to replace
  return s
    .replace(FULL_WIDTH_SEPARATOR, ',')
    .replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const CN_DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_LARGE_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** "二〇二四" style: every character a digit, read positionally (years written in Chinese). */
function positionalChinese(s: string): number | undefined {
  let value = 0;
  for (const c of s) {
    const d = CN_DIGIT[c];
    if (d === undefined) return undefined;
    value = value * 10 + d;
  }
  return value;
}

/**
 * Value of a Chinese numeral: 一 两 二 十二 一百二十 三千零五 一万二千 … and positional
 * digit strings such as 二〇二四. Undefined for anything else, including approximations like
 * "五六" (five or six) and a bare 百/千 ("百姓", "千家万户").
 */
export function parseChineseNumeral(s: string): Decimal | undefined {
  if (s.length === 0) return undefined;
  if (s.length > 1 && [...s].every((c) => c in CN_DIGIT) && !s.includes('两')) {
    const v = positionalChinese(s);
    return s.length >= 4 && v !== undefined ? new Decimal(v) : undefined;
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const c of s) {
    if (c in CN_DIGIT) {
      if (digit !== undefined && digit !== 0) return undefined; // two digits in a row
      digit = CN_DIGIT[c]!;
    } else if (c in CN_SMALL_UNIT) {
      // 十 may stand alone (十二 = 12); 百 and 千 need a digit before them.
      if (digit === undefined && (c !== '十' || section !== 0 || total !== 0)) return undefined;
      section += (digit ?? 1) * CN_SMALL_UNIT[c]!;
      digit = undefined;
    } else if (c in CN_LARGE_UNIT) {
      const part = section + (digit ?? 0);
      if (part === 0) return undefined;
      total = c === '亿' ? (total + part) * 1e8 : total + part * 1e4;
      section = 0;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return new Decimal(total + section + (digit ?? 0));
}

/** A well-formed Arabic number: plain, or grouped by three with ","; optional sign and decimals. */
const ARABIC = /^([-－−]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/**
 * Reads "1,777,750", "1309.54", "０.５" (full width), "-2.3". Undefined when the text is not
 * exactly one well-formed number ("1,2345", "1309.54.2").
 */
export function parseArabic(s: string): { value: Decimal; decimals: number } | undefined {
  const m = ARABIC.exec(normalizeDigits(s).trim());
  if (!m) return undefined;
  const digits = m[2]!.replace(/,/g, '');
  const fraction = m[3] ?? '';
  const text = (m[1] ? '-' : '') + digits + (fraction ? `.${fraction}` : '');
  return { value: new Decimal(text), decimals: fraction.length };
}
