/**
 * Counts and per-unit standards with the quantity they state, read as a normalised
 * "subject key": the words that say what is counted or paid for, with the words every
 * mention may add or drop taken out. "组织劳模体检人数 | 509人" (an indicator row) and "为512名
 * 劳模安排身体检查" (text) both give 劳模体检; "驻村队员人数 | 2人" and "由3名优秀的干部职工组成
 * 的驻村工作队" both give 驻村队员. Rules compare figures whose keys and measures agree.
 *
 * Money amounts are left out: a project's amounts legitimately differ from one mention to the
 * next (budget, execution, parts, other years).
 */
import { markerAt } from '../../model/numbering-markers.js';
import type { Project, Section } from '../../structure/types.js';
import type { Facts } from '../facts.js';
import type { Figure, TextUnit } from '../figure.js';
import { depthAt, listClauseStart, sentenceAround } from '../text-spans.js';
import { extractIndicatorTables, type IndicatorRow, type IndicatorTable } from './indicators.js';
import { leadingFigure } from './indicator-outcomes.js';
import { plainName } from './names.js';
import { isInexact } from './phrases.js';
import { isDepartmentLevel, isParagraph } from './project-summaries.js';

/** The target or actual cell of an indicator row a figure leads. */
export interface IndicatorCell {
  table: IndicatorTable;
  row: IndicatorRow;
  column: 'target' | 'actual';
}

export interface SubjectFigure {
  figure: Figure;
  /** The normalised subject ("驻村队员", "劳模体检"); '' when the words name nothing specific. */
  key: string;
  /** What the figure measures: "count:人", "count:个", "standard:元/人/年". */
  measure: string;
  /** The project report the figure is in; undefined in the department-level parts. */
  project?: Project;
  /** Set for the figure an indicator table's target or actual cell opens with. */
  cell?: IndicatorCell;
  /** A target or plan (a 目标 section or sentence, 计划, 预计 …), not what was done. */
  planned: boolean;
  /** In a sentence about another year or a change (与2023年度相比, 比上年, 增加 …). */
  comparison: boolean;
  /** Approximate or a bound: 约, 余, ≥, ≤, a range. */
  inexact: boolean;
  /** The innermost section the figure is in. */
  section?: Section;
  /** Position of the figure's unit in reading order (Structure.units). */
  order: number;
}

// ---------------------------------------------------------------------------------------
// Normalising subject words

/** Spellings of one thing: 身体检查 = 体检, 生活补贴 = 生活补助, 驻村工作队员 = 驻村队员. */
const SYNONYMS: [RegExp, string][] = [
  [/身体检查|健康检查|健康体检/g, '体检'],
  [/补贴/g, '补助'],
  [/工作队/g, '队'],
  [/队成员/g, '队员'],
];

/**
 * Words that say how a quantity is stated, not what it is: "how many" and "per" words,
 * light verbs of giving and organising (the project's money reaches the same people
 * whether the text says 发放, 覆盖 or 惠及), connectors, and the agent every mention may
 * add (项目资金). A word comes before the words it contains (人均标准 before 标准). 全市 and 共有 stay: "全市共有
 * 劳动者驿站320个" counts every station, not the ones the project pays for; but "覆盖了全市"
 * says the project reached them all.
 */
const NOISE_WORDS = [
  '(?:覆盖|惠及)了?(?:全市|全省|全县|全区|本市|我市)', '主要用于', '项目资金', '人均标准', '每人每年', '每人每月',
  '人数', '数量', '个数', '户数', '次数', '人次', '户次', '总数', '人均', '户均', '标准', '平均',
  '每人', '每名', '每位', '每户', '每个', '每年', '每月', '每次',
  '发放', '组织', '安排', '参加', '参与', '进行', '开展', '实施', '覆盖', '惠及', '拨付', '提供',
  '给予', '用于', '主要', '直接', '全部', '共计', '合计', '累计', '按照', '其中', '包括',
  '该项目', '本项目', '本年度', '当年度', '年度', '本年', '全年', '当年',
  '资金', '经费', '的', '了',
];
const NOISE = new RegExp(NOISE_WORDS.join('|'), 'g');
/** Words that only lead a subject: "为512名劳模", "补助“劳动者驿站”数量", "帮助困难劳模". */
const LEADING_NOISE = /^(?:项目|为|给|对|向|由|将|已|共|约|达|均|各|按|把|补助|帮助|评估)+/;
/** Connectors left at the end once the words after them are gone: "劳动者驿站拨付标准为", "巡查员按". */
const TRAILING_NOISE = /(?:为|是|达|约|按)+$/;
/** Explanations in brackets: "困难职工救助人数（人）". */
const BRACKETED = /（[^（）]*）|\([^()]*\)/g;

/** The normalised subject key of some words (an indicator name, a label, a noun phrase). */
export function subjectKey(words: string): string {
  let key = plainName(words).replace(BRACKETED, '');
  for (const [spelling, canonical] of SYNONYMS) key = key.replace(spelling, canonical);
  for (let previous = ''; previous !== key; ) {
    previous = key;
    key = key.replace(NOISE, '').replace(LEADING_NOISE, '').replace(TRAILING_NOISE, '');
  }
  return key;
}

/** Staff and administrative words that do not say whose staff: 年末实有人数, 在职职工. */
const UNSPECIFIC = /人员|职工|干部|在职|在编|实有|年末|年初|编制|退休|离休|单位|机关|部门|工作|人/g;
const MIN_KEY = 4;
const MIN_SPECIFIC = 2;

/** "3个产出指标": how many indicators a project set is the indicator-count statements' business. */
const INDICATORS = /指标$/;
/** "该类项目", "上述项目": words that point back at the sentence before for what they count. */
const POINTS_BACK = /该|此|这|上述|以上|前述|以下|下列/;

/**
 * A key names a quantity on its own only when it is long enough, says more than "staff"
 * ("年末实有" needs the sentence before it to say whose staff it counts) and does not point
 * back at what was said before ("该类项目").
 */
export function isSpecificKey(key: string): boolean {
  return (
    key.length >= MIN_KEY && key.replace(UNSPECIFIC, '').length >= MIN_SPECIFIC && !INDICATORS.test(key) && !POINTS_BACK.test(key)
  );
}

// ---------------------------------------------------------------------------------------
// Measures

/** A standard without a period (元/人) is a yearly one (元/人/年), as budget standards are. */
export function measureOf(f: Figure): string | undefined {
  if (f.kind === 'count') return `count:${f.unit}`;
  if (f.kind !== 'standard' || !f.per || f.per.length === 0) return undefined;
  const per = f.per.length === 1 ? [f.per[0], '年'] : f.per;
  return `standard:${f.unit}/${per.join('/')}`;
}

// ---------------------------------------------------------------------------------------
// Context of a text figure

/** Targets and plans. */
const PLAN_WORD = /计划|拟|预计|力争|争取/;
const TARGET_WORD = /目标|预期/;
/** "按照预定目标全面完成", "实现了预期效果": a sentence about targets met states results. */
const TARGET_MET = /(?:完成|实现|达成|达到)了?(?:预定|既定|预期)?(?:目标|预期|效果)|(?:目标|预期)[^，,；;。]{0,4}(?:完成|实现|达成)/;

function mentionsPlans(words: string): boolean {
  return PLAN_WORD.test(words) || (TARGET_WORD.test(words) && !TARGET_MET.test(words));
}
/** Another period: the figure may legitimately differ. */
const OTHER_PERIOD = /上年|上一年|去年|往年|历年|同期|相比|相较|同比|环比|较上|比上/;
/** A count per village or per station ("每村2名", "各站配备3人") is not how many there are. */
const EACH = /每|各|平均|均/;
/** A change, not a level: "增加2人". */
const CHANGE = /增加|减少|增长|下降|提高|降低|新增|增至|减至|净增|净减/;

/** The clause up to `offset` (a 、 does not end it). */
function clauseBefore(text: string, offset: number): string {
  return text.slice(listClauseStart(text, offset), offset);
}

/** The words before a text figure that its tests read; found once per figure, as several ask. */
interface WordsBefore {
  /** The sentence the figure is in, up to the figure. */
  sentence: string;
  /** The clause the figure is in, up to the figure. */
  clause: string;
}

function wordsBefore(f: Figure): WordsBefore {
  const text = f.source.text;
  return { sentence: text.slice(sentenceAround(text, f.start).start, f.start), clause: clauseBefore(text, f.start) };
}

function isDistributive(f: Figure, before: WordsBefore): boolean {
  return f.kind === 'count' && EACH.test(before.clause);
}

function isComparison(f: Figure, before: WordsBefore, facts: Facts, unitFigures: Figure[]): boolean {
  if (OTHER_PERIOD.test(before.sentence) || CHANGE.test(before.clause)) return true;
  const sentenceStart = f.start - before.sentence.length;
  return unitFigures.some(
    (y) => (y.kind === 'year' || y.kind === 'date') && y.start >= sentenceStart && y.end <= f.start && !isReportYear(y, facts),
  );
}

function isReportYear(y: Figure, facts: Facts): boolean {
  const year = y.kind === 'year' ? y.value.toNumber() : Number(/\d{4}/.exec(y.raw)?.[0]);
  return facts.reportYear !== undefined && year === facts.reportYear;
}

/** A section titled as the targets (项目绩效目标设置). */
function isPlanSection(sectionTitle: string): boolean {
  return mentionsPlans(sectionTitle.split('。')[0] ?? '');
}

// ---------------------------------------------------------------------------------------
// The words around a text figure

/** Where the words after a figure end: punctuation, brackets, quotes, a conjunction. */
const AFTER_STOP = /[，,。；;：:、！？!?\n\r\t（()）“”"《》—\s]|和|与|及|或|等|并|且/;
const MAX_AFTER = 20;
const QUOTES_AND_BRACKETS = /[“”"「」《》（）()]/;
/** "由3名优秀的干部职工组成的驻村工作队": the count is of the team's members. */
const COMPOSED_OF = /^[^，,。；;！？!?\n]{0,20}?组成的([\u4e00-\u9fff]{2,12}?(?:队|组))/;

/** The figure's label, from the last quote or bracket on (a quoted list item names its own words). */
function labelWords(f: Figure): string {
  const label = f.label;
  for (let i = label.length - 1; i >= 0; i--) {
    if (QUOTES_AND_BRACKETS.test(label[i]!)) return label.slice(i + 1);
  }
  return label;
}

/**
 * The noun phrase after a count or standard: "劳模安排身体检查" after "为512名", "劳动者驿站"
 * after "覆盖了全市320个". It stops at punctuation, a conjunction, the next figure, or a 的
 * that is not its first character (一 "的标准参加体检" after "人均600元/年" keeps its words).
 */
function wordsAfter(f: Figure, nextStart: number): string {
  const text = f.source.text;
  const limit = Math.min(nextStart, f.end + MAX_AFTER, text.length);
  let end = f.end;
  while (end < limit && !AFTER_STOP.test(text[end]!) && !(text[end] === '的' && end > f.end)) end++;
  return text.slice(f.end, end);
}

/** "一是", "二是": an enumeration written out. */
const WRITTEN_ITEM = /^\s*[一二三四五六七八九十]是/;

/**
 * The head of a list item the figure is in: "生活救助" in "①生活救助：救助困难职工30人". Two
 * items may count the same people with the same words after their heads, so the head is part
 * of what the figure counts. A colon after an opening sentence ("完成的主要任务有：") is no item.
 */
function itemHead(before: WordsBefore): string {
  const { sentence } = before;
  const colon = Math.max(sentence.lastIndexOf('：'), sentence.lastIndexOf(':'));
  if (colon < 0) return '';
  const marker = markerAt(sentence);
  const written = WRITTEN_ITEM.exec(sentence);
  const headStart = marker ? marker.end : written ? written[0].length : -1;
  return headStart >= 0 && headStart < colon ? sentence.slice(headStart, colon) : '';
}

/** Label and following words of a text figure, or the team a "由N名…组成的X队" count makes up. */
function subjectWords(f: Figure, before: WordsBefore, nextStart: number): string {
  const label = labelWords(f);
  const composed = label.endsWith('由') ? COMPOSED_OF.exec(f.source.text.slice(f.end)) : null;
  if (composed) return composed[1]!.endsWith('队') ? `${composed[1]}员` : `${composed[1]}成员`;
  const head = itemHead(before);
  return (label.startsWith(head) ? '' : head) + label + wordsAfter(f, nextStart);
}

// ---------------------------------------------------------------------------------------

/**
 * Every count and per-unit standard with its subject key: the figures indicator cells open
 * with (keyed by the row's name), and the figures of paragraphs (keyed by their label and the
 * words after them). Figures in brackets are left out: they explain or break down the figure
 * before the bracket and take their subject from it; so are counts per village or station
 * ("每村2名"). Other table cells are left out too: a cell's figure is named by headers, not
 * by words around it.
 */
export function extractSubjectFigures(facts: Facts): SubjectFigure[] {
  const order = new Map(facts.structure.units.map((u, i) => [u.unit, i]));
  const cells = cellSubjects(facts, order);
  const texts = textSubjects(facts);
  for (const text of texts) text.key = rowKeyNamed(text, cells) ?? text.key;
  return [...cells, ...texts].sort((a, b) => a.order - b.order || a.figure.start - b.figure.start);
}

/**
 * The key of the one indicator row of the project that the text names with more or fewer of
 * the words the project's own name puts around them: in "文物安全巡查补助专项预算项目",
 * "文物安全巡查员…巡查补助" names the row "巡查员补助标准".
 */
function rowKeyNamed(text: SubjectFigure, cells: SubjectFigure[]): string | undefined {
  const project = text.project;
  if (!project || text.key === '') return undefined;
  const rowKeys = new Set(cells.filter((c) => c.project === project && c.measure === text.measure && c.key !== '').map((c) => c.key));
  if (rowKeys.has(text.key)) return undefined;
  const name = plainName(project.name);
  const named = [...rowKeys].filter((key) => impliedByName(text.key, key, name) || impliedByName(key, text.key, name));
  return named.length === 1 ? named[0] : undefined;
}

const HEAD = 2;

/**
 * `longer` is `shorter` with words added that the project's name always puts before the
 * words that follow them: with the name "“劳动者驿站”运行专项预算项目", 劳动者驿站 ~ 驿站, because
 * the name has 驿站 only as 劳动者驿站. Both keys end in the same head noun (驿站, 补助).
 */
function impliedByName(longer: string, shorter: string, name: string): boolean {
  if (longer.length <= shorter.length || !longer.endsWith(shorter.slice(-HEAD))) return false;
  const runs = extraRuns(longer, shorter);
  return runs !== undefined && runs.every(({ run, next }) => alwaysBefore(run, next, name));
}

/**
 * The characters of `longer` left over when `shorter` is matched into it from the end, as runs
 * with the two characters that follow each run; undefined when `shorter` is not in order in it.
 */
function extraRuns(longer: string, shorter: string): { run: string; next: string }[] | undefined {
  const runs: { run: string; next: string }[] = [];
  let i = longer.length - 1;
  let runEnd = -1;
  for (let j = shorter.length - 1; j >= -1; j--) {
    while (i >= 0 && (j < 0 || longer[i] !== shorter[j])) {
      if (runEnd < 0) runEnd = i + 1;
      i--;
    }
    if (runEnd >= 0) {
      runs.push({ run: longer.slice(i + 1, runEnd), next: longer.slice(runEnd, runEnd + HEAD) });
      runEnd = -1;
    }
    if (j >= 0 && i < 0) return undefined;
    i--;
  }
  return runs;
}

/** The name holds `next`, and every time it does, `run` comes right before it. */
function alwaysBefore(run: string, next: string, name: string): boolean {
  if (run.length < HEAD || next.length < HEAD || !name.includes(run + next)) return false;
  for (let at = name.indexOf(next); at >= 0; at = name.indexOf(next, at + 1)) {
    if (name.slice(at - run.length, at) !== run) return false;
  }
  return true;
}

function cellSubjects(facts: Facts, order: Map<TextUnit, number>): SubjectFigure[] {
  const subjects: SubjectFigure[] = [];
  for (const table of facts.of(extractIndicatorTables)) {
    const project = projectOf(table.scope);
    for (const row of table.rows) {
      const key = subjectKey(row.name.text);
      for (const column of ['target', 'actual'] as const) {
        const figure = leadingFigure(row[column], column === 'target' ? row.targetFigures : row.actualFigures);
        const measure = figure && measureOf(figure);
        if (!figure || !measure) continue;
        subjects.push({
          figure,
          key: isSpecificKey(key) ? key : '',
          measure,
          project,
          cell: { table, row, column },
          planned: column === 'target',
          comparison: false,
          inexact: isInexact(figure),
          section: table.scope.section,
          order: order.get(figure.source) ?? 0,
        });
      }
    }
  }
  return subjects;
}

function textSubjects(facts: Facts): SubjectFigure[] {
  const subjects: SubjectFigure[] = [];
  facts.structure.units.forEach(({ unit, scope }, order) => {
    if (!isParagraph(unit)) return;
    const figures = facts.figuresOf(unit);
    const project = projectOf(scope);
    let planSection: boolean | undefined; // read from the title once, if a figure asks
    figures.forEach((figure, i) => {
      const measure = measureOf(figure);
      if (!measure || depthAt(unit.text, figure.start) > 0) return;
      const before = wordsBefore(figure);
      if (isDistributive(figure, before)) return;
      const key = subjectKey(subjectWords(figure, before, figures[i + 1]?.start ?? unit.text.length));
      subjects.push({
        figure,
        key: isSpecificKey(key) ? key : '',
        measure,
        project,
        // A section about targets, or a sentence about targets or plans.
        planned: (planSection ??= isPlanSection(scope.section?.title ?? '')) || mentionsPlans(before.sentence),
        comparison: isComparison(figure, before, facts, figures),
        inexact: isInexact(figure),
        section: scope.section,
        order,
      });
    });
  });
  return subjects;
}

/** The project report of a scope; undefined for the department-level parts. */
function projectOf(scope: { project?: Project }): Project | undefined {
  return isDepartmentLevel(scope) ? undefined : scope.project;
}
