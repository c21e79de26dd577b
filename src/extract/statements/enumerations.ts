import type { Paragraph } from '../../model/document.js';
import { chineseOrdinal, markerAt, type Marker } from '../../model/numbering-markers.js';
import type { NumberingStyle, Section } from '../../structure/types.js';
import type { Facts } from '../facts.js';
import type { TextUnit } from '../figure.js';

/** Numbering styles of section headings, plus "一是…二是…" enumerations inside a sentence. */
export type EnumerationStyle = Exclude<NumberingStyle, 'project'> | 'cn-shi';

export interface NumberedItem {
  number: number;
  /** The marker as written ("（三）", "④", "二是"). */
  marker: string;
  source: TextUnit;
  start: number;
  end: number;
}

/**
 * Items that count 1, 2, 3 … together: the sibling headings of one style under one parent
 * section, or the ①②③ of one paragraph. A new run starts wherever the numbering restarts
 * at 1 (a second list under the same parent, "预设问题包括：①… 评价重点包括：①…").
 */
export interface NumberedRun {
  style: EnumerationStyle;
  kind: 'sections' | 'inline';
  items: NumberedItem[];
  /**
   * For the first run of sibling headings under a parent: the last number of the previous
   * run of the same style in the document, so numbering carried on across parents
   * (第一部分 一、二、, 第二部分 三、四、) is told from numbering that starts wrong.
   */
  previousEnd?: number;
  /** Whether this is the first run of its style under its parent. */
  firstUnderParent: boolean;
  /**
   * For the first run under a parent: an earlier number of the same style is written at the
   * start of a unit between the parent's heading and the run (a table cell "1.…" whose "2."
   * and "3." follow as paragraphs), so the run does not really start late.
   */
  earlierWritten?: boolean;
  parent?: Section;
}

/**
 * A heading that lost its number: after the last numbered sibling ("八、…情况说明"), a short
 * line phrased like its siblings ("国有资本经营预算支出决算情况说明") that sits at their level.
 */
export interface UnnumberedHeading {
  source: Paragraph;
  /** The last numbered sibling before it. */
  after: Section;
  /** The number it should carry (after.number + its place in the run of lost headings). */
  expected: number;
}

export interface Enumerations {
  runs: NumberedRun[];
  unnumbered: UnnumberedHeading[];
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const CIRCLED_MARK = new RegExp(`[${CIRCLED}]`, 'g');
/** "一是…，二是…": only after a clause break, so 统一是 or 唯一是 are not items. */
const CN_SHI_MARK = /(?<=^|[。；;：:，,！？!?\s（(])([一二三四五六七八九十]{1,2})是(?!否|非)/g;

/** Every numbered run of the document and every heading that seems to have lost its number. */
export function extractEnumerations(facts: Facts): Enumerations {
  const runs = [...siblingRuns(facts), ...inlineRuns(facts)];
  return { runs, unnumbered: unnumberedHeadings(facts) };
}

// ---------------------------------------------------------------------------------------
// Sibling headings

function siblingRuns(facts: Facts): NumberedRun[] {
  const runs: NumberedRun[] = [];
  const lastNumber = new Map<EnumerationStyle, number>();
  const indexOf = new Map(facts.structure.units.map((u, i) => [u.unit, i]));
  const visit = (children: Section[], parent: Section | undefined): void => {
    const styles = new Set(children.map((c) => c.style));
    for (const style of styles) {
      if (style === 'project') continue;
      const headings = children.filter((c) => c.style === style).flatMap((c) => itemsOf(c));
      const items = withItemsBetween(facts, indexOf, headings, style);
      splitAtRestarts(items).forEach((run, i) => {
        runs.push({
          style,
          kind: 'sections',
          items: run,
          firstUnderParent: i === 0,
          previousEnd: i === 0 ? lastNumber.get(style) : undefined,
          earlierWritten: i === 0 ? writtenBefore(facts, indexOf, parent, run[0]!, style) : undefined,
          parent,
        });
      });
      const last = items[items.length - 1];
      if (last) lastNumber.set(style, last.number);
    }
    for (const child of children) visit(child.children, child);
  };
  visit(facts.structure.sections, undefined);
  return runs;
}

/**
 * Fills a gap between two headings with the missing items the text between them does carry:
 * - written at the start of a table cell (Word keeps "1.…" in a cell whose "2." and "3."
 *   follow as paragraphs);
 * - written after a sentence end inside a paragraph ("…财务规则。（八）负责…": the layout
 *   ran two items into one paragraph, the numbering itself goes on);
 * - for parts, a line that carries without its number the title the table of contents gives
 *   the missing part: the standard 部门决算 template titles its part of tables only by the
 *   tables' title ("XX局2024年度部门决算表") where the contents say "第二部分 XX局…决算表".
 */
function withItemsBetween(facts: Facts, indexOf: Map<TextUnit, number>, items: NumberedItem[], style: EnumerationStyle): NumberedItem[] {
  const units = facts.structure.units;
  const filled: NumberedItem[] = [];
  items.forEach((item, i) => {
    const previous = items[i - 1];
    if (previous && item.number > previous.number + 1) {
      let last = previous.number;
      const from = indexOf.get(previous.source) ?? 0;
      const to = indexOf.get(item.source) ?? from;
      const contents = style === 'part' ? contentsTitles(facts, from) : undefined;
      for (let u = from; u < to; u++) {
        const unit = units[u]!.unit;
        const found = [
          ...(u > from && unit.kind !== 'paragraph' ? [markerAt(unit.text)] : []),
          ...markersAfterSentences(unit.text),
        ];
        for (const marker of found) {
          if (marker?.style !== style || marker.number <= last || marker.number >= item.number) continue;
          filled.push({ number: marker.number, marker: marker.text, source: unit, start: marker.start, end: marker.end });
          last = marker.number;
        }
        if (contents && u > from && last + 1 < item.number && unit.kind === 'paragraph' && titledAs(unit, contents.get(last + 1))) {
          filled.push({ number: last + 1, marker: '', source: unit, start: 0, end: 0 });
          last += 1;
        }
      }
    }
    filled.push(item);
  });
  return filled;
}

/** Sentence ends followed by what may be a numbering marker. */
const AFTER_SENTENCE = /[。；;！？!?]\s*(?=\S)/g;

/** The numbering markers written right after a sentence end inside `text`, offsets in `text`. */
function markersAfterSentences(text: string): Marker[] {
  const found: Marker[] = [];
  for (const m of text.matchAll(AFTER_SENTENCE)) {
    const at = m.index + m[0].length;
    const marker = markerAt(text.slice(at));
    if (marker) found.push({ ...marker, start: at + marker.start, end: at + marker.end });
  }
  return found;
}

/** A contents line's title without its leader dots and page number: "部门主要职能……3" → "部门主要职能". */
function bareTitle(title: string): string {
  return title.replace(/\s/g, '').replace(/[.…·．\d]+$/, '');
}

/** Share of a contents title an unnumbered line must end with to carry it (a unit's name may be shortened). */
const TITLE_SHARE = 2 / 3;

/** The titles part headings before unit `before` give each number (the table of contents). */
function contentsTitles(facts: Facts, before: number): Map<number, string[]> {
  const titles = new Map<number, string[]>();
  for (const s of partSections(facts.structure.sections)) {
    const title = bareTitle(s.title);
    if (s.unitIndex < before && title.length > 0) titles.set(s.number, [...(titles.get(s.number) ?? []), title]);
  }
  return titles;
}

/** Whether `p`, an unnumbered line, carries one of `titles` (it may shorten a unit's name at its start). */
function titledAs(p: Paragraph, titles: string[] = []): boolean {
  if (titles.length === 0 || markerAt(p.text)) return false;
  const text = bareTitle(p.text);
  return titles.some((title) => text.length <= title.length * 1.5 && sharedSuffix(title, text) >= Math.ceil(title.length * TITLE_SHARE));
}

function* partSections(sections: Section[]): Generator<Section> {
  for (const s of sections) {
    if (s.style === 'part') yield s;
    yield* partSections(s.children);
  }
}

/** Whether a unit between the parent's heading and `first` starts with a lower number of `style`. */
function writtenBefore(
  facts: Facts,
  indexOf: Map<TextUnit, number>,
  parent: Section | undefined,
  first: NumberedItem,
  style: EnumerationStyle,
): boolean {
  const units = facts.structure.units;
  const end = indexOf.get(first.source) ?? 0;
  for (let i = (parent?.unitIndex ?? -1) + 1; i < end; i++) {
    const marker = markerAt(units[i]!.unit.text);
    if (marker?.style === style && marker.number < first.number) return true;
  }
  return false;
}

/**
 * A heading's numbered items: its own marker, and for ① headings also the ②③ written in
 * the same paragraph ("①A；②B" followed by a paragraph "③C" counts on from ②).
 */
function itemsOf(section: Section): NumberedItem[] {
  const own: NumberedItem = {
    number: section.number,
    marker: section.marker,
    source: section.source,
    start: section.markerStart,
    end: section.markerEnd,
  };
  if (section.style !== 'circled') return [own];
  return [own, ...circledItems(section.source, section.markerEnd)];
}

function splitAtRestarts(items: NumberedItem[]): NumberedItem[][] {
  const runs: NumberedItem[][] = [];
  for (const item of items) {
    const current = runs[runs.length - 1];
    if (!current || item.number === 1) runs.push([item]);
    else current.push(item);
  }
  return runs;
}

// ---------------------------------------------------------------------------------------
// Enumerations inside one paragraph or cell

function inlineRuns(facts: Facts): NumberedRun[] {
  const runs: NumberedRun[] = [];
  for (const { unit } of facts.structure.units) {
    const found = circledItems(unit, 0);
    const cnShi = cnShiItems(unit);
    if (found.length === 0 && cnShi.length === 0) continue; // as most units: no run to look at
    // A paragraph led by ① is a heading; its ②③ are counted with its siblings.
    const circled = found.length > 0 && unit.kind === 'paragraph' && markerAt(unit.text)?.style === 'circled' ? [] : found;
    for (const [style, items] of [['circled', circled], ['cn-shi', cnShi]] as const) {
      for (const run of splitAtRestarts(items)) {
        if (run.length >= 2) runs.push({ style, kind: 'inline', items: run, firstUnderParent: false });
      }
    }
  }
  return runs;
}

function circledItems(unit: TextUnit, from: number): NumberedItem[] {
  const items: NumberedItem[] = [];
  CIRCLED_MARK.lastIndex = from;
  for (let m = CIRCLED_MARK.exec(unit.text); m; m = CIRCLED_MARK.exec(unit.text)) {
    items.push({ number: CIRCLED.indexOf(m[0]) + 1, marker: m[0], source: unit, start: m.index, end: m.index + 1 });
  }
  return items;
}

function cnShiItems(unit: TextUnit): NumberedItem[] {
  const items: NumberedItem[] = [];
  if (!unit.text.includes('是')) return items;
  for (const m of unit.text.matchAll(CN_SHI_MARK)) {
    const number = chineseOrdinal(m[1]!);
    if (number !== undefined) items.push({ number, marker: m[0], source: unit, start: m.index, end: m.index + m[0].length });
  }
  return items;
}

// ---------------------------------------------------------------------------------------
// Headings that lost their number

/** Styles whose lost numbers we look for: the levels that carry the report's chapters. */
const CHAPTER_STYLES = new Set<NumberingStyle>(['cn', 'cn-paren']);
const MAX_HEADING_LENGTH = 30;
const MIN_SHARED_SUFFIX = 4;
const MIN_NUMBERED_SIBLINGS = 3;

/**
 * Lost numbers are reported only on a strong signal: after the last numbered heading S of a
 * chapter level, a run of short lines without end punctuation, each ending like at least two
 * of S's numbered siblings ("…情况说明"), separated only by body text, the last one followed
 * directly by sub-numbering that starts at 1 (（一）) — the way S's siblings are laid out.
 */
function unnumberedHeadings(facts: Facts): UnnumberedHeading[] {
  const found: UnnumberedHeading[] = [];
  for (const section of chapterSections(facts.structure.sections)) {
    const siblings = siblingsOf(facts, section);
    if (siblings.length < MIN_NUMBERED_SIBLINGS || siblings[siblings.length - 1] !== section) continue;
    const run = lostRunAfter(facts, section, siblings);
    run.forEach((p, k) => found.push({ source: p, after: section, expected: section.number + k + 1 }));
  }
  return found;
}

function* chapterSections(sections: Section[]): Generator<Section> {
  for (const s of sections) {
    if (CHAPTER_STYLES.has(s.style)) yield s;
    yield* chapterSections(s.children);
  }
}

/**
 * The lost headings in the body of `section` (the units before any sub-heading): body text
 * first, then candidates separated only by body text, the last one directly followed by
 * sub-numbering that starts at 1. Empty when the layout is anything else.
 */
function lostRunAfter(facts: Facts, section: Section, siblings: Section[]): Paragraph[] {
  const units = facts.structure.units;
  const run: Paragraph[] = [];
  let sawBody = false;
  for (let i = section.unitIndex + 1; i < units.length; i++) {
    const { unit, scope } = units[i]!;
    if (scope.section !== section) {
      const sub = scope.section;
      const opensSubNumbering = sub?.parent === section && sub.number === 1 && sub.unitIndex === i;
      const lastIsCandidate = run.length > 0 && units[i - 1]!.unit === run[run.length - 1];
      return opensSubNumbering && lastIsCandidate ? run : [];
    }
    if (unit.kind === 'paragraph' && sawBody && isLostHeading(unit, siblings)) run.push(unit);
    else sawBody = true;
  }
  return [];
}

function siblingsOf(facts: Facts, section: Section): Section[] {
  const all = section.parent ? section.parent.children : facts.structure.sections;
  return all.filter((s) => s.style === section.style);
}

function isLostHeading(p: Paragraph, siblings: Section[]): boolean {
  const text = p.text.trim();
  if (text.length < MIN_SHARED_SUFFIX || text.length > MAX_HEADING_LENGTH) return false;
  if (/[。；;：:，,、！？!?…]$|[\d０-９]/.test(text) || markerAt(text) || /^[（(［【[]/.test(text)) return false;
  const alike = siblings.filter((s) => sharedSuffix(stripEnd(s.title), text) >= MIN_SHARED_SUFFIX);
  return alike.length >= 2;
}

function stripEnd(title: string): string {
  return title.trim().replace(/[。；;：:，,]+$/, '');
}

function sharedSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
