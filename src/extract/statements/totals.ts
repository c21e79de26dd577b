import type { Cell, Table } from '../../model/document.js';
import type { Facts } from '../facts.js';
import type { Figure, TextUnit } from '../figure.js';
import { sameMeasure } from '../../lint/arithmetic.js';
import { markerAt } from '../../model/numbering-markers.js';
import { clauseStart, closingBracket, depthAt, openingBracket, sentenceAround } from '../text-spans.js';
import { executionRole } from './execution.js';

/** A total and the parts a report says it is made of. */
export interface TotalWithParts {
  total: Figure;
  parts: Figure[];
  /** The share stated for each part (占p%), where one is. */
  shares: (Figure | undefined)[];
  /**
   * The parts claim to be the whole total ("其中" lists, tables), so parts that fall short
   * are an error; after "主要用于…" they may be a selection, and only an excess is.
   */
  exhaustive: boolean;
  /** The text that introduces the parts ("其中", "主要用于以下方面", "合计" …). */
  introducer: { source: TextUnit; start: number; end: number };
}

/** Words that introduce the parts of a total. */
const INTRODUCER = /(其中|主要用于(?:以下方面)?|主要包括|包括|分别为|具体(?:为|如下|情况如下))[：:，,]?/g;
/** Introducers after which the parts may be only a selection. */
const SELECTIVE = /^主要/;
/** A clause about a change, a remainder or the budget/execution of the total itself: not a part. */
const NOT_A_PART = /增加|减少|增长|下降|上升|较上年|比上年|同比|与上年|结余|结转|缺口|完成预算|执行率|到位率|执行数|预算数|决算数|批复|申报/;
/** Enumerated items inside one paragraph: ①…②… or 1.…2.… */
const ITEM_MARK = /[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]|(?<![\d.])\d{1,2}[.．、](?!\d)/g;

const MIN_PARTS = 2;

/** Every total-with-parts statement in the document: sentences, lists and the 合计 rows/columns of tables other than the standard ones. */
export function extractTotals(facts: Facts): TotalWithParts[] {
  const found: TotalWithParts[] = [];
  const units = facts.structure.units.map((u) => u.unit);
  units.forEach((unit, index) => {
    found.push(...inUnit(facts, unit));
    const listed = listAfter(facts, units, index);
    if (listed) found.push(listed);
  });
  // The standard tables are summed by the table rules (table-row-sum, table-column-sum).
  const standard = new Set(facts.tables.tables.map((t) => t.table));
  for (const block of facts.doc.blocks) if (block.kind === 'table' && !standard.has(block)) found.push(...inTable(facts, block));
  return found;
}

/** "合计X，其中：A a、B b" and "（其中：…）" within one paragraph or cell. */
function inUnit(facts: Facts, unit: TextUnit): TotalWithParts[] {
  const figures = facts.figuresOf(unit);
  if (figures.length < MIN_PARTS + 1) return [];
  const result: TotalWithParts[] = [];
  for (const m of unit.text.matchAll(INTRODUCER)) {
    const at = m.index;
    const end = at + m[0].length;
    const depth = depthAt(unit.text, at);
    const scopeEnd = depth > 0 ? closingBracket(unit.text, end) : sentenceAround(unit.text, end).end;
    const candidates = figures.filter(
      (f) => f.start >= end && f.end <= scopeEnd && depthAt(unit.text, f.start) === depth,
    );
    const first = candidates.find(isPartCandidate);
    if (!first) continue;
    const total = totalBefore(unit.text, figures, at, depth, first);
    if (!total) continue;
    const parts = pickParts(unit.text, candidates, total, end, scopeEnd);
    if (parts.length < MIN_PARTS) continue;
    result.push({
      total,
      parts,
      shares: sharesOf(parts, figures, scopeEnd),
      exhaustive: !SELECTIVE.test(m[1]!) && !endsWithEtc(unit.text, scopeEnd),
      introducer: { source: unit, start: at, end },
    });
  }
  return result;
}

function isPartCandidate(f: Figure): boolean {
  return f.kind === 'amount' || f.kind === 'count';
}

/**
 * The total a list of parts belongs to: the last figure of the same measure before the
 * introducer — before the bracket for "（其中：…）", else in the same sentence, or, when the
 * introducer opens a sentence, in the sentence before.
 */
function totalBefore(text: string, figures: Figure[], at: number, depth: number, first: Figure): Figure | undefined {
  const limit = depth > 0 ? openingBracket(text, at) : at;
  const sentence = sentenceAround(text, limit);
  const before = figures.filter(
    (f) => f.end <= limit && sameMeasure(f, first) && depthAt(text, f.start) === depth - (depth > 0 ? 1 : 0),
  );
  const inSentence = before.filter((f) => f.start >= sentence.start);
  if (inSentence.length > 0) return inSentence[inSentence.length - 1];
  const opensSentence = text.slice(sentence.start, at).trim() === '';
  return opensSentence && sentence.start > 0 ? before[before.length - 1] : undefined;
}

/** One part per enumerated item, or else per clause: the first figure of the total's measure. */
function pickParts(text: string, candidates: Figure[], total: Figure, from: number, to: number): Figure[] {
  const marks = [...text.slice(from, to).matchAll(ITEM_MARK)].map((m) => from + m.index);
  const groupStart = marks.length >= MIN_PARTS ? (f: Figure) => lastAtOrBefore(marks, f.start) : (f: Figure) => clauseStart(text, f.start);
  const parts: Figure[] = [];
  const seen = new Set<number>();
  const noun = countedNoun(text, total);
  for (const f of candidates) {
    if (!sameMeasure(f, total) || !sameRole(f, total) || (total.kind === 'count' && !sameHead(countedNoun(text, f), noun))) continue;
    const group = groupStart(f);
    if (group < 0 || seen.has(group)) continue;
    seen.add(group);
    if (NOT_A_PART.test(text.slice(clauseStart(text, f.start), f.start))) continue;
    parts.push(f);
  }
  return parts;
}

/** Where the noun after a count ends: at 的, a verb or a conjunction. */
const NOUN_END = /的|完成|全部|基本|均|已|较|为|是|达|共|和|及|与|等|进行|开展/;

/**
 * What a count counts when the noun follows it: "7个项目完成" → 项目, "19个产出指标" → 产出指标;
 * empty when the noun came first ("编制30个", "退休人员40人").
 */
export function countedNoun(text: string, f: Figure): string {
  const run = /^[\u4e00-\u9fff]{0,8}/.exec(text.slice(f.end))![0];
  const end = run.search(NOUN_END);
  return end < 0 ? run : run.slice(0, end);
}

/**
 * Counts of "常年项目" are parts of a count of "项目", counts of "社会效益指标" parts of a count
 * of "效益指标"; counts of "成本指标" are not parts of a count of "项目". Chinese nouns put
 * their head last, so the part's noun must end with the last two characters of the total's.
 */
function sameHead(noun: string, totalNoun: string): boolean {
  if (noun === '' || totalNoun === '') return noun === totalNoun;
  return noun.endsWith(totalNoun.slice(-2));
}

function lastAtOrBefore(offsets: number[], offset: number): number {
  let found = -1;
  for (const o of offsets) if (o <= offset) found = o;
  return found;
}

/** The share (占p%) that follows each part before the next part. */
function sharesOf(parts: Figure[], figures: Figure[], scopeEnd: number): (Figure | undefined)[] {
  return parts.map((part, i) => {
    const next = parts[i + 1]?.start ?? scopeEnd;
    return figures.find((f) => f.kind === 'share' && f.start > part.start && f.start < next);
  });
}

function endsWithEtc(text: string, scopeEnd: number): boolean {
  return /等[。；;）)]?$/.test(text.slice(Math.max(0, scopeEnd - 2), scopeEnd + 1));
}

/**
 * "……1309.54万元。其中：" followed by paragraphs "1.…286.82万元" "2.…730万元": the total is
 * the last figure of the paragraph that ends with the introducer, the parts the first figure
 * of the same measure in each following item.
 */
function listAfter(facts: Facts, units: TextUnit[], index: number): TotalWithParts | undefined {
  const unit = units[index]!;
  const m = /(其中|具体(?:为|如下|情况如下)|分别为|主要用于(?:以下方面)?|包括)[：:]\s*$/.exec(unit.text);
  if (!m || unit.kind !== 'paragraph') return undefined;
  const figures = facts.figuresOf(unit);
  const total = lastPartCandidate(figures, m.index);
  if (!total || oneOfSeries(unit.text, figures, total, m.index)) return undefined;
  const parts: Figure[] = [];
  const shares: (Figure | undefined)[] = [];
  for (const item of followingItems(units, index + 1)) {
    const part = partIn(facts.figuresOf(item), item.text, total);
    if (!part) break;
    parts.push(part);
    shares.push(facts.figuresOf(item).find((f) => f.kind === 'share' && f.start > part.start));
  }
  if (parts.length < MIN_PARTS) return undefined;
  return {
    total,
    parts,
    shares,
    exhaustive: !SELECTIVE.test(m[1]!),
    introducer: { source: unit, start: m.index, end: m.index + m[0].length },
  };
}

/**
 * The part an item of a list gives for `total`: its figure of the same measure (the first, or
 * the first stated in the total's own terms), not a change or a comparison. A total stated as
 * 支出决算 is made of the items' 支出决算, not of their 年初预算 ("年初预算为A，支出决算为B" in
 * each item); when the total does not say which it is and the item states both, the item does
 * not say which is the part.
 */
function partIn(figures: Figure[], text: string, total: Figure): Figure | undefined {
  const candidates = figures.filter((f) => sameMeasure(f, total) && sameRole(f, total) && !NOT_A_PART.test(text.slice(clauseStart(text, f.start), f.start)));
  const role = executionRole(total);
  if (role) return candidates.find((f) => executionRole(f) === role) ?? candidates[0];
  const roles = new Set(candidates.map(executionRole).filter(Boolean));
  return roles.size > 1 ? undefined : candidates[0];
}

/** Budget, executed and arrived amounts are different measures: one is never a part of another. */
function sameRole(a: Figure, b: Figure): boolean {
  const [ra, rb] = [executionRole(a), executionRole(b)];
  return !ra || !rb || ra === rb;
}

/**
 * Whether the last figure before a list that opens a sentence of its own ("…具体情况如下：")
 * is the last of several amounts its sentence lists side by side ("A支出决算0.00万元；B支出
 * 决算0.00万元；C支出决算0.39万元。"): the list then restates those siblings, and the last one
 * is no total of it.
 */
function oneOfSeries(text: string, figures: Figure[], total: Figure, introducer: number): boolean {
  const sentence = sentenceAround(text, total.start);
  if (introducer < sentence.end) return false;
  return figures.some(
    (f) => f.start >= sentence.start && f.end <= total.start && sameMeasure(f, total) && executionRole(f) === executionRole(total)
      && !NOT_A_PART.test(text.slice(clauseStart(text, f.start), f.start)),
  );
}

function lastPartCandidate(figures: Figure[], before: number): Figure | undefined {
  return figures.filter((f) => f.end <= before && isPartCandidate(f)).pop();
}

/**
 * The paragraphs that form the list after an introducer: consecutive items numbered in one
 * style (1. 2. 3.), or, unnumbered, consecutive short "label + figure" paragraphs.
 */
function followingItems(units: TextUnit[], from: number): TextUnit[] {
  const items: TextUnit[] = [];
  const style = units[from] ? markerAt(units[from]!.text)?.style : undefined;
  for (let i = from; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.kind !== 'paragraph') break;
    const marker = markerAt(unit.text);
    if (style ? marker?.style !== style : marker || !/^[^，。；：:]{1,30}?[\d０-９]/.test(unit.text.trim())) break;
    items.push(unit);
  }
  return items;
}

/** A table's 合计/总计/小计 rows (sum of the column above) and 合计 column (sum of the row). */
function inTable(facts: Facts, table: Table): TotalWithParts[] {
  const found: TotalWithParts[] = [];
  const isTotalLabel = (cell: Cell | undefined) => !!cell && /^(合计|总计|小计|共计)$/.test(cell.text.replace(/\s/g, ''));
  table.rows.forEach((row, r) => {
    const label = row.find(isTotalLabel);
    if (!label) return;
    row.forEach((cell, c) => {
      // A merged copy repeats the value of the cell above; it is never a stated total.
      if (cell.merged) return;
      const total = only(facts.figuresOf(cell));
      if (!total || !isPartCandidate(total)) return;
      const parts = columnAbove(facts, table, r, c, total, isTotalLabel);
      if (parts.length >= MIN_PARTS) found.push(tableStatement(total, parts, label));
    });
  });
  const header = table.rows[0];
  const totalColumn = header?.findIndex(isTotalLabel) ?? -1;
  if (header && totalColumn > 0) {
    for (const row of table.rows.slice(1)) {
      const total = only(facts.figuresOf(row[totalColumn]!));
      if (!total || !isPartCandidate(total)) continue;
      const parts = row.slice(0, totalColumn).map((cell) => only(facts.figuresOf(cell)));
      const numeric = parts.filter((p): p is Figure => !!p && sameMeasure(p, total));
      if (numeric.length >= MIN_PARTS && numeric.length === parts.filter(Boolean).length) {
        found.push(tableStatement(total, numeric, header[totalColumn]!));
      }
    }
  }
  return found;
}

/** The figures in column `c` above row `r`, up to the header or the previous subtotal. */
function columnAbove(facts: Facts, table: Table, r: number, c: number, total: Figure, isTotalLabel: (cell: Cell | undefined) => boolean): Figure[] {
  const parts: Figure[] = [];
  for (let i = r - 1; i >= 0; i--) {
    const row = table.rows[i]!;
    if (row.some(isTotalLabel)) break;
    const cell = row[c];
    if (!cell || cell.merged || cell.text.trim() === '') continue;
    const figure = only(facts.figuresOf(cell));
    if (!figure || !sameMeasure(figure, total)) break;
    parts.unshift(figure);
  }
  return parts;
}

function only(figures: Figure[]): Figure | undefined {
  return figures.length === 1 ? figures[0] : undefined;
}

function tableStatement(total: Figure, parts: Figure[], label: Cell): TotalWithParts {
  return {
    total,
    parts,
    shares: parts.map(() => undefined),
    exhaustive: true,
    introducer: { source: label, start: 0, end: label.text.length },
  };
}
