import {
  extractEnumerations,
  type EnumerationStyle,
  type NumberedItem,
  type NumberedRun,
  type UnnumberedHeading,
} from '../src/extract/statements/enumerations.js';
import type { Localized, Report, Rule } from '../src/lint/types.js';

/**
 * Sibling headings and enumerations count 1, 2, 3 … without gaps, repeats or disorder; a
 * heading at their level that lost its number is reported when the layout makes it clear.
 */
export const rule: Rule = {
  meta: {
    id: 'numbering',
    defaultSeverity: 'warning',
    description: {
      zh: '编号跳号、重复、顺序错乱或标题缺少编号',
      en: 'Numbering has a gap, a duplicate, is out of order, or a heading lost its number',
    },
    docs: 'docs/rules/numbering.md',
  },
  check({ facts, report }) {
    const { runs, unnumbered } = facts.of(extractEnumerations);
    for (const run of runs) {
      checkStart(run, report);
      checkSteps(run, report);
    }
    for (const heading of unnumbered) reportUnnumbered(heading, report);
  },
};

/** Styles whose first item must be 1 when a run under a parent starts at 2. */
const START_CHECKED = new Set<EnumerationStyle>(['cn', 'cn-paren', 'arabic', 'arabic-paren']);
/** A run starting at 2 is clearly missing its first item only when it goes on for a while. */
const MIN_ITEMS_FOR_START = 3;

function checkStart(run: NumberedRun, report: (r: Report) => void): void {
  const first = run.items[0]!;
  if (run.kind !== 'sections' || !run.parent || !run.firstUnderParent || !START_CHECKED.has(run.style)) return;
  // Numbering carried on from the previous parent (一、二、 | 三、四、) is a style, not a gap.
  if (first.number !== 2 || run.previousEnd === 1 || run.earlierWritten || run.items.length < MIN_ITEMS_FOR_START) return;
  const one = numeral(run.style, 1);
  report(at(first, {
    zh: `编号应从${one}开始，此处第一项为${numeral(run.style, first.number)}，缺少${one}`,
    en: `Numbering should start at ${one}, but the first item is ${numeral(run.style, first.number)} (${one} is missing)`,
  }));
}

/** Walks the run; a gap or a repeat is reported where it occurs, disorder once per run. */
function checkSteps(run: NumberedRun, report: (r: Report) => void): void {
  const { items, style } = run;
  let since = 0;
  for (let i = 1; i < items.length; i++) {
    const previous = items[i - 1]!;
    const item = items[i]!;
    const expected = previous.number + 1;
    if (item.number === expected) continue;
    const prior = priorText(style, items.slice(since, i));
    const want = numeral(style, expected);
    const got = numeral(style, item.number);
    if (item.number === previous.number) {
      report(at(item, {
        zh: `编号重复：${prior}之后应为${want}，此处又写作${got}`,
        en: `Duplicate number: after ${prior} comes ${got} again; expected ${want}`,
      }));
    } else if (item.number > expected && !items.slice(i + 1).some((later) => later.number < item.number)) {
      const missing = range(expected, item.number - 1).map((n) => numeral(style, n)).join('、');
      const several = item.number - expected > 1;
      report(at(item, {
        zh: `编号不连续：${prior}之后应为${want}，此处为${got}${several ? `，缺少${missing}` : ''}`,
        en: `Numbering skips: after ${prior} comes ${got}; expected ${want}${several ? ` (${missing} missing)` : ''}`,
      }));
    } else {
      const written = items.map((x) => numeral(style, x.number)).join('、');
      const sorted = range(items[0]!.number, items[0]!.number + items.length - 1).map((n) => numeral(style, n)).join('、');
      report(at(item, {
        zh: `编号顺序错乱：依次写作${written}，应为${sorted}`,
        en: `Numbering out of order: written ${written}, expected ${sorted}`,
      }));
      return;
    }
    since = i;
  }
}

function reportUnnumbered({ source, after, expected }: UnnumberedHeading, report: (r: Report) => void): void {
  const style = after.style as EnumerationStyle;
  const title = source.text.trim();
  const start = source.text.indexOf(title);
  const suggestion = `${marker(style, expected)}${title}`;
  const previous = numeral(style, after.number);
  const want = numeral(style, expected);
  report({
    source,
    start,
    end: start + title.length,
    message: {
      zh: `标题缺少编号：它与“${after.marker}${after.title}”等标题同级，${previous}之后应为${want}，应写作“${suggestion}”`,
      en: `Heading without its number: it is a sibling of "${after.marker}${after.title}"; after ${previous} comes ${want}, so it should read "${suggestion}"`,
    },
  });
}

function at(item: NumberedItem, message: Localized): Report {
  return { source: item.source, start: item.start, end: item.end, message };
}

/** "5" for one item, "5、6" for two, "1至6" for a longer run (in the run's own numerals). */
function priorText(style: EnumerationStyle, items: NumberedItem[]): string {
  const first = numeral(style, items[0]!.number);
  const last = numeral(style, items[items.length - 1]!.number);
  if (items.length === 1) return first;
  return items.length === 2 ? `${first}、${last}` : `${first}至${last}`;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一. */
function chineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${CN_DIGITS[n % 10]}`;
}

/** A number as the style writes it inside a sentence: 三, （三）, 3, （3）, ③, 三是. */
function numeral(style: EnumerationStyle, n: number): string {
  switch (style) {
    case 'cn':
      return chineseNumber(n);
    case 'cn-paren':
      return `（${chineseNumber(n)}）`;
    case 'arabic':
      return String(n);
    case 'arabic-paren':
      return `（${n}）`;
    case 'circled':
      return CIRCLED[n - 1] ?? `(${n})`;
    case 'cn-shi':
      return `${chineseNumber(n)}是`;
    case 'part':
      return `第${chineseNumber(n)}部分`;
    case 'annex':
      return `附件${n}`;
  }
}

/** A number as a heading marker: 九、, （九）, 9. … */
function marker(style: EnumerationStyle, n: number): string {
  if (style === 'cn') return `${chineseNumber(n)}、`;
  if (style === 'arabic') return `${n}.`;
  return numeral(style, n);
}
