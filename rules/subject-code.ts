import type { Block, Paragraph } from '../src/model/document.js';
import type { Localized, Report, Rule } from '../src/lint/types.js';
import { ECONOMIC_CLASSES, FUNCTION_CLASSES, classNamed, parentCode, parseCode } from '../src/tables/codes.js';
import { hasFigures, subjectName } from '../src/tables/lookup.js';
import type { StandardTable, SubjectCode, TableRecord } from '../src/tables/index.js';

/**
 * A 科目编码 names one subject of the 政府收支分类科目: wherever the report prints the code it
 * must print the same 科目名称, a 类 row must carry its own 类's name, and a table that lists
 * 类 and 款 rows lists them above every 项. The narrative's "XX（类）XX（款）XX（项）" headings
 * must name the subjects as the tables do.
 */
export const rule: Rule = {
  meta: {
    id: 'subject-code',
    defaultSeverity: 'error',
    description: {
      zh: '同一科目编码的科目名称前后不一、类级名称错配、缺少上级科目行，或正文中的类款项名称与表中不符',
      en: 'A subject code carries different names, a 类 row carries another 类’s name, a parent subject row is missing, or the narrative names a subject differently from the tables',
    },
    docs: 'docs/rules/subject-code.md',
  },
  check({ doc, facts, report }) {
    const tables = facts.tables.tables;
    const rows = codedRows(tables);
    const renamed = checkNames(rows, report);
    checkClassNames(rows.filter((row) => !renamed.has(row.record)), report);
    for (const table of tables) checkParents(table, report);
    checkNarrative(doc.blocks, tables.filter(hasFigures), report);
  },
};

interface CodedRow {
  table: StandardTable;
  record: TableRecord & { code: SubjectCode };
  name: string;
}

function codedRows(tables: StandardTable[]): CodedRow[] {
  return tables.flatMap((table) =>
    table.records.flatMap((record) => (record.code && record.label ? [{ table, record: record as CodedRow['record'], name: subjectName(record.label) }] : [])),
  );
}

const LEVELS = { 1: '类', 2: '款', 3: '项' } as const;

function wholeCell(record: TableRecord): Pick<Report, 'source' | 'start' | 'end'> {
  return { source: record.labelCell, start: 0, end: record.labelCell.text.length };
}

function titles(rows: CodedRow[]): string {
  return [...new Set(rows.map((r) => r.table.title))].join('、');
}

// ---------------------------------------------------------------------------------------
// One code, one name

/**
 * Rows of one code whose names differ: the name most rows give (the first, on a tie) is taken
 * for the right one and every other row is reported. Returns the records reported.
 */
function checkNames(rows: CodedRow[], report: (r: Report) => void): Set<TableRecord> {
  const reported = new Set<TableRecord>();
  const byCode = new Map<string, CodedRow[]>();
  for (const row of rows) byCode.set(row.record.code.digits, [...(byCode.get(row.record.code.digits) ?? []), row]);
  for (const [code, same] of byCode) {
    const byName = new Map<string, CodedRow[]>();
    for (const row of same) byName.set(row.name, [...(byName.get(row.name) ?? []), row]);
    if (byName.size < 2) continue;
    const majority = [...byName.values()].reduce((best, group) => (group.length > best.length ? group : best));
    const right = majority[0]!.record.label;
    for (const row of same) {
      if (majority.includes(row)) continue;
      reported.add(row.record);
      report({
        ...wholeCell(row.record),
        message: {
          zh: `${row.table.title}科目编码 ${code} 的科目名称为“${row.record.label}”，而${titles(majority)}中同一编码为“${right}”；同一科目编码应使用同一名称，应为“${right}”`,
          en: `In ${row.table.title} subject code ${code} is named “${row.record.label}”, but ${titles(majority)} names the same code “${right}”; one code must carry one name: it should be “${right}”`,
        },
      });
    }
  }
  return reported;
}

// ---------------------------------------------------------------------------------------
// A 类 row with another 类's name

function checkClassNames(rows: CodedRow[], report: (r: Report) => void): void {
  for (const { table, record } of rows) {
    if (record.code.level !== 1) continue;
    const classes = record.code.system === 'function' ? FUNCTION_CLASSES : ECONOMIC_CLASSES;
    const own = classes[record.code.digits];
    // A 类 the list does not know (a newer edition) or a name that still carries its own words.
    if (!own || own.words.test(record.label.replace(/[（(]类[）)]$/, ''))) continue;
    const other = classNamed(record.label, record.code.system);
    if (!other || other === record.code.digits) continue;
    report({
      ...wholeCell(record),
      message: {
        zh: `${table.title}科目编码 ${record.code.digits} 是“${own.name}”（类），但该行名称“${record.label}”是 ${other}“${classes[other]!.name}”的名称；编码与名称应对应`,
        en: `In ${table.title} subject code ${record.code.digits} is the 类 “${own.name}”, but the row is named “${record.label}”, the name of ${other} “${classes[other]!.name}”; the code and the name must match`,
      },
    });
  }
}

// ---------------------------------------------------------------------------------------
// Parent rows

/**
 * A table that lists 类 rows (and 款 rows, for 项) lists the parent of every row: a 项 printed
 * without its 款 breaks the table's own hierarchy and its 类/款 subtotals. Reported once per
 * missing parent, on its first child.
 */
function checkParents(table: StandardTable, report: (r: Report) => void): void {
  const coded = table.records.filter((r): r is CodedRow['record'] => !!r.code);
  const present = new Set(coded.map((r) => r.code.digits));
  const levels = (system: SubjectCode['system']) => new Set(coded.filter((r) => r.code.system === system).map((r) => r.code.level));
  const byLevel = { function: levels('function'), economic: levels('economic') };
  const missing = new Set<string>();
  for (const record of coded) {
    const listed = byLevel[record.code.system];
    if (!listed.has(1) || (record.code.level === 3 && !listed.has(2))) continue;
    for (let code: SubjectCode | undefined = record.code; code && code.level > 1; ) {
      const parent = parseCode(parentCode(code)!);
      if (!parent) break;
      if (!present.has(parent.digits) && !missing.has(parent.digits)) {
        missing.add(parent.digits);
        report({ ...wholeCell(record), severity: 'warning', message: missingParent(table, record, parent) });
      }
      code = parent;
    }
  }
}

function missingParent(table: StandardTable, record: CodedRow['record'], parent: SubjectCode): Localized {
  const child = `${record.code.digits} ${record.label}（${LEVELS[record.code.level]}）`;
  const level = LEVELS[parent.level];
  return {
    zh: `${table.title}列有 ${child}，但没有其所属的${level}级科目 ${parent.digits} 行；该表其他科目列出了上级科目行，应补列 ${parent.digits}（${level}）`,
    en: `${table.title} lists ${child} but not the row of its ${level} ${parent.digits}, while it lists the parent rows of its other subjects; add the row of ${parent.digits}`,
  };
}

// ---------------------------------------------------------------------------------------
// The narrative's 类/款/项 headings

/** "一般公共服务支出（类）财政事务（款）行政运行（项）": the 项 part may be left out. */
const PATH = /([\u4e00-\u9fff]+)[（(]类[）)]([\u4e00-\u9fff]+)[（(]款[）)](?:([\u4e00-\u9fff]+)[（(]项[）)])?/g;

/**
 * The subjects of the function classification the tables list: each code's name as first
 * printed, every spelling the tables give it (a code printed with two names is reported
 * above; the text may follow either), and its children.
 */
interface NameTree {
  names: Map<string, string>;
  spellings: Map<string, Set<string>>;
  children: Map<string, string[]>;
}

function nameTree(tables: StandardTable[]): NameTree {
  const names = new Map<string, string>();
  const spellings = new Map<string, Set<string>>();
  const children = new Map<string, string[]>();
  for (const { record, name } of codedRows(tables)) {
    const { digits, system } = record.code;
    if (system !== 'function') continue;
    spellings.set(digits, (spellings.get(digits) ?? new Set()).add(name));
    if (names.has(digits)) continue;
    names.set(digits, record.label);
    const parent = parentCode(record.code);
    if (parent) children.set(parent, [...(children.get(parent) ?? []), digits]);
  }
  return { names, spellings, children };
}

/** "支出决算为0万元": an item budgeted but not spent, which the tables of spending leave out. */
const NOTHING_SPENT = /(?:支出决算|决算数|执行数|预算安排)(?:为|是)?0(?:\.0+)?万?元/;

/**
 * Each heading is resolved down the tables' tree: the 类 whose name ends the words before
 * （类）, then its 款, then the 款's 项. A 类 the tables do not list is another table's business;
 * a 款 or 项 name no child of the resolved parent carries is reported, as a warning: the
 * tables are the authority and the text is where such names are retyped.
 */
function checkNarrative(blocks: Block[], tables: StandardTable[], report: (r: Report) => void): void {
  const tree = nameTree(tables);
  const classes = [...tree.names.keys()].filter((code) => code.length === 3);
  if (classes.length === 0) return;
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || NOTHING_SPENT.test(block.text)) continue;
    for (const m of block.text.matchAll(PATH)) {
      const run = subjectName(m[1]!);
      const cls = classes.find((code) => [...tree.spellings.get(code)!].some((name) => run.endsWith(name)));
      if (!cls) continue;
      const segment = resolve(tree, cls, m[2]!);
      const segmentStart = m.index! + m[0].indexOf(m[2]!, m[1]!.length);
      if (segment === null) {
        report(narrativeReport(block, segmentStart, m[2]!, '款', tree, cls));
        continue;
      }
      if (!segment || m[3] === undefined) continue;
      if (resolve(tree, segment, m[3]) === null) {
        const itemStart = m.index! + m[0].lastIndexOf(m[3]);
        report(narrativeReport(block, itemStart, m[3], '项', tree, segment));
      }
    }
  }
}

/** The child of `parent` with this name; null when the tables list children but none has it. */
function resolve(tree: NameTree, parent: string, name: string): string | null | undefined {
  const children = tree.children.get(parent) ?? [];
  if (children.length === 0) return undefined;
  return children.find((code) => tree.spellings.get(code)!.has(subjectName(name))) ?? null;
}

function narrativeReport(block: Paragraph, start: number, name: string, level: '款' | '项', tree: NameTree, parent: string): Report {
  const children = tree.children.get(parent)!;
  const listed = children.map((code) => `${code} ${tree.names.get(code)}`).join('、');
  const parentName = `${parent} ${tree.names.get(parent)}`;
  const suggestion = children.length === 1 ? `，应为“${tree.names.get(children[0]!)}”` : '';
  return {
    source: block,
    start,
    end: start + name.length,
    severity: 'warning',
    message: {
      zh: `正文中的“${name}（${level}）”不是表中 ${parentName} 下的${level}级科目（表中为：${listed}）${suggestion}`,
      en: `The text names “${name}” as a ${level}, but the tables list no such ${level} under ${parentName} (they list: ${listed})${children.length === 1 ? `; it should be “${tree.names.get(children[0]!)}”` : ''}`,
    },
  };
}
