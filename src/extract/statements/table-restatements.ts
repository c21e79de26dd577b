/**
 * Figures of the narrative (a 部门决算's 情况说明, a 部门预算's 编制说明) that restate a value
 * of the standard tables: "收入支出总计2995.39万元" is the 总计 of the 收入支出决算总表,
 * "其中：财政拨款收入2940.05万元" the 合计 row of the 收入决算表 in its 财政拨款收入 column,
 * "一般公共服务支出（类）2106.66万元" a 类 row of the 一般公共预算财政拨款支出决算表, "…行政运行
 * （项）。…支出决算为1511.89万元" a 项 row of it, "因公出国（境）费决算为0.00万元" a column of the
 * 三公 table.
 *
 * A figure is matched by the words of its clause, read from their end (the unit's name and
 * the year come first and do not matter), and by the table family its sentence or section is
 * about (二、收入决算情况说明 → the 总表 and 收入决算表; 五、一般公共预算财政拨款支出… → the
 * 一般公共预算 table). A figure about another year or a change (与上年相比, 增加, 比2023年) and
 * a 年初预算 the 决算 tables do not hold restate nothing.
 */
import { markerAt } from '../../model/numbering-markers.js';
import type { Section } from '../../structure/types.js';
import type { ReportTables } from '../../tables/index.js';
import type { StandardTable, StandardTableKind, TableBasis } from '../../tables/types.js';
import type { Facts } from '../facts.js';
import type { Figure } from '../figure.js';
import { depthAt, listClauseStart, sentenceAround } from '../text-spans.js';
import { isInexact } from './phrases.js';
import { isDepartmentLevel, isParagraph } from './project-summaries.js';
import {
  classRow,
  columnsHeaded,
  firstValues,
  recordsNamed,
  subjectRecord,
  tablesOf,
  totalRecords,
  valueAt,
  valuesHeaded,
  type SubjectPath,
  type TableValue,
} from './table-values.js';

export interface Restatement {
  figure: Figure;
  /** What the narrative states, in the template's words: "收入支出总计", "行政运行（项）支出决算". */
  term: string;
  /** The table values the figure restates, the one to name in a message first. */
  values: TableValue[];
}

/** The part of the report a sentence is about, which says which tables its 科目 are read from. */
type Family = 'all' | 'appropriation' | 'general' | 'basic' | 'fund' | 'capital' | 'three-public';

/** What a figure's words are matched against. */
interface Context {
  tables: ReportTables;
  basis: TableBasis;
  family?: Family;
}

// ---------------------------------------------------------------------------------------
// The words before a figure

/** Quotes and spaces are no part of a name: “一般公共服务支出”科目. */
const QUOTES = /[\s“”"'‘’「」]/g;
/** Numbering before an item's words: "1.", "（一）", "一、". */
const LEADING_MARKER = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、．.]|\d{1,2}(?:[、．]|\.(?!\d)))/;
/** Verbs between a name and its figure. */
const TRAILING_VERB = /(?:为|是|了|达到|达|共|约)+$/;

/** A change or a comparison with another period: the figure is no level the tables state. */
const CHANGE = /增加|减少|增长|下降|上升|降低|提高|新增|净增|净减|相比|相较|同比|比上|较上|上年|去年|上一年|持平|差额|节约|超支/;
/** A comparison that governs the rest of its sentence: "与2023年度相比，收入支出总计减少…". */
const COMPARED_WITH = /与[^，。；;]{0,20}相比|相较|同比/;
const YEAR = /((?:19|20)\d\d)\s*年/g;

/** The words of a figure's clause before it, without quotes, numbering and verbs. */
function clauseWords(f: Figure): string {
  const text = f.source.text;
  return cleanWords(text.slice(listClauseStart(text, f.start), f.start));
}

function cleanWords(words: string): string {
  return words.replace(QUOTES, '').replace(LEADING_MARKER, '').replace(TRAILING_VERB, '');
}

/** A year other than the report's among some words. */
function namesOtherYear(words: string, reportYear: number | undefined): boolean {
  if (reportYear === undefined) return false;
  for (const m of words.matchAll(YEAR)) if (Number(m[1]) !== reportYear) return true;
  return false;
}

/**
 * "支出决算为", "年初预算为": words that say which figure of a pair this is but not of what; the
 * sentence's subject or the item the paragraph is about says that.
 */
const ONLY_ROLE = /^(?:支出)?(?:(?:年初|全年|调整后?的?)?预算|决算)(?:数)?$/;
/** The role words at the end of a subject: "一般公共预算财政拨款支出年初预算" → its subject. */
const TRAILING_ROLE = /(?:(?:年初|全年|调整后?的?)?预算|决算)(?:数)?$/;

// ---------------------------------------------------------------------------------------
// Which tables a sentence is about

const FAMILY_WORDS: [RegExp, Family][] = [
  [/三公/, 'three-public'],
  [/基本支出/, 'basic'],
  [/一般公共预算/, 'general'],
  [/政府性基金/, 'fund'],
  [/国有资本经营/, 'capital'],
  [/财政拨款/, 'appropriation'],
  [/^(?:部门)?(?:收入|支出|收支|收入支出)(?:决算|预算)?(?:总体)?情况|本年(?:收入|支出)合计|收入?支出?(?:决算|预算)?总计$|(?:收入|支出)(?:预算|决算)(?:数|合计)?$/, 'all'],
];

/** Sections about the whole report, or about nothing the words tell. */
const WHOLE_REPORT = new Set<Family | undefined>(['all', undefined]);

function familyOf(words: string): Family | undefined {
  return FAMILY_WORDS.find(([re]) => re.test(words))?.[1];
}

/** Where the 科目 of each family are listed, the most direct first. */
const SUBJECT_TABLES: Record<Family, StandardTableKind[]> = {
  general: ['general-function'],
  appropriation: ['general-function', 'government-fund', 'state-capital', 'appropriation-summary'],
  fund: ['government-fund'],
  capital: ['state-capital'],
  all: ['expenditure', 'summary', 'income'],
  basic: [],
  'three-public': [],
};
const ANY_SUBJECT_TABLE: StandardTableKind[] = ['general-function', 'government-fund', 'state-capital', 'appropriation-summary', 'expenditure', 'summary'];

function subjectTables(context: Context): StandardTable[] {
  return tablesOf(context.tables, context.family ? SUBJECT_TABLES[context.family] : ANY_SUBJECT_TABLE);
}

// ---------------------------------------------------------------------------------------
// What the words name

interface Concept {
  /** The end of the words that name the value. */
  words: RegExp;
  /** Families the sentence must be about, when its words could name something else. */
  families?: Family[];
  /** Also when neither the sentence nor its sections name a family (a 部门预算's 编制说明). */
  orUnknown?: boolean;
  /** The concept reads 预算数 and 决算数 from different columns (the 三公 table). */
  roles?: boolean;
  term(m: RegExpExecArray): string;
  values(context: Context, m: RegExpExecArray): TableValue[];
}

const ROLE = '(?:年初|全年)?(?:预算|决算)?数?';

/**
 * Of a 总表's two 总计, the one its words name: 收入总计 the income side's (the first group),
 * 支出总计 the spending side's; 收入支出总计 either, the income side's first.
 */
function sideNamed(values: TableValue[], words: string): TableValue[] {
  const spending = /^(?:财政拨款)?支出/.test(words);
  const income = /^(?:财政拨款)?收入(?!支出)/.test(words);
  if (!spending && !income) return values;
  const side = values.filter((v) => (v.record.group.index > 0) === spending);
  return side.length > 0 ? side : values;
}

/** The 总计 rows of tables of a kind (both sides of a 总表). */
function totals(context: Context, kind: StandardTableKind, names = /^(?:收入|支出)?总计$/): TableValue[] {
  return tablesOf(context.tables, [kind]).flatMap((t) => firstValues(t, recordsNamed(t, names)));
}

/** A table's 合计 row in the column headed `leaf`, or its first column. */
function totalRowValues(context: Context, kinds: StandardTableKind[], leaf?: string): TableValue[] {
  return tablesOf(context.tables, kinds).flatMap((t) => (leaf === undefined ? firstValues(t, totalRecords(t)) : valuesHeaded(t, totalRecords(t), leaf)));
}

/** The first value of the rows named `names` in a 总表. */
function rowValues(context: Context, kinds: StandardTableKind[], names: RegExp): TableValue[] {
  return tablesOf(context.tables, kinds).flatMap((t) => firstValues(t, recordsNamed(t, names)));
}

/** The 支出 total of a 政府性基金 or 国有资本经营 table: its 合计 row under 本年支出 (or its first column). */
function fundSpending(context: Context, kind: StandardTableKind): TableValue[] {
  return tablesOf(context.tables, [kind]).flatMap((t) =>
    totalRecords(t).flatMap((record) => {
      const spending = columnsHeaded(record.group, (_, path) => path.includes('本年支出'))[0] ?? record.group.valueColumns[0];
      const value = spending && valueAt(t, record, spending);
      return value ? [value] : [];
    }),
  );
}

/**
 * Words before "收入预算"/"支出决算" that name whose they are (the unit, 本部门), not which part:
 * none of the words of a source, a kind of spending, a fund or a 科目.
 */
const WHOSE = '(?:(?!支出|收入|拨款|基金|经费|费|项目|基本|经营|上级|补助|附属|上缴|其他|事业|[（()）]).)*';

const INCOME_SOURCES = /(财政拨款|上级补助|事业单位经营|事业|经营|附属单位上缴|其他)收入$/;
const SPENDING_KINDS = /(基本支出|项目支出|上缴上级支出|经营支出|对附属单位补助支出)$/;

/**
 * The narrative's names of table values, most specific first (三公 items before 财政拨款支出,
 * 财政拨款收入支出总计 before 收入支出总计, 一般公共预算拨款支出预算 before 支出预算).
 */
const CONCEPTS: Concept[] = [
  ...threePublicConcepts(),
  {
    words: new RegExp(`机关运行经费(?:支出)?${ROLE}$`),
    term: () => '机关运行经费',
    values: (c) => threePublic(c, (path) => path.some((p) => p.includes('机关运行经费')), ''),
  },
  {
    words: new RegExp(`财政拨款(?:收入支出|收支|收入|支出)${ROLE}总计$`),
    term: (m) => m[0],
    values: (c, m) => sideNamed(totals(c, 'appropriation-summary'), m[0]),
  },
  {
    words: new RegExp(`(?:收入支出|收支|收入|支出)${ROLE}总计$`),
    term: (m) => m[0],
    values: (c, m) => sideNamed(totals(c, 'summary'), m[0]),
  },
  {
    words: new RegExp(`一般公共预算(?:财政)?拨款基本支出${ROLE}$`),
    term: () => '一般公共预算财政拨款基本支出',
    values: (c) => [...totalRowValues(c, ['general-function'], '基本支出'), ...totalRowValues(c, ['general-basic'])],
  },
  {
    words: new RegExp(`一般公共预算(?:财政)?拨款支出${ROLE}$`),
    term: () => '一般公共预算财政拨款支出',
    values: (c) => totalRowValues(c, ['general-function']),
  },
  {
    words: new RegExp(`政府性基金(?:预算)?(?:财政)?拨款支出${ROLE}$`),
    term: () => '政府性基金预算财政拨款支出',
    values: (c) => fundSpending(c, 'government-fund'),
  },
  {
    words: new RegExp(`国有资本经营预算(?:财政)?拨款支出${ROLE}$`),
    term: () => '国有资本经营预算财政拨款支出',
    values: (c) => fundSpending(c, 'state-capital'),
  },
  {
    words: new RegExp(`财政拨款收入${ROLE}$`),
    term: () => '财政拨款收入',
    values: (c) => [
      ...totalRowValues(c, ['income'], '财政拨款收入'),
      ...rowValues(c, ['summary'], /^财政拨款收入$/),
      ...rowValues(c, ['appropriation-summary'], /^本年收入合计$/),
    ],
  },
  {
    words: new RegExp(`财政拨款支出${ROLE}$`),
    term: () => '财政拨款支出',
    values: (c) => rowValues(c, ['appropriation-summary'], /^(?:本年支出合计|支出总计)$/).filter((v) => v.record.group.index > 0),
  },
  {
    words: new RegExp(`本年收入合计$|^${WHOSE}收入(?:预算|决算)(?:数|合计)?$`),
    term: () => '本年收入合计',
    values: (c) => [...totalRowValues(c, ['income']), ...rowValues(c, ['summary'], c.basis === 'final' ? /^本年收入合计$/ : /^(?:本年收入合计|收入总计)$/)],
  },
  {
    words: new RegExp(`本年支出合计$|^${WHOSE}支出(?:预算|决算)(?:数|合计)?$`),
    term: () => '本年支出合计',
    values: (c) => [...totalRowValues(c, ['expenditure']), ...rowValues(c, ['summary'], c.basis === 'final' ? /^本年支出合计$/ : /^(?:本年支出合计|支出总计)$/)],
  },
  {
    words: /年(初|末)财政拨款结转和?结余$/,
    term: (m) => `年${m[1]}财政拨款结转和结余`,
    values: (c, m) => rowValues(c, ['appropriation-summary'], new RegExp(`^年${m[1]}财政拨款结转和?结余$`)),
  },
  {
    words: /年(初|末)结转和?结余$/,
    term: (m) => `年${m[1]}结转和结余`,
    values: (c, m) => rowValues(c, ['summary'], new RegExp(`^年${m[1]}结转和?结余$`)),
  },
  {
    words: INCOME_SOURCES,
    families: ['all'],
    term: (m) => m[0],
    values: (c, m) => [...totalRowValues(c, ['income'], m[0]), ...rowValues(c, ['summary'], new RegExp(`^${m[0]}$`))],
  },
  {
    words: SPENDING_KINDS,
    families: ['all', 'general'],
    term: (m) => m[0],
    values: (c, m) => totalRowValues(c, c.family === 'general' ? ['general-function'] : ['expenditure'], m[0]),
  },
  {
    words: /(人员经费|公用经费)(?:合计)?$/,
    families: ['basic'],
    term: (m) => m[1]!,
    values: (c, m) => [
      ...rowValues(c, ['general-basic'], new RegExp(`^${m[1]}(?:合计)?$`)),
      ...totalRowValues(c, ['general-basic'], m[1]),
    ],
  },
  {
    words: /([^（()）]+?)[（(]类[）)]$|^(.+?)科目$/,
    term: (m) => `${m[1] ?? m[2]}（类）`,
    values: (c, m) => classValues(c, bareName(m[1] ?? m[2]!)),
  },
];

/** The words of a 三公 item: its name, then 支出/预算数/决算数. */
function threePublicConcepts(): Concept[] {
  const tail = `(?:财政拨款)?(?:支出)?((?:年初|全年)?预算|决算)?数?$`;
  const items: [string, RegExp, (path: string[]) => boolean][] = [
    ['“三公”经费', /三公经费/, (path) => path.some((p) => p === '合计')],
    ['因公出国（境）费', /因公出国[（(]境[）)](?:费用?)?/, (path) => path.some((p) => p.startsWith('因公出国'))],
    ['公务用车购置及运行费', /公务用?车购置及运行(?:维护)?费?/, (path) => path.some((p) => p.includes('购置及运行')) && (path.includes('小计') || !path.some((p) => /购置费|运行(?:维护)?费$/.test(p) && !p.includes('购置及运行')))],
    ['公务用车购置费', /公务用?车购置(?:费)?/, (path) => path.some((p) => /购置费$/.test(p) && !p.includes('购置及运行'))],
    ['公务用车运行费', /公务用?车(?:用车)?运行(?:维护)?(?:费)?/, (path) => path.some((p) => /运行(?:维护)?费$/.test(p) && !p.includes('购置及运行'))],
    ['公务接待费', /(?:国内)?公务接待(?:费)?/, (path) => path.some((p) => p.startsWith('公务接待'))],
  ];
  return items.map(([term, name, column]) => ({
    words: new RegExp(`${name.source}${tail}`),
    families: ['three-public'],
    orUnknown: true,
    roles: true,
    term: (m) => term + roleWord(m[1]),
    values: (c, m) => threePublic(c, column, m[1] ?? ''),
  }));
}

function roleWord(role: string | undefined): string {
  if (!role) return '';
  return role.includes('预算') ? '预算数' : '决算数';
}

/**
 * The 三公 table's column for an item: by its header path and, where the table has 预算数 and
 * 决算数 under each item, the one the words name (决算数 in a 决算 unless they say 预算).
 */
function threePublic(context: Context, item: (path: string[]) => boolean, role: string): TableValue[] {
  const basis: TableBasis = role.includes('预算') ? 'budget' : role.includes('决算') ? 'final' : context.basis;
  const wanted = basis === 'final' ? '决算数' : '预算数';
  return tablesOf(context.tables, ['three-public']).flatMap((t) =>
    t.records.flatMap((record) => {
      const columns = columnsHeaded(record.group, (_, path) => item(path));
      const roles = columns.filter((c) => /^(?:预算数|决算数)$/.test(c.path.at(-1)!));
      // A table without the two columns holds the figures of its own basis only.
      if (roles.length === 0 && t.basis !== basis) return [];
      const chosen = roles.length > 0 ? roles.filter((c) => c.path.at(-1) === wanted) : columns;
      if (chosen.length !== 1) return [];
      const value = valueAt(t, record, chosen[0]!);
      return value ? [value] : [];
    }),
  );
}

/** A 类's row in the tables of the sentence's family. */
function classValues(context: Context, name: string): TableValue[] {
  return subjectTables(context).flatMap((t) => {
    const record = classRow(t, name);
    return record ? firstValues(t, [record]) : [];
  });
}

/** A 类, 款 or 项 named in full: its row in the tables of the family. */
function subjectValues(context: Context, path: SubjectPath): TableValue[] {
  return subjectTables(context).flatMap((t) => {
    const record = subjectRecord(t, path);
    return record ? firstValues(t, [record]) : [];
  });
}

function bareName(words: string): string {
  return words.replace(LEADING_MARKER, '').replace(/^(?:其中|主要用于|包括|用于)/, '');
}

// ---------------------------------------------------------------------------------------
// "一般公共服务支出（类）财政事务（款）行政运行（项）"

const SUBJECT_PATH = /([^（()）：:，,。；;、]+?)[（(]类[）)]\s*(?:([^（()）：:，,。；;、]+?)[（(]款[）)])?\s*(?:([^（()）：:，,。；;、]+?)[（(]项[）)])?/;

/** The 科目 a text names by 类, 款 and 项 (at least a 款 or a 项). */
function subjectPath(text: string): (SubjectPath & { index: number; end: number }) | undefined {
  const m = SUBJECT_PATH.exec(text.replace(QUOTES, ''));
  if (!m || (m[2] === undefined && m[3] === undefined)) return undefined;
  return { class: bareName(m[1]!), section: m[2], item: m[3], index: m.index, end: m.index + m[0].length };
}

function subjectTerm(path: SubjectPath): string {
  return path.item !== undefined ? `${path.item}（项）` : `${path.section}（款）`;
}

/** The 科目 an item paragraph is about: "1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于…". */
function itemHeading(text: string): SubjectPath | undefined {
  const marker = markerAt(text);
  const from = marker ? marker.end : 0;
  const path = subjectPath(text.slice(from, from + 80));
  return path && path.index <= 2 ? path : undefined;
}

// ---------------------------------------------------------------------------------------

/** Every narrative figure that restates a standard table's value, with the values it restates. */
export function extractTableRestatements(facts: Facts): Restatement[] {
  const tables = facts.tables;
  if (tables.tables.length === 0 || !tables.basis) return [];
  const found: Restatement[] = [];
  for (const { unit, scope } of facts.structure.units) {
    if (!isParagraph(unit) || !isDepartmentLevel(scope)) continue;
    const heading = itemHeading(unit.text);
    for (const figure of facts.figuresOf(unit)) {
      if (figure.kind !== 'amount' || isInexact(figure) || depthAt(unit.text, figure.start) > 0) continue;
      const restated = restatementOf(figure, { tables, basis: tables.basis }, scope.section, heading, facts.reportYear);
      if (restated && restated.values.length > 0) found.push(restated);
    }
  }
  return found;
}

function restatementOf(figure: Figure, base: Context, section: Section | undefined, heading: SubjectPath | undefined, reportYear: number | undefined): Restatement | undefined {
  const text = figure.source.text;
  const sentenceStart = sentenceAround(text, figure.start).start;
  const clauseStart = listClauseStart(text, figure.start);
  const sentenceBefore = text.slice(sentenceStart, clauseStart);
  let words = clauseWords(figure);
  if (CHANGE.test(words) || COMPARED_WITH.test(sentenceBefore) || namesOtherYear(words, reportYear)) return undefined;
  // "2023年度收入支出总计…": the sentence is about another year.
  if (namesOtherYear(text.slice(sentenceStart, firstClauseEnd(text, sentenceStart)), reportYear)) return undefined;
  const subject = firstClauseWords(text, sentenceStart);
  const lead = leadWords(text, sentenceStart, clauseStart);
  // "支出决算为…" in an item paragraph is the item's: its section names the family.
  const context: Context = { ...base, family: (heading && ONLY_ROLE.test(lead) ? undefined : familyOf(lead)) ?? sectionFamily(section) };

  if (ONLY_ROLE.test(words)) {
    // "…（项）。…年初预算为A万元，支出决算为B万元": the item's figure of the tables' kind.
    if (heading) return roleOf(words) === base.basis ? itemRestatement(figure, context, heading, words) : undefined;
    // "…支出年初预算为A万元，支出决算为B万元": of the subject of the sentence's first clause.
    if (clauseStart > sentenceStart) {
      const named = cleanWords(subject).replace(TRAILING_ROLE, '');
      if (named === '') return undefined;
      words = named + (roleOf(words) === 'final' ? '决算' : '预算');
    } else if (!WHOLE_REPORT.has(sectionFamily(section))) {
      // "支出预算3,121.42万元" opening a 编制说明 is the report's; under a 三公 heading it is not.
      return undefined;
    }
  }
  const role = roleOf(words);
  const path = subjectPath(words);
  if (path && path.end === words.length) {
    return role && role !== base.basis ? undefined : { figure, term: subjectTerm(path), values: subjectValues(context, path) };
  }
  for (const concept of CONCEPTS) {
    const m = concept.words.exec(words);
    if (!m) continue;
    // A 年初预算 restated in a 决算's narrative is in no table (the 三公 table holds both).
    if (role && role !== base.basis && !concept.roles) return undefined;
    if (concept.families && !(context.family ? concept.families.includes(context.family) : concept.orUnknown)) return undefined;
    return { figure, term: concept.term(m), values: concept.values(context, m) };
  }
  return undefined;
}

/** Whether words end by naming a budget (年初预算, 预算数) or a final account (决算数). */
function roleOf(words: string): TableBasis | undefined {
  if (/决算(?:数)?$/.test(words)) return 'final';
  if (/预算(?:数)?$/.test(words)) return 'budget';
  return undefined;
}

function itemRestatement(figure: Figure, context: Context, heading: SubjectPath, words: string): Restatement {
  return { figure, term: subjectTerm(heading) + words, values: subjectValues(context, heading) };
}

const CLAUSE_END = /[，,；;：:。！？!?\n]/g;

/** Where the first clause of the sentence starting at `start` ends. */
function firstClauseEnd(text: string, start: number): number {
  CLAUSE_END.lastIndex = start;
  return CLAUSE_END.exec(text)?.index ?? text.length;
}

/** A sentence that opens with its year: "2025年，某某局收入预算…". */
const OPENING_YEAR = /^\s*(?:19|20)\d\d\s*年度?\s*[，,]/;

/** The words of a sentence's first clause (after an opening year) up to its first figure. */
function firstClauseWords(text: string, sentenceStart: number): string {
  const start = sentenceStart + (OPENING_YEAR.exec(text.slice(sentenceStart, sentenceStart + 12))?.[0].length ?? 0);
  const clause = text.slice(start, firstClauseEnd(text, start));
  const digit = clause.search(/[\d０-９]/);
  return digit < 0 ? clause : clause.slice(0, digit);
}

/** An amount at the end of some words, and the punctuation after it: "3,121.42万元，". */
const TRAILING_AMOUNT = /[\d０-９][\d０-９,.．]*\s*(?:百万|亿|万|千)?元?[，,；;：:。\s]*$/;

/** Words that list the parts of the total before them, to the end of the sentence. */
const PARTS_WORD = /其中|主要用于|主要包括|包括|分别为/g;

/**
 * The words naming the total a figure is part of: the clause before "其中" (in this sentence or
 * the one before: "…基本支出2336.91万元。其中：人员经费…"), else the sentence's first clause.
 */
function leadWords(text: string, sentenceStart: number, clauseStart: number): string {
  // Only this sentence and the one before are read: a paragraph is read in linear time.
  const from = sentenceStart > 0 ? sentenceAround(text, sentenceStart - 1).start : 0;
  let at = -1;
  for (const m of text.slice(from, clauseStart).matchAll(PARTS_WORD)) at = from + m.index;
  if (at >= 0 && at >= sentenceStart - 2) {
    // The total's words: its clause before its figure ("3,121.42万元" holds a comma).
    const total = text.slice(from, at).replace(TRAILING_AMOUNT, '');
    return cleanWords(total.slice(listClauseStart(total, total.length)));
  }
  return cleanWords(firstClauseWords(text, sentenceStart));
}

/** The family of the nearest section whose title (up to its first punctuation) names one. */
function sectionFamily(section: Section | undefined): Family | undefined {
  for (let s = section; s; s = s.parent) {
    const family = familyOf(s.title.split(/[：:，,。；;]/)[0]!.replace(QUOTES, ''));
    if (family) return family;
  }
  return undefined;
}
