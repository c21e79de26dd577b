/**
 * A number as a spreadsheet shows it: the cell's number format applied (decimals, thousands
 * separators, percent, the accounting dash for zero), by numfmt, which implements Excel's
 * format codes. The raw stored double is never used as the figure: "186.40" under a 0.00
 * format is a figure stated to two decimals, which is what the rounding rules must see.
 */
import { format } from 'numfmt';

/**
 * The format codes Excel does not store in styles.xml but knows by number (ECMA-376,
 * §18.8.30), with the dates as a Chinese Excel shows them.
 */
const BUILT_IN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'yyyy/m/d',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'yyyy/m/d h:mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm/d/yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  41: '_ * #,##0_ ;_ * \\-#,##0_ ;_ * "-"_ ;_ @_ ',
  42: '_ "¥"* #,##0_ ;_ "¥"* \\-#,##0_ ;_ "¥"* "-"_ ;_ @_ ',
  43: '_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ ',
  44: '_ "¥"* #,##0.00_ ;_ "¥"* \\-#,##0.00_ ;_ "¥"* "-"??_ ;_ @_ ',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mm:ss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** The format code of a number format id, given the workbook's own formats. */
export function formatCode(id: number, custom: ReadonlyMap<number, string>): string {
  return custom.get(id) ?? BUILT_IN[id] ?? 'General';
}

/**
 * The text a spreadsheet shows for a stored number. `showZeros` false is the sheet option
 * that shows zero values as empty cells. The padding and fill characters of accounting
 * formats ("_ * #,##0_ ") are layout, not text, and are trimmed.
 */
export function displayNumber(value: number, code: string, showZeros: boolean): string {
  if (value === 0 && !showZeros) return '';
  try {
    return format(code, value, { locale: 'zh-CN', nbsp: false }).trim();
  } catch {
    // A format numfmt cannot parse: show the number as General does.
    return format('General', value).trim();
  }
}
