/**
 * Reads every figure of one paragraph or cell: amounts, shares and rates, counts, standards,
 * years, dates, durations and bare numbers, with the comparator, range, per-units and label
 * words around them (DESIGN, "Numbers").
 *
 * The text is scanned once, left to right, by one module-level token regex; the words
 * around a token are read with sticky regexes at fixed offsets and with walks bounded by a
 * few dozen characters, so the cost stays linear in the length of the text.
 */
import { Decimal } from 'decimal.js';
import type { Comparator, Figure, FigureKind, TextUnit } from './figure.js';
import { findMalformedNumbers } from './malformed.js';
import { normalizeDigits, parseArabic, parseChineseNumeral } from './numbers.js';
import { codeUnits } from './text-spans.js';

// ---------------------------------------------------------------------------------------
// Units

type UnitClass =
  | 'money'
  | 'percent'
  | 'points' // 个百分点
  | 'count'
  | 'duration'
  | 'yearUnit' // 年/年度: a year after 2024, a duration after 1
  | 'month' // 12月 is a month of the year, a duration only with a comparator
  | 'day' // 12日 likewise
  | 'measure'; // 分, 倍, 平方米 …: a number with a unit that is none of the above

interface UnitInfo {
  cls: UnitClass;
  /** The base unit a rule compares: 名 → 人, 个月 → 月. */
  base: string;
}

function units(cls: UnitClass, spec: Record<string, string>): [string, UnitInfo][] {
  return Object.entries(spec).map(([written, base]) => [written, { cls, base: base || written }]);
}

/** Written unit → class and base unit. An empty base means "as written". */
const UNIT_TABLE = new Map<string, UnitInfo>([
  ...units('money', { 元: '' }),
  ...units('percent', { '%': '' }),
  ...units('points', { 个百分点: '百分点', 百分点: '' }),
  ...units('yearUnit', { 年度: '年', 年: '' }),
  ...units('month', { 月: '' }),
  ...units('day', { 日: '天' }),
  ...units('duration', { 个月: '月', 天: '', 个工作日: '天', 工作日: '天', 个小时: '小时', 小时: '', 分钟: '', 周: '' }),
  ...units('count', {
    人次: '', 户次: '', 名: '人', 位: '人', 人: '', 户: '', 家: '', 辆: '',
    '台（套）': '', '台(套)': '台（套）', 台: '', 套: '', 批次: '', 批: '', 次: '', 项: '',
    个: '', 所: '', 场: '', 期: '', 篇: '', 份: '', 条: '', 张: '', 本: '', 处: '', 村: '',
    站: '', 座: '', 间: '', 件: '', 种: '', 起: '',
  }),
  ...units('measure', {
    周岁: '岁', 岁: '', 分: '', 倍: '', 平方米: '', 平米: '平方米', '㎡': '平方米', 立方米: '',
    公里: '', 千米: '公里', 公顷: '', 亩: '', 吨: '', 公斤: '', 千克: '公斤',
  }),
]);

/** Measure words a Chinese numeral may stand before; "十分", "一起", "一倍" are words, not figures. */
const CHINESE_UNIT_CLASSES = new Set<UnitClass>(['money', 'count', 'duration', 'yearUnit', 'month', 'day']);
const NOT_FOR_CHINESE = new Set(['起', '种']);
/** A measure word that is really the start of another word: 一次性, 一站式, 一条龙, 三台县 … */
const MEASURE_IN_A_WORD = /(?:次性|站式|条龙|台[县区市]|位(?:小数|数字)|村一)/y;
/** Characters a measure word after a Chinese numeral can start with (余/多 for "十余人"). */
const CHINESE_NEXT = new Set([
  '余',
  '多',
  ...[...UNIT_TABLE].filter(([, info]) => CHINESE_UNIT_CLASSES.has(info.cls)).map(([written]) => written[0]!),
]);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const UNIT_ALTERNATION = [...UNIT_TABLE.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRe)
  .join('|');

const SPACE = '[ \\u00a0]?';
/**
 * After a number: an approximation (余/多, read as "more than"), a scale (万, 亿 …) and a
 * unit. "3万余元", "100余人", "1309.54万元", "300元".
 */
const UNIT_AFTER = new RegExp(`(?:(余|多)${SPACE})?(?:(百万|亿|万|千)(余|多)?)?(${UNIT_ALTERNATION})`, 'y');
/** A space before the unit only for money and percentages ("100 %"); "3.1 项目概况" is a heading. */
const SPACED_UNIT_AFTER = /[ \u00a0]()(百万|亿|万|千)?()(元|%)/y;
/** A scale with no unit after it: "3万". */
const SCALE_ONLY = /(余|多)?(百万|亿|万)(余|多)?/y;
const SCALES: Record<string, Decimal> = {
  千: new Decimal(1e3),
  万: new Decimal(1e4),
  百万: new Decimal(1e6),
  亿: new Decimal(1e8),
};
const ONE = new Decimal(1);

/** What a standard is per: "/人", then "/月" or "·次". */
const PER_STEP_FIRST = /[/／][ \t]*(人次|人|名|位|户|个|家|次|年|季度|月|天|日|村|站|项|场|期|批|所|辆|台|套|座|间|件|亩|平方米|公里|小时|周)/y;
const PER_STEP_NEXT = /[/／·•・][ \t]*(人次|人|名|位|户|个|家|次|年|季度|月|天|日|村|站|项|场|期|批|所|辆|台|套|座|间|件|亩|平方米|公里|小时|周)/y;
const PER_BASE: Record<string, string> = { 名: '人', 位: '人', 日: '天' };

/** "95%以上" → '>=', "3天以内" → '<='. A bare 内 ("1年内") only after a duration. */
const COMPARATOR_AFTER = /[ \t]*(?:(及以上|以上|（含）以上|\(含\)以上)|(及以下|以下|以内|之内|（含）以下|\(含\)以下)|(内))/y;

// ---------------------------------------------------------------------------------------
// Context before a number (all regexes are anchored at the end of a short window)

const COMPARATOR_WORDS: [Comparator, string[]][] = [
  ['>=', ['≥', '≧', '>=', '=>', '大于等于', '大于或等于', '不低于', '不少于', '不小于', '至少']],
  ['<=', ['≤', '≦', '<=', '=<', '小于等于', '小于或等于', '不多于', '不超过', '不高于', '不大于', '最多']],
  ['>', ['>', '＞', '大于', '高于', '超过', '多于']],
  ['<', ['<', '＜', '小于', '低于', '少于']],
];
const COMPARATOR_OF = new Map(COMPARATOR_WORDS.flatMap(([c, words]) => words.map((w): [string, Comparator] => [w, c])));
/** Leftmost match wins, so "不低于" is taken over "低于". */
const COMPARATOR_BEFORE = new RegExp(`(${[...COMPARATOR_OF.keys()].map(escapeRe).join('|')})[ \\t]*$`);
const NEGATIVE_BEFORE = /(?:^|[\s（(：:，,；;=为长率])[-－−]$/;
/** "每人每年0.08元", "人均2000元", "人均标准1000元" (words in between are kept in the label). */
const PER_BEFORE = /(人均|户均|(?:每(?:人|名|位|户|个|家|村|站|次|年|季度|月|天))+)([\u4e00-\u9fff]{0,8})$/;
const PER_WORD_BASE: Record<string, string> = { 人均: '人', 户均: '户' };
const ORDINAL_BEFORE = /第[ \t]*$/;
/** Numbers of captions and annexes (图1, 表2, 附件3) are not figures. */
const CAPTION_BEFORE = /(?:附件|附表|附图|图|表|序号)[ \t]*$/;
/** 占26.04%, 占本年支出合计的100%, 占比 … (not 占有, 占用). */
const SHARE_WORD = /占(?![有用地])/;

// ---------------------------------------------------------------------------------------
// Numbers, years, dates, ranges

/** One token: an Arabic number (dots kept together so "2024.1.12" stays one token) or a Chinese numeral. */
const NUMBER_TOKEN = /(\d+(?:,\d{3}(?!\d))*(?:\.\d+)*)|([零〇一二两三四五六七八九十百千万亿]+)/g;
const ARABIC_AT = /\d+(?:,\d{3}(?!\d))*(?:\.\d+)?(?![\d.])/y;
const CHINESE_AT = /[零〇一二两三四五六七八九十百千万亿]+/y;
const RANGE_CONNECTOR = /[ \t]*(?:-|－|—|–|~|～|〜|至|到)[ \t]*/y;
const YEAR_LIKE = /^(?:19|20)\d\d$/;
const DOTTED_DATE = /^(?:19|20)\d\d\.(0?[1-9]|1[0-2])\.(0?[1-9]|[12]\d|3[01])$/;
const DASHED_DATE = /(?:19|20)\d\d([-/])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?!\d)/y;
/** After a year: 年1月12日 / 年12月 (a date), 年底/年末/年初 (a date), 年度 / 年 (a year). */
const DATE_AFTER_YEAR = /年[ \t]*(\d{1,2})[ \t]*月(?:[ \t]*(\d{1,2})[ \t]*[日号])?/y;
const YEAR_SUFFIX = /年(?:度|(底|末|初))?/y;
const FOLLOWED_BY_HAO = /[ \t]*号/y;
const FOLLOWED_BY_NUMBER_HAO = /[）)][ \t]*\d+[ \t]*号/y;
const LATIN = /[A-Za-z_]/;
const LIST_MARK_AFTER = /[、.]/;
const LIST_MARK_BEFORE = /[\s。；;：:，,、（(）)]/;
const HAN_OR_SPACE = /[\u4e00-\u9fff\s]/;

// ---------------------------------------------------------------------------------------
// Labels

const MAX_LABEL_CHARS = 30;
const MAX_ITEM_CHARS = 60;
const CLAUSE_BOUNDARY = new Set([...'，,；;：:。！？!?\n\r\t、[]']);
/** Where the item named before a colon starts. */
const ITEM_BOUNDARY = codeUnits('，,；;。！？!?\n\r');
/** Words that still name a figure when nothing else does: a total, as opposed to its parts. */
const TOTAL_WORD = /总计|合计|共计|累计|共需|总额/;
const SENTENCE_END = /[。；;！？!?\n\r]/;
const HAN = /[\u4e00-\u9fff]/;
/**
 * Connector and verb words between a label and its figure, stripped from the end of the
 * label one after another: "本年支出合计" → "本年支出", "满意度达到了" → "满意度".
 * 预算数/执行数 are names (budget vs execution) and stay; only a following 为 goes.
 */
const TRAILING_CONNECTORS = new RegExp(
  `(?:${[
    '决算数为', '决算为', '决算数', '决算', '分别为', '均为', '总计为', '合计为', '共计为',
    '共计', '合计', '总计', '累计', '共需', '所需', '需要', '需', '达到了', '达到', '达', '约为', '约',
    '为', '是', '增加了', '增加', '减少了', '减少', '增长了', '增长', '下降了', '下降', '提高了',
    '提高', '降低了', '降低', '比上年度', '比上年', '较上年度', '较上年', '按照', '按', '各', '均',
    '共', '的', '了', '占', '等', '截至', '截止到', '截止', '主要用于', '用于', '至',
  ].join('|')})$`,
);
/** Words after which the label starts anew: "其中基本支出" → "基本支出". */
const LABEL_RESTART = /(?:其中|包括)/g;
/** A label that is only one of these after stripping names nothing: look further back. */
const GENERIC_LABEL = /^(?:支出|收入|资金|金额|经费|该项支出|该项)$/;
const LEADING_MARKER = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、．.]|\d{1,2}(?:[、．]|\.(?!\d))|[①-⑳])\s*/;
/** Punctuation left at the edges of a label; quotes go only when unpaired (see trimLabel). */
const EDGE_PUNCTUATION = /^[\s"'‘’.．、，,]+|[\s"'‘’]+$/g;

// ---------------------------------------------------------------------------------------

interface NumberRead {
  start: number;
  end: number;
  value: Decimal;
  decimals: number;
  chinese: boolean;
  yearLike: boolean;
}

interface UnitRead {
  end: number;
  /** Where the unit word itself starts (after spaces, 余/多 and the scale). */
  wordStart: number;
  info?: UnitInfo;
  scale: Decimal;
  approx: boolean;
}

/** A figure before its label is known. */
type Draft = Omit<Figure, 'label'>;
/**
 * A token that is no figure: where to resume scanning, and whether the words before the
 * next figure may reach back over it (they may over a list marker "1." but not over a
 * document number or a month range).
 */
interface Skip {
  resume: number;
  transparent?: boolean;
}

function execAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function readToken(token: string, start: number, chinese: boolean): NumberRead | undefined {
  const end = start + token.length;
  if (chinese) {
    const value = parseChineseNumeral(token);
    if (!value) return undefined;
    const yearLike = token.length === 4 && value.gte(1900) && value.lt(2100);
    return { start, end, value, decimals: 0, chinese, yearLike };
  }
  const read = parseArabic(token);
  if (!read) return undefined;
  return { start, end, ...read, chinese, yearLike: YEAR_LIKE.test(token) };
}

/** Reads the number at `start` (Arabic or Chinese) in normalized text: the right end of a range. */
function numberAt(text: string, start: number, chinese: boolean): NumberRead | undefined {
  const m = execAt(chinese ? CHINESE_AT : ARABIC_AT, text, start);
  return m ? readToken(m[0], start, chinese) : undefined;
}

function unitAt(text: string, pos: number): UnitRead {
  const m = execAt(UNIT_AFTER, text, pos) ?? execAt(SPACED_UNIT_AFTER, text, pos);
  if (m) {
    const written = m[4]!;
    const end = m.index + m[0].length;
    return {
      end,
      wordStart: end - written.length,
      info: UNIT_TABLE.get(written),
      scale: m[2] ? SCALES[m[2]]! : ONE,
      approx: Boolean(m[1] || m[3]),
    };
  }
  const s = execAt(SCALE_ONLY, text, pos);
  if (s) return { end: SCALE_ONLY.lastIndex, wordStart: SCALE_ONLY.lastIndex, scale: SCALES[s[2]!]!, approx: Boolean(s[1] || s[3]) };
  return { end: pos, wordStart: pos, scale: ONE, approx: false };
}

/** "/人/月", "/人·次" after a unit → ['人', '月'], ['人', '次']. */
function perAfter(text: string, pos: number): { per: string[]; end: number } {
  const per: string[] = [];
  for (let step = PER_STEP_FIRST, m = execAt(step, text, pos); m; step = PER_STEP_NEXT, m = execAt(step, text, pos)) {
    per.push(PER_BASE[m[1]!] ?? m[1]!);
    pos = step.lastIndex;
  }
  return { per, end: pos };
}

/** "每人每年" → ['人', '年'], "人均" → ['人']. */
function perWords(words: string): string[] {
  const word = PER_WORD_BASE[words];
  if (word) return [word];
  return words
    .split('每')
    .filter(Boolean)
    .map((w) => PER_BASE[w] ?? w);
}

/** 1. 2、 （3） at the start of a list item (not "1.5万元", whose dot is a decimal point). */
function isListMarker(text: string, num: NumberRead): boolean {
  if (num.end - num.start > 2 || num.decimals !== 0) return false;
  const before = text[num.start - 1] ?? '';
  const after = text[num.end] ?? '';
  if ((before === '（' || before === '(') && (after === '）' || after === ')')) return true;
  return (num.start === 0 || LIST_MARK_BEFORE.test(before)) && LIST_MARK_AFTER.test(after);
}

/** 川财建〔2024〕108号, 川工发〔85〕59号, （2024）3号: document numbers are not figures. */
function isDocumentNumber(text: string, num: NumberRead): boolean {
  const before = text[num.start - 1] ?? '';
  const after = text[num.end] ?? '';
  if (execAt(FOLLOWED_BY_HAO, text, num.end)) return true;
  if (before !== '' && after !== '' && '〔［[【'.includes(before) && '〕］]】'.includes(after)) return true;
  return (before === '（' || before === '(') && execAt(FOLLOWED_BY_NUMBER_HAO, text, num.end) !== null;
}

/** Whether `pos` starts a line (only white space before it on the line). */
const NEWLINE = 0x0a;
const LINE_INDENT = codeUnits(' \t\u3000');

function atLineStart(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) return true;
    if (!LINE_INDENT.has(c)) return false;
  }
  return true;
}

function yearOrDate(text: string, num: NumberRead): { end: number; kind: FigureKind } | undefined {
  const date = execAt(DATE_AFTER_YEAR, text, num.end);
  if (date) {
    const month = Number(date[1]);
    const day = date[2] === undefined ? 1 : Number(date[2]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return { end: DATE_AFTER_YEAR.lastIndex, kind: 'date' };
  }
  const year = execAt(YEAR_SUFFIX, text, num.end);
  if (!year) return undefined;
  return { end: YEAR_SUFFIX.lastIndex, kind: year[1] ? 'date' : 'year' };
}

/** Kind and base unit of a number with the unit read after it; undefined when it is no figure (a month, 十分 …). */
function classify(num: NumberRead, unit: UnitRead, hasComparator: boolean): { kind: FigureKind; unit: string } | undefined {
  const info = unit.info;
  if (!info) return { kind: 'number', unit: '' };
  if (num.chinese && (!CHINESE_UNIT_CLASSES.has(info.cls) || NOT_FOR_CHINESE.has(info.base))) return undefined;
  switch (info.cls) {
    case 'money':
      return { kind: 'amount', unit: '元' };
    case 'percent':
      return { kind: 'rate', unit: '%' };
    case 'points':
      return { kind: 'rate', unit: info.base };
    case 'count':
      return { kind: 'count', unit: info.base };
    case 'duration':
      return { kind: 'duration', unit: info.base };
    case 'yearUnit':
      // 1年 is a duration; 一年 only with a comparator (一年来, 一年一度 are phrases).
      return !num.chinese || hasComparator ? { kind: 'duration', unit: '年' } : undefined;
    case 'month':
    case 'day':
      // 12月, 1—12月, 十三月 name months; ≤3月 is a duration.
      return hasComparator ? { kind: 'duration', unit: info.base } : undefined;
    case 'measure':
      return { kind: 'number', unit: info.base };
  }
}

function comparatorBefore(text: string, floor: number, start: number): { comparator?: Comparator; start: number } {
  const window = text.slice(Math.max(floor, start - 6), start);
  const m = COMPARATOR_BEFORE.exec(window);
  if (!m) return { start };
  return { comparator: COMPARATOR_OF.get(m[1]!), start: start - (window.length - m.index) };
}

/** The comparator written after the figure ("以上", "以内"; a bare "内" only after durations). */
function comparatorAfter(text: string, pos: number, unit: UnitRead): { comparator?: Comparator; end: number } {
  const m = execAt(COMPARATOR_AFTER, text, pos);
  if (!m) return { end: pos };
  if (m[1]) return { comparator: '>=', end: COMPARATOR_AFTER.lastIndex };
  if (m[2]) return { comparator: '<=', end: COMPARATOR_AFTER.lastIndex };
  const duration = unit.info && ['duration', 'yearUnit', 'month', 'day'].includes(unit.info.cls);
  return duration ? { comparator: '<=', end: COMPARATOR_AFTER.lastIndex } : { end: pos };
}

/** "5000-25000元/人", "5000～25000元", "1—12月": the right end and its unit, when there is one. */
function rangeAfter(text: string, num: NumberRead, unit: UnitRead): { max: Decimal; unit: UnitRead } | undefined {
  if (unit.info?.cls === 'yearUnit' || !execAt(RANGE_CONNECTOR, text, unit.end)) return undefined;
  const right = numberAt(text, RANGE_CONNECTOR.lastIndex, num.chinese);
  if (!right || right.value.lt(num.value)) return undefined;
  const rightUnit = unitAt(text, right.end);
  if (!rightUnit.info || (unit.info && unit.info !== rightUnit.info)) return undefined;
  return { max: right.value, unit: rightUnit };
}

interface Scan {
  text: string;
  unit: TextUnit;
  /** End of the previous figure (or skipped number): the words before a figure stop there. */
  floor: number;
}

function dated(scan: Scan, num: NumberRead, end: number, kind: FigureKind): Draft {
  return {
    source: scan.unit,
    start: num.start,
    end,
    raw: scan.unit.text.slice(num.start, end),
    value: num.value,
    decimals: num.decimals,
    unit: '年',
    scale: ONE,
    kind,
  };
}

/** Reads the figure whose number token is `m`, or says where to resume when it is none. */
function readFigure(scan: Scan, m: RegExpExecArray): Draft | Skip {
  const { text } = scan;
  const chinese = m[2] !== undefined;
  const token = m[0];
  const start = m.index;
  const tokenEnd = start + token.length;
  // Chinese numeral characters are everywhere in words (一是, 统一); most are followed by no measure word.
  if (chinese && !CHINESE_NEXT.has(text[tokenEnd] ?? '')) return { resume: tokenEnd, transparent: true };
  const before = text.slice(Math.max(scan.floor, start - 8), start);
  if (ORDINAL_BEFORE.test(before)) return { resume: tokenEnd, transparent: chinese };

  if (!chinese) {
    if (token.split('.').length > 2) {
      // 2024.1.12 is a date; other dotted runs are section numbers (or malformed, reported elsewhere).
      return DOTTED_DATE.test(token) ? dated(scan, readToken(token.slice(0, 4), start, false)!, tokenEnd, 'date') : { resume: tokenEnd };
    }
    if (execAt(DASHED_DATE, text, start)) return dated(scan, readToken(token.slice(0, 4), start, false)!, DASHED_DATE.lastIndex, 'date');
  }
  const num = readToken(token, start, chinese);
  if (!num) return { resume: tokenEnd, transparent: true };
  if (chinese && text[start - 1] === '每' && num.value.eq(1)) return { resume: tokenEnd, transparent: true }; // 每一位
  if (!chinese) {
    if (LATIN.test(text[start - 1] ?? '') || LATIN.test(text[tokenEnd] ?? '')) return { resume: tokenEnd }; // image1, 5G
    if (isDocumentNumber(text, num)) return { resume: tokenEnd };
    if (isListMarker(text, num)) return { resume: tokenEnd, transparent: true };
  }

  if (num.yearLike) {
    const year = yearOrDate(text, num);
    if (year) return dated(scan, num, year.end, year.kind);
  }

  let { comparator, start: rawStart } = comparatorBefore(text, scan.floor, start);
  if (!chinese && !comparator && NEGATIVE_BEFORE.test(text.slice(Math.max(0, start - 2), start))) {
    rawStart = start - 1;
    num.value = num.value.neg();
  }

  let unit = unitAt(text, num.end);
  const range = rangeAfter(text, num, unit);
  if (range) unit = range.unit;
  if (unit.info && execAt(MEASURE_IN_A_WORD, text, unit.wordStart)) return { resume: unit.end, transparent: chinese };
  const per = perAfter(text, unit.end);
  const after = comparatorAfter(text, per.end, unit);
  const end = after.end;
  comparator ??= after.comparator ?? (unit.approx ? '>' : undefined);

  if (num.yearLike && range && unit.info?.cls === 'yearUnit') {
    return { ...dated(scan, num, end, 'year'), range: { min: num.value, max: range.max } };
  }
  const classified = classify(num, unit, comparator !== undefined);
  if (!classified) return { resume: end, transparent: chinese };
  if (classified.kind === 'number' && classified.unit === '') {
    // A bare Chinese numeral is a word (一是, 统一); 图1 is a caption; "3.1 概况" a heading.
    const heading = atLineStart(text, start) && HAN_OR_SPACE.test(text[end] ?? '');
    if (chinese || heading || CAPTION_BEFORE.test(before)) return { resume: end, transparent: chinese };
  }

  let kind = classified.kind;
  let perUnits = per.per;
  if (kind === 'amount') {
    const prefix = PER_BEFORE.exec(text.slice(Math.max(scan.floor, rawStart - 16), rawStart));
    if (prefix) {
      perUnits = [...perWords(prefix[1]!), ...perUnits];
      if (prefix[2] === '') rawStart -= prefix[0].length; // "每人每年0.08元": part of the figure as written
    }
    if (perUnits.length > 0) kind = 'standard';
  }
  if (kind === 'rate' && classified.unit === '%' && SHARE_WORD.test(clauseText(text, scan.floor, rawStart))) kind = 'share';

  return {
    source: scan.unit,
    start: rawStart,
    end,
    raw: scan.unit.text.slice(rawStart, end),
    value: num.value,
    decimals: num.decimals,
    unit: classified.unit,
    scale: unit.scale,
    kind,
    ...(perUnits.length > 0 ? { per: perUnits } : {}),
    ...(comparator ? { comparator } : {}),
    ...(range ? { range: { min: num.value, max: range.max } } : {}),
  };
}

// ---------------------------------------------------------------------------------------
// Labels

/**
 * "收、支", "省、市": a 、 after one or two characters that start the clause joins nouns;
 * it does not separate list items as in "3个数量指标、1个时效指标".
 */
function joinsShortNouns(text: string, i: number, limit: number): boolean {
  const isEdge = (k: number) => k < limit || CLAUSE_BOUNDARY.has(text[k]!) || text[k] === '（' || text[k] === '(';
  if (i - 1 < limit || !HAN.test(text[i - 1]!)) return false;
  if (isEdge(i - 2)) return true;
  return HAN.test(text[i - 2]!) && isEdge(i - 3);
}

/** Closing → opening brackets and quotes: words inside a closed pair belong to the label. */
const PAIRS: Record<string, string> = { '）': '（', ')': '(', '》': '《', '”': '“', '」': '「', '】': '【' };
const OPENERS = new Set(Object.values(PAIRS));
/** Every character clauseBefore stops at or counts; it passes over the others unread. */
const LABEL_STOPS = codeUnits([...Object.keys(PAIRS), ...OPENERS, ...CLAUSE_BOUNDARY].join(''));

/**
 * Start of the clause that ends at `end`: after the nearest comma, colon, 、 … or an
 * unclosed opening bracket or quote, never before `floor` nor more than MAX_LABEL_CHARS
 * back. Pairs closed before `end` are part of the words: "因公出国（境）费", "“四川工匠”春节慰问金".
 */
function clauseBefore(text: string, floor: number, end: number): { start: number; stop: string } {
  const limit = Math.max(floor, end - MAX_LABEL_CHARS);
  const open: string[] = [];
  for (let i = end - 1; i >= limit; i--) {
    if (!LABEL_STOPS.has(text.charCodeAt(i))) continue;
    const c = text[i]!;
    if (PAIRS[c]) open.push(PAIRS[c]);
    else if (open.length > 0) {
      if (c === open[open.length - 1]) open.pop();
    } else if (OPENERS.has(c)) {
      return { start: i + 1, stop: c };
    } else if (CLAUSE_BOUNDARY.has(c) && !(c === '、' && joinsShortNouns(text, i, limit))) {
      return { start: i + 1, stop: c };
    }
  }
  return { start: limit, stop: '' };
}

function clauseText(text: string, floor: number, end: number): string {
  return text.slice(clauseBefore(text, floor, end).start, end);
}

/** Trims edge punctuation, and a quote at either edge that has no partner in the label. */
function trimLabel(label: string): string {
  let t = label.replace(EDGE_PUNCTUATION, '');
  if (t.startsWith('“') && !t.includes('”')) t = t.slice(1);
  if (t.endsWith('”') && !t.includes('“')) t = t.slice(0, -1);
  if (t.startsWith('「') && !t.includes('」')) t = t.slice(1);
  return t.replace(EDGE_PUNCTUATION, '');
}

/** Strips numbering, "其中 …" and trailing connector words from the words before a figure. */
function cleanLabel(words: string): string {
  let label = trimLabel(words).replace(LEADING_MARKER, '');
  let restart = -1;
  for (const m of label.matchAll(LABEL_RESTART)) restart = m.index + m[0].length;
  if (restart >= 0) label = label.slice(restart);
  label = trimLabel(label);
  for (let m = TRAILING_CONNECTORS.exec(label); m && m[0].length > 0; m = TRAILING_CONNECTORS.exec(label)) {
    label = trimLabel(label.slice(0, m.index));
  }
  return GENERIC_LABEL.test(label) ? '' : label;
}

/**
 * "1.一般公共服务支出（类）…（项）： 支出决算为286.82万元": when the clause before a figure
 * is only a verb phrase, the figure is named by the item before the colon.
 */
function itemBeforeColon(text: string, floor: number, colon: number): string {
  const limit = Math.max(floor, colon - MAX_ITEM_CHARS);
  let start = colon;
  while (start > limit && !ITEM_BOUNDARY.has(text.charCodeAt(start - 1))) start--;
  return trimLabel(trimLabel(text.slice(start, colon)).replace(LEADING_MARKER, ''));
}

/**
 * The label of a figure:
 * - a share names the whole it is part of, so it takes the label of the amount or count
 *   before it in the sentence ("基本支出340.96万元，占26.04%" → 基本支出);
 * - otherwise the words of its clause, cleaned;
 * - when those are only a verb phrase ("支出决算为"), the item before a colon;
 * - for a percentage after a verb only ("增加32.71万元，增长2.56%"), the label of the figure
 *   before it in the sentence;
 * - else a total word among them ("总计", "共需"): it still tells a total from its parts.
 * A figure right after punctuation ("、1个时效指标") has no label: its name follows it.
 */
function labelOf(text: string, d: Draft, floor: number, sentenceFigures: Figure[]): string {
  const previous = sentenceFigures[sentenceFigures.length - 1];
  if (d.kind === 'share') {
    for (let i = sentenceFigures.length - 1; i >= 0; i--) {
      const f = sentenceFigures[i]!;
      if (f.kind === 'amount' || f.kind === 'count' || f.kind === 'standard') return f.label;
    }
  }
  const clause = clauseBefore(text, floor, d.start);
  const words = trimLabel(text.slice(clause.start, d.start));
  if (words === '') return '';
  const label = cleanLabel(words);
  if (label !== '') return label;
  if (clause.stop === '：' || clause.stop === ':') {
    const item = itemBeforeColon(text, floor, clause.start - 1);
    if (item !== '') return item;
  }
  if ((d.kind === 'rate' || d.kind === 'share') && previous) return previous.label;
  return TOTAL_WORD.exec(words)?.[0] ?? '';
}

// ---------------------------------------------------------------------------------------

/**
 * The figure a draft reads, with its label. Every figure is made here, by one object literal
 * with all the fields (those a figure lacks left undefined): rules read the fields of figures
 * thousands of times, and V8 reads them fastest when all figures share one shape, which
 * copies of drafts made in different places would not.
 */
function named(d: Draft, label: string): Figure {
  return {
    source: d.source,
    start: d.start,
    end: d.end,
    raw: d.raw,
    value: d.value,
    decimals: d.decimals,
    unit: d.unit,
    scale: d.scale,
    kind: d.kind,
    per: d.per,
    comparator: d.comparator,
    range: d.range,
    label,
  };
}

/** All figures of one paragraph or cell, in order. Malformed numbers give none. */
export function extractFigures(unit: TextUnit): Figure[] {
  const original = unit.text;
  const text = normalizeDigits(original);
  const blocked = findMalformedNumbers(unit, text);
  const scan: Scan = { text, unit, floor: 0 };
  const figures: Figure[] = [];
  let sentenceFigures: Figure[] = [];
  let nextBlocked = 0;
  let scanned = 0; // sentence ends have been looked for up to here

  const re = NUMBER_TOKEN;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    while (nextBlocked < blocked.length && blocked[nextBlocked]!.end <= m.index) nextBlocked++;
    const block = blocked[nextBlocked];
    if (block && block.start <= m.index) {
      re.lastIndex = scan.floor = block.end;
      continue;
    }
    const read = readFigure(scan, m);
    if ('resume' in read) {
      re.lastIndex = Math.max(re.lastIndex, read.resume);
      if (!read.transparent) scan.floor = read.resume;
      continue;
    }
    if (block && block.start < read.end) {
      // The figure would run into a malformed number ("3-1,2345元"): read nothing from it.
      re.lastIndex = scan.floor = block.end;
      continue;
    }
    if (scanned < read.start) {
      // Only the words since the last figure are searched, not the rest of the text.
      if (SENTENCE_END.test(text.slice(scanned, read.start))) sentenceFigures = [];
      scanned = read.start;
    }
    const figure = named(read, labelOf(text, read, scan.floor, sentenceFigures));
    figures.push(figure);
    sentenceFigures.push(figure);
    re.lastIndex = scan.floor = read.end;
  }
  return figures;
}
