import type { Paragraph } from '../../model/document.js';
import type { DocumentKind } from '../../structure/kind.js';
import type { Project } from '../../structure/types.js';
import type { Facts } from '../facts.js';
import type { Figure } from '../figure.js';
import { clauseEnd, clauseStart, sentenceAround } from '../text-spans.js';

/**
 * What a year labels. Only these roles claim "this is the report's own year"; any other use
 * of a year (a comparison, a date, a past event, a document title, a plan) says nothing
 * about it and is not extracted.
 * - title: the title of the report, a part or a project report ("2024年绩效评价报告");
 * - budget: the budget or execution figures of the report or of a project
 *   ("“X”项目2024年度全年预算数15万元", "2024年度本年支出合计…");
 * - scope: what an evaluation covers ("评价选点应覆盖参与2024年度…项目的各级工会组织");
 * - year-end: the date a report written after its year states the year-end state at
 *   ("截至2024年12月31日，共有车辆2辆", "截至2024年末…实有人数20人", "截至2024年底，政府债务余额…").
 */
export type YearRole = 'title' | 'budget' | 'scope' | 'year-end';

export interface YearLabel {
  /** The year figure (kind 'year', a single year, not a range). */
  figure: Figure;
  role: YearRole;
  /** The project whose title line this is, for a project report title. */
  project?: Project;
}

/** A title names a report, a budget or a final account after its year: "2024年度部门决算情况说明". */
const TITLE_AFTER_YEAR = /^[^，。；：,;:\d]{0,20}?(?:决算|预算|绩效(?:评价|自评)报告|自评报告|评价报告)/;
/** Headings about another year on purpose: "上年预算执行情况", "与2023年度对比情况". */
const NOT_OWN_YEAR_HEADING = /执行情况|上年|上一年|去年|相比|对比|比较|变动|以来/;

/** Figures only the year of the report itself can label: a project's annual budget, its application. */
const PROJECT_BUDGET_AFTER_YEAR = /^(?:全年预算|(?:项目)?申报|(?:财政)?批复)/;
/** Figures that need the project named just before the year: "“X”项目2024年度预算执行数". */
const BUDGET_AFTER_YEAR = /^(?:全年)?(?:预算|决算|执行)(?:执行)?数/;
/** The subject before the year is a project: "…专项预算项目", "“工会经费”". */
const PROJECT_BEFORE_YEAR = /(?:项目|[”"」])$/;
/** The headline figures of a 部门决算/部门预算, labelled with the report year. */
const REPORT_FIGURE_AFTER_YEAR =
  /^(?:本年(?:收入|支出)|收、?支总计|财政拨款(?:收|支|收入|支出)|一般公共预算财政拨款|政府性基金预算财政拨款|国有资本经营预算财政拨款|[“"]?三公[”"]?经费财政拨款|机关运行经费支出)/;

/** Words naming what an evaluation covers; a year after them (in the same sentence) scopes it. */
const SCOPE_WORD = /(?:评价|评估)的?(?:选点|范围|对象|期间|时段|区间|年度)/;
/** Words after a year that make it a past event or a starting point, not the scope's year. */
const EVENT_AFTER_YEAR = /^(?:以来|起|开始|之前|以前|前|后|设立|成立|建成|启动|召开|印发|出台|发布|颁布|修订)/;

/**
 * Kinds written after their year has ended, so their year-end state is the report year's. A
 * budget is written before its year ends and states the latest state known (截至2024年12月31日
 * or 截至2024年6月 in a 2025 budget); an evaluation or a 三公经费 说明 may be either.
 */
const YEAR_END_KINDS: ReadonlySet<DocumentKind> = new Set(['department-final', 'government-final', 'government-budget-report']);
/** The date ends a year: 2024年末, 2024年底, 2024年度末, 2024年12月31日, 2024年12月底. */
const YEAR_END_DATE = /^[^年]*年\s*度?\s*[末底]|12\s*月\s*(?:31\s*日|[末底])/;
/** "截至", "截止到", "到" right before the date: the state as of then. */
const AS_OF = /(?:截至|截止|到)\s*$/;
/** What a year-end date states: staff, posts, vehicles, assets, debt. */
const STATE_WORD = /实有|在职|在编|编制|人数|车辆|用车|保有量|资产(?:总额|总计|合计|原值|净值)|(?:固定|流动|国有)资产|债务余额|债务限额/;
/** A cumulative achievement ("累计建成…", "累计盘活闲置资产…") is history, not the state at the year's end. */
const CUMULATIVE = /累计/;

/** A year next to another one: a range or a list ("2022年至2024年", "2023、2024年度"). */
const BESIDE_ANOTHER_YEAR_AFTER = /^(?:[至到—–\-－~～]|[、和及与](?:19|20)\d\d)/;
/** "截至", "截止到", "直到" lead a date, not the second end of a range. */
const BESIDE_ANOTHER_YEAR_BEFORE = /(?:(?<![截止直])至|(?<!截止|直)到|[—–\-－~～]|(?:19|20)\d\d年?度?[、和及与])$/;
/** Plans: "2025年度全年预算数拟安排…" in a 2024 report is about next year. */
const PLAN = /将|拟|计划|预计|下一步|下一年|下年|明年|今后|未来/;

/**
 * Language that compares with or refers to another year: then a year other than the report
 * year is expected ("与2023年度相比", "比上年", "较2023年", "上年决算数").
 */
const COMPARISON = /相比|对比|比较|同比|环比|持平|较|比上|上年|上一年|去年|增长|下降|增加|减少|增减|变动|变化/;

/** Every year in the document that labels the report's own title, figures or evaluation scope. */
export function extractYearLabels(facts: Facts): YearLabel[] {
  const labels: YearLabel[] = [];
  const titleUnits = new Set(facts.structure.projects.map((p) => p.titleSource));
  for (const project of facts.structure.projects) {
    const figure = facts.figuresOf(project.titleSource).find((f) => isSingleYear(f) && f.value.eq(project.year ?? NaN));
    if (figure) labels.push({ figure, role: 'title', project });
  }
  for (const { unit } of facts.structure.units) {
    // Table cells hold column headers such as "2023年决算数" beside "2024年决算数": comparisons.
    if (unit.kind !== 'paragraph' || titleUnits.has(unit)) continue;
    const heading = isHeadingLike(facts, unit);
    for (const figure of facts.figuresOf(unit)) {
      if (!isYearOrDate(figure) || insideBookTitle(unit.text, figure.start) || besideAnotherYear(unit.text, figure)) continue;
      const role = heading ? titleRole(unit, figure) : (yearEndRole(facts, unit, figure) ?? bodyRole(facts, unit, figure));
      if (role) labels.push({ figure, role });
    }
  }
  return labels;
}

function isSingleYear(f: Figure): boolean {
  return f.kind === 'year' && !f.range;
}

function isYearOrDate(f: Figure): boolean {
  return (f.kind === 'year' || f.kind === 'date') && !f.range;
}

/** One the format marks as a heading, or a short line without sentence punctuation or amounts. */
function isHeadingLike(facts: Facts, p: Paragraph): boolean {
  const text = p.text.trim();
  if (p.heading) return true;
  const holdsFigures = facts.figuresOf(p).some((f) => f.kind !== 'year' && f.kind !== 'date');
  return text.length <= 40 && !/[。；;，,！？!?]/.test(text) && !holdsFigures;
}

function besideAnotherYear(text: string, figure: Figure): boolean {
  return BESIDE_ANOTHER_YEAR_AFTER.test(text.slice(figure.end)) || BESIDE_ANOTHER_YEAR_BEFORE.test(text.slice(0, figure.start));
}

function titleRole(unit: Paragraph, figure: Figure): YearRole | undefined {
  if (!isSingleYear(figure)) return undefined;
  const after = unit.text.slice(figure.end);
  if (!TITLE_AFTER_YEAR.test(after) || NOT_OWN_YEAR_HEADING.test(unit.text)) return undefined;
  return 'title';
}

function bodyRole(facts: Facts, unit: Paragraph, figure: Figure): YearRole | undefined {
  if (!isSingleYear(figure)) return undefined;
  const { text } = unit;
  const after = text.slice(figure.end);
  const sentence = sentenceAround(text, figure.start);
  const sentenceText = text.slice(sentence.start, sentence.end);
  if (COMPARISON.test(clauseAround(text, figure.start)) || mentionsOtherYear(facts, unit, figure, sentence)) return undefined;
  const reportYear = facts.reportYear;
  if (reportYear !== undefined && figure.value.gt(reportYear) && PLAN.test(sentenceText)) return undefined;

  if (labelsBudgetFigure(facts, unit, figure, sentenceText)) return 'budget';
  const scopeWord = SCOPE_WORD.exec(sentenceText);
  if (scopeWord && sentence.start + scopeWord.index < figure.start && !EVENT_AFTER_YEAR.test(after)) return 'scope';
  return undefined;
}

/**
 * "截至2024年12月31日，本部门共有车辆2辆": in a report written after its year, the state as of
 * a year's end is the report year's end. Only dates led by 截至/截止/到 and followed, in the
 * same sentence, by what a year-end states (staff, vehicles, assets, debt) count.
 */
function yearEndRole(facts: Facts, unit: Paragraph, figure: Figure): YearRole | undefined {
  const { text } = unit;
  if (!YEAR_END_KINDS.has(facts.kind)) return undefined;
  if (!YEAR_END_DATE.test(figure.raw + text.slice(figure.end, figure.end + 2))) return undefined;
  if (!AS_OF.test(text.slice(clauseStart(text, figure.start), figure.start))) return undefined;
  const sentence = sentenceAround(text, figure.start);
  const sentenceText = text.slice(sentence.start, sentence.end);
  if (!STATE_WORD.test(text.slice(figure.end, sentence.end)) || CUMULATIVE.test(sentenceText) || PLAN.test(sentenceText)) return undefined;
  if (COMPARISON.test(clauseAround(text, figure.start)) || mentionsOtherYear(facts, unit, figure, sentence)) return undefined;
  return 'year-end';
}

/** "“X”项目2024年度全年预算数15万元", "2024年度本年支出合计…万元": the year names an amount. */
function labelsBudgetFigure(facts: Facts, unit: Paragraph, figure: Figure, sentenceText: string): boolean {
  const { text } = unit;
  const after = text.slice(figure.end);
  const before = text.slice(clauseStart(text, figure.start), figure.start);
  const end = clauseEnd(text, figure.end);
  const namesAmount = facts.figuresOf(unit).some((f) => f.kind === 'amount' && f.start >= figure.end && f.start < end);
  if (!namesAmount) return false;
  if (PROJECT_BUDGET_AFTER_YEAR.test(after)) return true;
  if (BUDGET_AFTER_YEAR.test(after) && PROJECT_BEFORE_YEAR.test(before)) return true;
  return REPORT_FIGURE_AFTER_YEAR.test(after) && !COMPARISON.test(sentenceText);
}

/** The clause around `offset`: from the previous comma, semicolon … to the next one. */
function clauseAround(text: string, offset: number): string {
  return text.slice(clauseStart(text, offset), clauseEnd(text, offset));
}

/** Another year in the same sentence makes it a juxtaposition of two years, not a label. */
function mentionsOtherYear(facts: Facts, unit: Paragraph, figure: Figure, sentence: { start: number; end: number }): boolean {
  return facts
    .figuresOf(unit)
    .some((f) => f !== figure && (f.kind === 'year' || f.kind === 'date') && f.start >= sentence.start && f.end <= sentence.end && !f.value.eq(figure.value));
}

/** Inside 《…》: a document's own title ("《关于下达2023年…的通知》") keeps its year. */
function insideBookTitle(text: string, offset: number): boolean {
  const open = text.lastIndexOf('《', offset);
  return open >= 0 && text.lastIndexOf('》', offset) < open;
}
