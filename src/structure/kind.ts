import type { Document, Paragraph } from '../model/document.js';
import { normalizeDigits } from '../extract/numbers.js';

/**
 * What kind of budget document this is. The kind decides which years the document may name
 * as its own: a 部门决算 is about one year, a 预算执行情况和预算草案 report about two.
 * - department-final: 部门决算, 单位决算 (with or without 绩效评价报告 attached);
 * - department-budget: 部门预算, 单位预算;
 * - government-budget-report: 关于2024年预算执行情况和2025年预算草案的报告;
 * - government-final: a government's 决算 (财政总决算, 决算草案, 全市/本级 决算表 …);
 * - performance-evaluation: a 绩效评价报告 / 绩效自评报告 that is the whole document;
 * - three-public: a 三公经费 说明 on its own.
 */
/** A government's 决算 or 预算执行和草案 report: its tables follow another template than a department's. */
export function isGovernmentReport(kind: DocumentKind): boolean {
  return kind === 'government-final' || kind === 'government-budget-report';
}

export type DocumentKind =
  | 'department-final'
  | 'department-budget'
  | 'government-budget-report'
  | 'government-final'
  | 'performance-evaluation'
  | 'three-public'
  | 'unknown';

interface KindReading {
  kind: DocumentKind;
  /** The report year the title names, when the kind's title has a fixed place for it (the execution year of a government budget report). */
  year?: number;
}

/** A year as titles write it: 2024, ２０２４ (after normalizing), 二〇二四, 二○二四. */
const YEAR = '((?:19|20)\\d{2}|[一二][〇○零一二三四五六七八九]{3})年度?(?![\\d一二三四五六七八九十]{1,2}月)';

/**
 * "2024年预算执行情况和2025年预算草案", "2025年市本级预算和市总预算执行情况与2026年市本级预算和
 * 市总预算草案", "2025年地方财政预算执行情况和2026年地方财政预算（草案）".
 */
const GOVERNMENT_BUDGET_REPORT = new RegExp(`${YEAR}[^。；]{0,40}?预算执行情况[^。；\\d]{0,12}?${YEAR}[^。；]{0,40}?预算[（(]?草案`);
/** The whole document reports on an evaluation: "…项目2024年度绩效评价报告", "部门整体支出绩效自评报告". */
const PERFORMANCE_EVALUATION = /绩效(?:评价|自评|评估)报告/;
/** A 三公经费 explanation titled as such: "2024年度“三公”经费决算情况说明". */
const THREE_PUBLIC = /三公[”"」]?经费[^。；]{0,16}(?:说明|情况|公开)/;
const DEPARTMENT_FINAL = /(?:部门|单位)(?:整体)?决算/;
const DEPARTMENT_BUDGET = /(?:部门|单位)(?:整体)?预算/;
/** A government's final accounts: its own title, or the title of one of its tables ("2019年全区一般公共预算收入决算表"). */
const GOVERNMENT_FINAL =
  /总决算|决算[（(]?草案|(?:政府|财政)决算|(?:全[国省市区县州盟旗]|本级|[省市县区]级|各[市县区])[^，。；：:]{0,24}决算/;
/** Department tables also say 决算表; theirs name 财政拨款 or the 收入支出决算总表. */
const DEPARTMENT_TABLE = /财政拨款|收入支出决算总表|收支决算总表/;

/** How many lines the opening (the title block before the text begins) may have. */
const OPENING_LINES = 15;
/** A title may be broken over this many lines ("关于开封市2019年预算执行情况和" / "2020年预算草案的报告"). */
const TITLE_LINES = 3;

/**
 * Reads the kind from the titles. The title block at the top decides first, its lines read
 * alone and joined (titles are often broken over lines); then the first heading or table
 * title further on that names a 决算 or 预算 of a department or a government. A 绩效评价报告
 * or 三公经费 title counts only at the top: further on it is an attachment of a larger report.
 */
export function readKind(doc: Document): KindReading {
  const opening = openingLines(doc);
  // Lines alone first, so a date line above the title is never read as part of it.
  for (let n = 1; n <= TITLE_LINES; n++) {
    for (let i = 0; i + n <= opening.length; i++) {
      const reading = classify(opening.slice(i, i + n).join(''), true);
      if (reading) return reading;
    }
  }
  for (const title of titleLines(doc)) {
    const reading = classify(title, false);
    if (reading) return reading;
  }
  return { kind: 'unknown' };
}

/**
 * The years a document of this kind may name as its own, given its report year: the execution
 * year and the budget year after it for a 预算执行情况和预算草案 report, the report year for
 * every other kind.
 */
export function coveredYears(kind: DocumentKind, reportYear: number | undefined): number[] {
  if (reportYear === undefined) return [];
  return kind === 'government-budget-report' ? [reportYear, reportYear + 1] : [reportYear];
}

function classify(title: string, atTop: boolean): KindReading | undefined {
  const text = normalizeDigits(title).replace(/\s+/g, '');
  const budgetReport = GOVERNMENT_BUDGET_REPORT.exec(text);
  if (budgetReport) return { kind: 'government-budget-report', year: yearOf(budgetReport[1]!) };
  if (atTop && PERFORMANCE_EVALUATION.test(text)) return { kind: 'performance-evaluation' };
  if (atTop && THREE_PUBLIC.test(text) && !/表/.test(text)) return { kind: 'three-public' };
  if (DEPARTMENT_FINAL.test(text)) return { kind: 'department-final' };
  if (DEPARTMENT_BUDGET.test(text)) return { kind: 'department-budget' };
  if (GOVERNMENT_FINAL.test(text) && !DEPARTMENT_TABLE.test(text)) return { kind: 'government-final' };
  return undefined;
}

/** A heading, or a short line with no sentence punctuation: a title, a heading, a table's title. */
function isTitleLike(p: Paragraph): boolean {
  const text = p.text.trim();
  return text.length > 0 && (p.heading || (text.length <= 60 && !/[。；;！？!?]/.test(text)));
}

/** The title lines at the top, up to the first sentence or table. */
function openingLines(doc: Document): string[] {
  const lines: string[] = [];
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph' || !isTitleLike(block) || lines.length >= OPENING_LINES) break;
    lines.push(block.text.trim());
  }
  return lines;
}

function titleLines(doc: Document): string[] {
  return doc.blocks.flatMap((b) => (b.kind === 'paragraph' && isTitleLike(b) ? [b.text.trim()] : []));
}

const CHINESE_DIGITS = '〇一二三四五六七八九';

/** 2024 from "2024" or "二〇二四"/"二○二四" (○ and 零 are written for 〇 too). */
function yearOf(written: string): number {
  if (/^\d{4}$/.test(written)) return Number(written);
  return Number([...written].map((c) => CHINESE_DIGITS.indexOf(c === '○' || c === '零' ? '〇' : c)).join(''));
}
