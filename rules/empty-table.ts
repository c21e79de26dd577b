import type { Facts } from '../src/extract/facts.js';
import type { Localized, Rule } from '../src/lint/types.js';
import type { Block, Paragraph } from '../src/model/document.js';
import { markerAt } from '../src/model/numbering-markers.js';
import type { Section } from '../src/structure/types.js';
import { tableKindOf } from '../src/tables/kinds.js';
import type { StandardTable, StandardTableKind, TableBasis } from '../src/tables/index.js';

/**
 * A standard table with no figures must say why: the template keeps the empty table and asks
 * for a line under it ("本单位无政府性基金预算财政拨款收入和支出，故本表无数据"), and the
 * narrative's section about the table says the same. An empty table explained under it or in
 * the narrative is fine; one explained nowhere, or under which the note speaks of another
 * fund, is reported, and so is one explained only in the narrative when the document explains
 * another empty table under it. A document whose standard tables are all empty is a blank
 * template.
 */
export const rule: Rule = {
  meta: {
    id: 'empty-table',
    defaultSeverity: 'warning',
    description: {
      zh: '空表（无数据的标准表）未说明原因，或表下说明写的是另一张表',
      en: 'A standard table without figures does not say why, or its note speaks of another table',
    },
    docs: 'docs/rules/empty-table.md',
  },
  check({ doc, facts, report }) {
    const { tables } = facts.tables;
    const empty = tables.filter(isEmpty);
    if (empty.length === tables.length) return;
    const read = empty.map((table) => ({ table, notes: notesUnder(doc.blocks, table) }));
    // A document that explains one empty table under it holds every empty table to that.
    const noted = read.find(({ table, notes }) => notes.some((note) => explains(note.text, SUBJECTS[table.kind].words, true)))?.table;
    for (const { table, notes } of read) {
      const mismatch = notes.find((note) => speaksOfAnother(note.text, table.kind));
      if (mismatch) {
        const start = mismatch.text.length - mismatch.text.trimStart().length;
        report({ message: mismatchMessage(table, mismatch), source: mismatch, start, end: mismatch.text.trimEnd().length });
        continue;
      }
      const words = SUBJECTS[table.kind].words;
      if (notes.some((note) => explains(note.text, words, true))) continue;
      const inNarrative = narrativeExplains(facts, words);
      if (inNarrative && !noted) continue;
      const source = table.titleSource ?? table.table.rows[0]?.[0];
      const message = inNarrative && noted ? unlikeMessage(table, noted) : missingMessage(table);
      if (source) report({ message, source, start: 0, end: source.text.length });
    }
  },
};


/** What each kind of table holds: the words that name it and the words a note should use. */
const SUBJECTS: Record<StandardTableKind, { words: RegExp; zh: Record<TableBasis, string>; en: string }> = {
  summary: { words: /收入|支出|收支/, zh: { final: '收入和支出', budget: '收支预算' }, en: 'income or spending' },
  income: { words: /收入/, zh: { final: '收入', budget: '收入预算' }, en: 'income' },
  expenditure: { words: /支出/, zh: { final: '支出', budget: '支出预算' }, en: 'spending' },
  'appropriation-summary': { words: /财政拨款/, zh: { final: '财政拨款收入和支出', budget: '财政拨款收支预算' }, en: 'appropriation income or spending' },
  'general-function': { words: /一般公共预算/, zh: { final: '一般公共预算财政拨款支出', budget: '一般公共预算财政拨款安排的预算' }, en: 'general-budget appropriation spending' },
  'general-basic': { words: /基本支出/, zh: { final: '一般公共预算财政拨款基本支出', budget: '一般公共预算基本支出预算' }, en: 'general-budget basic spending' },
  'three-public': { words: /三公/, zh: { final: '财政拨款“三公”经费支出', budget: '“三公”经费预算' }, en: '"three public" spending' },
  'government-fund': {
    words: /政府性基金/,
    zh: { final: '政府性基金预算财政拨款收入和支出', budget: '政府性基金预算财政拨款安排的预算' },
    en: 'government-fund appropriation income or spending',
  },
  'state-capital': {
    words: /国有资本经营/,
    zh: { final: '国有资本经营预算财政拨款收入和支出', budget: '国有资本经营预算财政拨款安排的预算' },
    en: 'state-capital appropriation income or spending',
  },
};

/** The kinds whose subjects are distinct enough that a note naming one cannot mean another. */
const DISTINCT: StandardTableKind[] = ['three-public', 'government-fund', 'state-capital'];

/** A clause that says there is none: 无…, 没有…, 未安排…, 不涉及…. */
const NONE = /无|没有|未(?:安排|发生|取得|使用|编制)|不涉及|不存在/;
/** A clause that ends on a zero amount: "政府性基金拨款支出预算为0", "…支出0.00万元". */
const ZERO_AT_END = /(?<![\d.,，])(?:0(?:\.0+)?|零)\s*(?:亿元|万元|千元|元)?$/;
/** The template's words for an empty table, wherever the note puts them. */
const EMPTY_TABLE = /本表[^。；，]{0,6}(?:无数据|为空)|空表|无(?:相关)?数据/;

/** No figure other than 0 in any value column (blank cells and dashes have none). */
function isEmpty(table: StandardTable): boolean {
  if (!table.groups.some((g) => g.valueColumns.length > 0)) return false;
  return table.records.every((record) => [...record.values.values()].every((figure) => figure.value.isZero()));
}

function clauses(text: string): string[] {
  return text
    .replace(/\s+/g, '')
    .split(/[，,；;。！!？?]/)
    .filter((c) => c !== '');
}

function saysNone(clause: string): boolean {
  return NONE.test(clause) || ZERO_AT_END.test(clause);
}

/**
 * Whether a text explains the empty table: a clause naming the table's subject says there is
 * none; under the table, the template's "故本表无数据" also does.
 */
function explains(text: string, words: RegExp, underTable: boolean): boolean {
  if (underTable && EMPTY_TABLE.test(text.replace(/\s+/g, ''))) return true;
  return clauses(text).some((clause) => words.test(clause) && saysNone(clause));
}

/** A note that says another fund is nil and never names this table's own subject. */
function speaksOfAnother(text: string, kind: StandardTableKind): boolean {
  if (!DISTINCT.includes(kind) || SUBJECTS[kind].words.test(text)) return false;
  return DISTINCT.some((other) => other !== kind && explains(text, SUBJECTS[other].words, false));
}

/**
 * The paragraphs printed under a table: up to the next table, the next table's title or the
 * next numbered heading. Real reports put the template's "注：本表反映…" line there and the
 * "说明：…故本表无数据" line after it.
 */
function notesUnder(blocks: Block[], table: StandardTable): Paragraph[] {
  const notes: Paragraph[] = [];
  for (const block of blocks.slice(blocks.indexOf(table.table) + 1, blocks.indexOf(table.table) + 4)) {
    if (block.kind !== 'paragraph' || tableKindOf(block.text) || markerAt(block.text)) break;
    notes.push(block);
  }
  return notes;
}

/**
 * The narrative explains the table when a clause anywhere in the text names its subject and
 * says there is none (the 编制说明's "政府性基金拨款支出预算为0" counts), or when the section
 * titled with the subject ("八、政府性基金预算财政拨款收入支出决算情况说明") says there is none
 * in any words ("本单位本年度无此项支出").
 */
function narrativeExplains(facts: Facts, words: RegExp): boolean {
  return facts.structure.units.some(({ unit, scope }) => {
    if (unit.kind !== 'paragraph') return false;
    if (explains(unit.text, words, false)) return true;
    return aboutSubject(scope.section, words) && clauses(unit.text).some(saysNone);
  });
}

/** A section (or one it sits in) whose title names the subject and is not a table's title. */
function aboutSubject(section: Section | undefined, words: RegExp): boolean {
  for (let s = section; s; s = s.parent) {
    const title = s.title.replace(/\s+/g, '');
    if (words.test(title) && !/表$/.test(title)) return true;
  }
  return false;
}

function suggestion(table: StandardTable): string {
  return `本单位本年度无${SUBJECTS[table.kind].zh[table.basis]}，故本表${table.basis === 'final' ? '无数据' : '为空表'}`;
}

function missingMessage(table: StandardTable): Localized {
  return {
    zh: `“${table.title}”各栏均无数据，但表下和情况说明中都没有说明原因；应在表下注明，如“${suggestion(table)}”`,
    en: `"${table.title}" has no figures (every cell blank or 0), but neither a note under it nor the narrative says why; add a note under it such as "${suggestion(table)}" (there is no ${SUBJECTS[table.kind].en})`,
  };
}

function unlikeMessage(table: StandardTable, noted: StandardTable): Localized {
  return {
    zh: `“${table.title}”各栏均无数据，表下没有说明原因（只在情况说明中提到），而“${noted.title}”表下注明了；应同样在表下注明，如“${suggestion(table)}”`,
    en: `"${table.title}" has no figures and no note under it saying why (only the narrative says so), while "${noted.title}" has one; add the same kind of note, such as "${suggestion(table)}"`,
  };
}

function mismatchMessage(table: StandardTable, note: Paragraph): Localized {
  const named = DISTINCT.filter((other) => SUBJECTS[other].words.test(note.text)).map((other) => SUBJECTS[other]);
  const text = note.text.trim();
  return {
    zh: `“${table.title}”各栏均无数据，表下说明“${text}”说的却是${named.map((s) => s.zh[table.basis]).join('、')}，不是本表的${SUBJECTS[table.kind].zh[table.basis]}；应为“${suggestion(table)}”`,
    en: `"${table.title}" has no figures, but the note under it ("${text}") speaks of ${named.map((s) => s.en).join(' and ')}, not of this table's ${SUBJECTS[table.kind].en}; it should read "${suggestion(table)}"`,
  };
}
