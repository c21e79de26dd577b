/**
 * Word's automatic list numbering: the number Word shows before a numbered paragraph ("一、",
 * "（一）", "1.2", "①"), which the file does not hold as text. A paragraph is numbered by its
 * own w:numPr or its style's; word/numbering.xml defines the lists. The reader puts the number
 * in front of the paragraph's text, so the rest of the pipeline sees "一、基本情况" exactly as
 * if it had been typed.
 *
 * Counting as Word counts:
 * - a w:num (numId) is an instance of a w:abstractNum; instances of one abstract list share
 *   its counters (that is how Word continues a list across instances), and an instance with
 *   w:lvlOverride/w:startOverride restarts those levels where it first appears;
 * - every numbered paragraph advances its level, empty ones too; a level restarts at its
 *   w:start when a higher level is used (or only the levels w:lvlRestart names, or never);
 * - numId "0" takes away the numbering a style gives; bullets and the format "none" show no
 *   number (a bullet is no number), and neither does a level hidden with w:vanish.
 */
import { listReferenceIn, type ListReference } from './styles.js';
import { childElements } from '../ooxml/xml.js';
import { childValue, isWord, wordAttribute, wordChild } from './xml.js';

/** Word lists have nine levels, 0 … 8. */
const LEVELS = 9;

interface Level {
  start: number;
  /** w:numFmt: decimal, chineseCounting, bullet … */
  format: string;
  /** w:lvlText: "%1、", "（%2）", "%1.%2" … */
  pattern: string;
  /** Levels above this one (0-based, exclusive) whose use restarts it: w:lvlRestart, by default all. */
  restartBelow: number;
  /** w:isLgl: every level's number shown in decimal. */
  legal: boolean;
  /** What Word puts between the number and the text. */
  suffix: 'tab' | 'space' | 'nothing';
  hidden: boolean;
  /** w:pStyle: the paragraph style whose paragraphs are at this level. */
  style?: string;
}

interface ListInstance {
  /** The abstract list whose counters the instance uses. */
  counters: string;
  levels: (Level | undefined)[];
  /** Level → the value w:startOverride restarts it at where the instance first appears. */
  restarts: Map<number, number>;
}

/** The lists of numbering.xml and the lists styles number their paragraphs with. */
export interface ListDefinitions {
  instances: Map<string, ListInstance>;
  styles: ReadonlyMap<string, ListReference>;
}

/**
 * Reads numbering.xml. `styles` (from styleLists) numbers paragraphs by their style and
 * resolves w:numStyleLink, a list defined through a numbering style. Undefined when no list
 * shows a number (only bullets, as in documents with just a bulleted list): nothing to count.
 */
export function listDefinitions(numbering: Document, styles: ReadonlyMap<string, ListReference> = new Map()): ListDefinitions | undefined {
  const abstracts = new Map<string, Element>();
  const nums: Element[] = [];
  for (const element of childElements(numbering.documentElement!)) {
    if (isWord(element, 'abstractNum')) abstracts.set(wordAttribute(element, 'abstractNumId') ?? '', element);
    else if (isWord(element, 'num')) nums.push(element);
  }
  const numAbstract = new Map(nums.map((num) => [wordAttribute(num, 'numId') ?? '', childValue(num, 'abstractNumId') ?? '']));
  const instances = new Map<string, ListInstance>();
  for (const num of nums) {
    const abstractId = resolvedAbstract(numAbstract.get(wordAttribute(num, 'numId') ?? '') ?? '', abstracts, numAbstract, styles);
    const abstract = abstracts.get(abstractId);
    if (!abstract) continue;
    const levels = levelsOf(abstract);
    const restarts = new Map<number, number>();
    for (const override of childElements(num).filter((e) => isWord(e, 'lvlOverride'))) {
      const index = levelIndex(wordAttribute(override, 'ilvl'));
      if (index === undefined) continue;
      const replacement = wordChild(override, 'lvl');
      if (replacement) levels[index] = levelOf(replacement);
      const start = integerOf(childValue(override, 'startOverride'));
      if (start === undefined) continue;
      restarts.set(index, start);
      const level = levels[index];
      if (level) levels[index] = { ...level, start };
    }
    instances.set(wordAttribute(num, 'numId') ?? '', { counters: abstractId, levels, restarts });
  }
  const showsNumbers = [...instances.values()].some((instance) => instance.levels.some((level) => level && !NO_NUMBER.has(level.format)));
  return showsNumbers ? { instances, styles } : undefined;
}

/**
 * An abstract list defined through a numbering style (w:numStyleLink) is the one that style's
 * list instance uses; one step, as Word links them.
 */
function resolvedAbstract(
  abstractId: string,
  abstracts: ReadonlyMap<string, Element>,
  numAbstract: ReadonlyMap<string, string>,
  styles: ReadonlyMap<string, ListReference>,
): string {
  const abstract = abstracts.get(abstractId);
  const link = abstract && childValue(abstract, 'numStyleLink');
  const numId = link !== undefined ? styles.get(link)?.numId : undefined;
  const linked = numId !== undefined ? numAbstract.get(numId) : undefined;
  return linked !== undefined && abstracts.has(linked) ? linked : abstractId;
}

function levelsOf(abstract: Element): (Level | undefined)[] {
  const levels: (Level | undefined)[] = new Array<Level | undefined>(LEVELS).fill(undefined);
  for (const lvl of childElements(abstract).filter((e) => isWord(e, 'lvl'))) {
    const index = levelIndex(wordAttribute(lvl, 'ilvl'));
    if (index !== undefined) levels[index] = levelOf(lvl);
  }
  return levels;
}

function levelOf(lvl: Element): Level {
  const index = levelIndex(wordAttribute(lvl, 'ilvl')) ?? 0;
  const suffix = childValue(lvl, 'suff');
  const restart = integerOf(childValue(lvl, 'lvlRestart'));
  const style = childValue(lvl, 'pStyle');
  return {
    start: integerOf(childValue(lvl, 'start')) ?? 0,
    format: childValue(lvl, 'numFmt') ?? 'decimal',
    pattern: childValue(lvl, 'lvlText') ?? '',
    restartBelow: restart === undefined ? index : Math.min(restart, index),
    legal: isOn(wordChild(lvl, 'isLgl')),
    suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
    hidden: isOn(runProperty(lvl, 'vanish')),
    ...(style !== undefined ? { style } : {}),
  };
}

/**
 * Counts the numbered paragraphs of one walk through a document, in document order, and
 * gives each the number Word shows before it.
 */
export class ListCounters {
  /** Per abstract list, each level's current value (its start − 1 before its first use). */
  private readonly values = new Map<string, number[]>();
  private readonly seen = new Set<string>();

  constructor(private readonly lists: ListDefinitions) {}

  /**
   * The number shown before paragraph `p`, with what separates it from the text ('' when
   * none); counts `p`. Call it once per paragraph, in document order.
   */
  labelOf(p: Element): string {
    const place = this.placeOf(p);
    if (!place) return '';
    const { instance, level } = place;
    const values = this.countersOf(instance);
    const definition = instance.levels[level]!;
    values[level]! += 1;
    instance.levels.forEach((lower, k) => {
      if (k > level && lower && level < lower.restartBelow) values[k] = lower.start - 1;
    });
    if (definition.hidden || NO_NUMBER.has(definition.format)) return '';
    const label = definition.pattern.replace(/%([1-9])/g, (_, n: string) => {
      const k = Number(n) - 1;
      const format = definition.legal ? 'decimal' : (instance.levels[k]?.format ?? 'decimal');
      return k <= level && !NO_NUMBER.has(format) ? formatNumber(values[k]!, format) : '';
    });
    return label + separator(label, definition.suffix);
  }

  /** The list instance and level `p` is numbered in, if it is numbered. */
  private placeOf(p: Element): { instance: ListInstance; level: number } | undefined {
    const properties = wordChild(p, 'pPr');
    if (!properties) return undefined;
    const direct = listReferenceIn(properties);
    const styleId = childValue(properties, 'pStyle');
    const styled = styleId !== undefined ? this.lists.styles.get(styleId) : undefined;
    if (!direct && !styled) return undefined;
    const numId = direct?.numId ?? styled?.numId;
    const instance = numId !== undefined && numId !== '0' ? this.lists.instances.get(numId) : undefined;
    if (!instance) return undefined;
    const level = direct?.level ?? styled?.level ?? levelOfStyle(instance, styleId) ?? 0;
    if (!instance.levels[level]) return undefined;
    this.startInstance(numId!, instance);
    return { instance, level };
  }

  private countersOf(instance: ListInstance): number[] {
    let values = this.values.get(instance.counters);
    if (!values) {
      values = instance.levels.map((level) => (level?.start ?? 0) - 1);
      this.values.set(instance.counters, values);
    }
    return values;
  }

  /** Where an instance first appears, its start overrides restart the shared counters. */
  private startInstance(numId: string, instance: ListInstance): void {
    if (this.seen.has(numId)) return;
    this.seen.add(numId);
    const values = this.countersOf(instance);
    for (const [level, start] of instance.restarts) values[level] = start - 1;
  }
}

/** A paragraph in a style that a level names (w:lvl/w:pStyle) is at that level. */
function levelOfStyle(instance: ListInstance, styleId: string | undefined): number | undefined {
  if (styleId === undefined) return undefined;
  const index = instance.levels.findIndex((level) => level?.style === styleId);
  return index >= 0 ? index : undefined;
}

/** Formats that show no number. */
const NO_NUMBER = new Set(['bullet', 'none']);

/**
 * What goes between the number and the text. Word puts a tab there by default, which lines
 * the text up on a tab stop; the model keeps a paragraph on one line with no layout tabs (a
 * tab reads as a gap in excerpts and in the plain-text rendering). A number ending in a
 * mark ("一、", "（一）", "1.") is followed directly by its text, as a typist writes it and as
 * the section parser expects; a bare number ("1", "①", "第一章") takes one space, unless
 * Word puts nothing there either (w:suff "nothing").
 */
function separator(label: string, suffix: Level['suffix']): string {
  return suffix === 'nothing' || label === '' || /\p{P}$/u.test(label) ? '' : ' ';
}

/** A number in a w:numFmt; formats not known here show decimal, as a reader would rather have. */
export function formatNumber(n: number, format: string): string {
  const formatter = FORMATTERS[format];
  return (formatter && n > 0 && formatter(n)) || String(n);
}

const FULL_WIDTH_ZERO = 0xff10;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const FULL_STOP = '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛';
const PARENTHESIZED = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const CN_DIGITS = '〇一二三四五六七八九';
/** Counting writes a zero inside a number as 零: 一百零一. */
const CN_COUNTING_DIGITS = '零一二三四五六七八九';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const IDEOGRAPH_CIRCLED = '㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩';

/** Each formatter may give '' for a number it cannot show, which then shows in decimal. */
const FORMATTERS: Record<string, (n: number) => string> = {
  decimal: String,
  decimalHalfWidth: String,
  decimalZero: (n) => String(n).padStart(2, '0'),
  decimalFullWidth: fullWidth,
  decimalFullWidth2: fullWidth,
  decimalEnclosedCircle: (n) => CIRCLED[n - 1] ?? '',
  decimalEnclosedCircleChinese: (n) => CIRCLED[n - 1] ?? '',
  decimalEnclosedFullstop: (n) => FULL_STOP[n - 1] ?? '',
  decimalEnclosedParen: (n) => PARENTHESIZED[n - 1] ?? '',
  ideographEnclosedCircle: (n) => IDEOGRAPH_CIRCLED[n - 1] ?? '',
  upperLetter: (n) => letters(n).toUpperCase(),
  lowerLetter: letters,
  upperRoman: (n) => roman(n).toUpperCase(),
  lowerRoman: roman,
  chineseCounting,
  chineseCountingThousand: chineseCounting,
  ideographDigital: (n) => [...String(n)].map((d) => CN_DIGITS[Number(d)]).join(''),
  ideographTraditional: (n) => HEAVENLY_STEMS[(n - 1) % HEAVENLY_STEMS.length]!,
  ideographZodiac: (n) => EARTHLY_BRANCHES[(n - 1) % EARTHLY_BRANCHES.length]!,
};

function fullWidth(n: number): string {
  return [...String(n)].map((d) => String.fromCharCode(FULL_WIDTH_ZERO + Number(d))).join('');
}

/** a … z, then aa … zz, aaa …: Word repeats the letter. */
function letters(n: number): string {
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

const ROMAN: [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

function roman(n: number): string {
  if (n >= 4000) return '';
  let rest = n;
  let text = '';
  for (const [value, symbol] of ROMAN) {
    for (; rest >= value; rest -= value) text += symbol;
  }
  return text;
}

const CN_UNITS = '十百千';

/** 1 … 9999 as Chinese counting writes them: 十, 十一, 二十, 一百零一, 一千零一十. */
function chineseCounting(n: number): string {
  if (n >= 10000) return '';
  const places = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let text = '';
  let zero = false;
  places.forEach((digit, i) => {
    if (digit === 0) {
      zero = text !== '';
      return;
    }
    if (zero) text += CN_COUNTING_DIGITS[0];
    zero = false;
    const unit = i < 3 ? CN_UNITS[2 - i]! : '';
    // 10 … 19 read 十, 十一 … (not 一十); 110 keeps its 一十 (一百一十).
    text += (digit === 1 && i === 2 && text === '' ? '' : CN_COUNTING_DIGITS[digit]) + unit;
  });
  return text;
}

function levelIndex(value: string | undefined): number | undefined {
  const index = integerOf(value);
  return index !== undefined && index >= 0 && index < LEVELS ? index : undefined;
}

function integerOf(value: string | undefined): number | undefined {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isInteger(n) ? n : undefined;
}

function runProperty(lvl: Element, localName: string): Element | undefined {
  const properties = wordChild(lvl, 'rPr');
  return properties && wordChild(properties, localName);
}

/** An on/off property: present and not w:val "false", "0" or "off". */
function isOn(property: Element | undefined): boolean {
  const value = property && wordAttribute(property, 'val');
  return property !== undefined && value !== 'false' && value !== '0' && value !== 'off';
}
