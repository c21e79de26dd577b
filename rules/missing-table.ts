import type { Localized, Rule } from '../src/lint/types.js';
import type { Block, Cell, Document, Paragraph } from '../src/model/document.js';
import type { DocumentKind } from '../src/structure/kind.js';
import { compact, withoutUnit } from '../src/tables/header.js';
import { FINAL_ACCOUNTS_TABLES, TABLE_NAMES, tableKindOf } from '../src/tables/kinds.js';
import type { StandardTableKind, TableBasis } from '../src/tables/index.js';

/**
 * A 部门决算 publishes the Ministry of Finance's nine tables, empty ones included (an empty
 * table is kept and says why). A table the document's own list of tables (目录, 第二部分 …决算表)
 * names but the document does not hold is reported, for 决算 and 预算 alike. A 部门决算 that
 * follows the nine-table template closely (seven of the nine or more) is also reported for each
 * of the nine it lacks, listed or not; with fewer it may follow a province's own set (明细表,
 * 财政专户 tables, no 三公 table), which this rule does not know.
 */
export const rule: Rule = {
  meta: {
    id: 'missing-table',
    defaultSeverity: 'error',
    description: {
      zh: '缺少部门决算的标准表，或目录列出的表在文中找不到',
      en: 'A standard table of the 部门决算 is missing, or a table the contents list names is not in the document',
    },
    docs: 'docs/rules/missing-table.md',
  },
  check({ doc, facts, report }) {
    const { tables, basis } = facts.tables;
    // A government's 决算 and 预算 reports publish other sets of tables under similar titles.
    if (!basis || !DEPARTMENT.includes(facts.structure.kind)) return;
    const present = new Set<StandardTableKind>(tables.map((t) => t.kind));
    for (const kind of titledTables(doc.blocks, basis)) present.add(kind);
    const ofBasis = new Set(tables.filter((t) => t.basis === basis).map((t) => t.kind));
    if (ofBasis.size < MIN_PRESENT) return;
    const listed = listedTables(doc.blocks, basis, new Set(tables.map((t) => t.titleSource)));
    const source = firstParagraph(doc);
    if (!source) return;
    const at = { source, start: 0, end: source.text.length };
    for (const [kind, entry] of listed) {
      if (!present.has(kind)) report({ ...at, message: listedMessage(basis, kind, entry) });
    }
    if (basis !== 'final' || ofBasis.size < MIN_PRESENT_UNLISTED) return;
    for (const kind of FINAL_ACCOUNTS_TABLES) {
      if (present.has(kind) || listed.has(kind) || !required(kind, facts.reportYear)) continue;
      report({ ...at, message: lackingMessage(kind, ofBasis.size) });
    }
  },
};

const DEPARTMENT: DocumentKind[] = ['department-final', 'department-budget'];
/** Fewer standard tables than this and the document is not a set of tables: say nothing. */
const MIN_PRESENT = 4;
/** A 部门决算 this close to the nine follows the nine-table template. */
const MIN_PRESENT_UNLISTED = 7;
/** The 国有资本经营预算 table joined the nine with the 2019 决算; earlier sets had eight. */
const STATE_CAPITAL_SINCE = 2019;

/** The nine, less the 国有资本经营预算 table in the years before it joined them. */
function required(kind: StandardTableKind, year: number | undefined): boolean {
  return kind !== 'state-capital' || (year !== undefined && year >= STATE_CAPITAL_SINCE);
}

/** The kind a title names; 明细表 variants ("…基本支出决算明细表") stand for their kind. */
function kindNamed(title: string, basis: TableBasis): StandardTableKind | undefined {
  const found = tableKindOf(title) ?? tableKindOf(title.replace(/明细/g, ''));
  return found && found.basis === basis ? found.kind : undefined;
}


/**
 * Tables the model did not read but whose title is there: a title paragraph followed by a
 * table or a unit line (a table printed as an image, or one with another title wording), or
 * a title in a table's own first rows.
 */
function titledTables(blocks: Block[], basis: TableBasis): Set<StandardTableKind> {
  const kinds = new Set<StandardTableKind>();
  blocks.forEach((block, i) => {
    if (block.kind === 'table') {
      for (const row of block.rows.slice(0, 3)) {
        const texts = new Set(row.map((cell: Cell) => compact(cell.text)).filter((t) => t !== ''));
        const kind = texts.size === 1 ? kindNamed(withoutUnit([...texts][0]!), basis) : undefined;
        if (kind) kinds.add(kind);
      }
      return;
    }
    const title = withoutUnit(block.text);
    const kind = titlesIn(title).length === 1 ? kindNamed(title, basis) : undefined;
    const next = blocks.slice(i + 1, i + 4);
    if (kind && next.some((b) => b.kind === 'table' || /单位[:：]/.test(b.text))) kinds.add(kind);
  });
  return kinds;
}

/** Dot leaders and the page number after a contents entry. */
const LEADERS = /[.…·．_—-]{2,}\s*\d*\s*$|\s+\d{1,3}$/;

/** The pieces of a paragraph that end in 表, split between titles run together on a line. */
function titlesIn(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => compact(line.replace(LEADERS, '')).split(/[《》]|(?<=表)(?![一二三四五六七八九十\d])/))
    .filter((piece) => /表$/.test(piece));
}

/**
 * The tables the document lists: contents entries and list lines that name a standard table
 * ("七、财政拨款“三公”经费支出决算表", "表1:收入支出决算总表 表2:收入决算表", "《收入决算表》"),
 * other than the titles of the tables themselves. Each kind with the first entry naming it.
 */
function listedTables(blocks: Block[], basis: TableBasis, titles: Set<unknown>): Map<StandardTableKind, string> {
  const listed = new Map<StandardTableKind, string>();
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || titles.has(block)) continue;
    for (const piece of titlesIn(block.text)) {
      const kind = kindNamed(piece, basis);
      if (kind && !listed.has(kind)) listed.set(kind, piece);
    }
  }
  return listed;
}

/** The document's title: its first paragraph with text. */
function firstParagraph(doc: Document): Paragraph | undefined {
  return doc.blocks.find((b): b is Paragraph => b.kind === 'paragraph' && b.text.trim() !== '');
}

function listedMessage(basis: TableBasis, kind: StandardTableKind, entry: string): Localized {
  const name = TABLE_NAMES[basis][kind];
  return {
    zh: `文中列出了“${entry}”，但找不到这张表（${name}）；应补上该表，无相关收支的也应保留空表并注明原因`,
    en: `The document lists "${entry}", but the table (${name}) is not in it; add the table (an empty one with a note saying why, if there is nothing to report)`,
  };
}

function lackingMessage(kind: StandardTableKind, present: number): Localized {
  const name = TABLE_NAMES.final[kind];
  return {
    zh: `部门决算应公开九张标准表，本文有其中${present}张，缺少“${name}”；应补上该表，无相关收支的也应保留空表并注明原因`,
    en: `A 部门决算 publishes the nine standard tables; this one has ${present} of them and lacks "${name}"; add it (an empty one with a note saying why, if there is nothing to report)`,
  };
}
