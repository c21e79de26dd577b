import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/linter.js';
import { readDocument } from '../../src/readers/index.js';
import { rule } from '../../rules/empty-table.js';
import { buildDocument } from '../support/documents.js';

const lint = (...blocks: (string | string[][])[]) => lintDocument(buildDocument(blocks), { rules: [rule] });

const TITLE = '2024年度部门决算';
const UNIT = '单位：万元';

/** A 收入支出决算总表 with figures, so that a document is not all empty tables. */
const SUMMARY = [
  '收入支出决算总表',
  UNIT,
  [
    ['收入', '', '支出', ''],
    ['项目', '决算数', '项目', '决算数'],
    ['一、一般公共预算财政拨款收入', '120.00', '一、一般公共服务支出', '120.00'],
    ['本年收入合计', '120.00', '本年支出合计', '120.00'],
  ],
];

/** The 政府性基金 / 国有资本经营 table of a 部门决算, its figure cells filled with `cell`. */
function fundTable(cell = ''): string[][] {
  const figures = Array<string>(6).fill(cell);
  return [
    ['项目', '', '年初结转和结余', '本年收入', '本年支出', '', '', '年末结转和结余'],
    ['功能分类科目编码', '科目名称', '', '', '小计', '基本支出', '项目支出', ''],
    ['', '', ...figures],
    ['合计', '', ...figures],
  ];
}

const sample = (name: string) => fileURLToPath(new URL(`../../samples/final-accounts-${name}.txt`, import.meta.url));

const FUND = '政府性基金预算财政拨款收入支出决算表';
const CAPITAL = '国有资本经营预算财政拨款收入支出决算表';
const GENERIC_NOTE = '注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。';

describe('empty-table', () => {
  it('reports an empty table that nothing explains, on its title', () => {
    const [d, ...rest] = lint(TITLE, ...SUMMARY, FUND, UNIT, fundTable(), GENERIC_NOTE);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'empty-table', severity: 'warning', excerpt: FUND });
    expect(d!.message.zh).toBe(
      `“${FUND}”各栏均无数据，但表下和情况说明中都没有说明原因；应在表下注明，如“本单位本年度无政府性基金预算财政拨款收入和支出，故本表无数据”`,
    );
    expect(d!.message.en).toContain('has no figures');
  });

  it('counts zeros and dashes as no figures', () => {
    expect(lint(TITLE, ...SUMMARY, FUND, UNIT, fundTable('0.00'))).toHaveLength(1);
    expect(lint(TITLE, ...SUMMARY, FUND, UNIT, fundTable('-'))).toHaveLength(1);
    const threePublic = [
      ['财政拨款“三公”经费', '', '', ''],
      ['合计', '', '公务接待费', ''],
      ['预算数', '决算数', '预算数', '决算数'],
      ['0.00', '0.00', '0.00', '0.00'],
    ];
    const [d] = lint(TITLE, ...SUMMARY, '财政拨款“三公”经费支出决算表', UNIT, threePublic);
    expect(d!.message.zh).toContain('本单位本年度无财政拨款“三公”经费支出，故本表无数据');
  });

  it('accepts the note under the table, after the template line or alone', () => {
    const note = '说明：本单位本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。';
    expect(lint(TITLE, ...SUMMARY, FUND, UNIT, fundTable(), GENERIC_NOTE, note)).toEqual([]);
    expect(lint(TITLE, ...SUMMARY, FUND, UNIT, fundTable(), '注：本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。')).toEqual([]);
    expect(lint(TITLE, ...SUMMARY, FUND, UNIT, fundTable(), '本表为空表。')).toEqual([]);
  });

  it('accepts the narrative section about the table, in any words', () => {
    const narrative = ['第三部分 情况说明', '八、政府性基金预算财政拨款收入支出决算情况说明', '本单位本年度无此项收支。'];
    expect(lint(TITLE, ...SUMMARY, FUND, UNIT, fundTable(), GENERIC_NOTE, ...narrative)).toEqual([]);
    // The heading and its sentence run together in one paragraph.
    const merged = `九、国有资本经营预算财政拨款收入支出决算情况说明本局2024年度无国有资本经营预算财政拨款收入和支出。`;
    expect(lint(TITLE, ...SUMMARY, CAPITAL, UNIT, fundTable(), merged)).toEqual([]);
  });

  it('accepts a sentence anywhere that says the subject is nil or zero', () => {
    const budget = '财政拨款支出预算中，一般公共预算拨款支出预算120万元；政府性基金拨款支出预算为0；国有资本经营预算拨款支出预算0万元，与上年持平。';
    expect(lint(TITLE, budget, ...SUMMARY, FUND, UNIT, fundTable(), CAPITAL, UNIT, fundTable())).toEqual([]);
  });

  it('still reports when the narrative says nothing of this table', () => {
    const narrative = ['七、财政拨款“三公”经费支出决算情况说明', '本单位本年度无因公出国（境）费支出。', '政府性基金预算财政拨款支出决算为120.00万元。'];
    expect(lint(TITLE, ...SUMMARY, FUND, UNIT, fundTable(), GENERIC_NOTE, ...narrative)).toHaveLength(1);
  });

  it('holds every empty table to a note under it when the document writes one under another', () => {
    const narrative = ['八、政府性基金预算财政拨款收入支出决算情况说明', '本单位本年度没有政府性基金预算财政拨款收入和支出。'];
    const capitalNote = '注：本单位本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。';
    const blocks = [TITLE, ...SUMMARY, FUND, UNIT, fundTable(), CAPITAL, UNIT, fundTable(), capitalNote, ...narrative];
    const [d, ...rest] = lint(...blocks);
    expect(rest).toEqual([]);
    expect(d!.excerpt).toBe(FUND);
    expect(d!.message.zh).toBe(
      `“${FUND}”各栏均无数据，表下没有说明原因（只在情况说明中提到），而“${CAPITAL}”表下注明了；应同样在表下注明，如“本单位本年度无政府性基金预算财政拨款收入和支出，故本表无数据”`,
    );
    // With no note under either, the narrative explains both.
    const bothInNarrative = [...narrative, '九、国有资本经营预算财政拨款收入支出决算情况说明', '本单位本年度没有国有资本经营预算财政拨款收入和支出。'];
    expect(lint(TITLE, ...SUMMARY, FUND, UNIT, fundTable(), CAPITAL, UNIT, fundTable(), ...bothInNarrative)).toEqual([]);
  });

  it('reports a note under the table that speaks of another fund, on the note', () => {
    const note = '注：本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。';
    const [d, ...rest] = lint('2025年部门预算', ...SUMMARY, '2025年部门国有资本经营预算支出功能分类预算表', fundTable(), note);
    expect(rest).toEqual([]);
    expect(d!.excerpt).toBe(note);
    expect(d!.message.zh).toBe(
      `“2025年部门国有资本经营预算支出功能分类预算表”各栏均无数据，表下说明“${note}”说的却是政府性基金预算财政拨款安排的预算，不是本表的国有资本经营预算财政拨款安排的预算；应为“本单位本年度无国有资本经营预算财政拨款安排的预算，故本表为空表”`,
    );
    // A note that names both funds covers this one too.
    expect(lint(TITLE, ...SUMMARY, CAPITAL, fundTable(), '注：本单位无政府性基金预算和国有资本经营预算财政拨款收支，故本表无数据。')).toEqual([]);
  });

  it('says nothing of a table with figures', () => {
    expect(lint(TITLE, ...SUMMARY, FUND, UNIT, fundTable('1.00'))).toEqual([]);
  });

  it('says nothing on a blank template, whose tables are all empty', () => {
    const blank = [['收入', '', '支出', ''], ['项目', '决算数', '项目', '决算数'], ['一、一般公共预算财政拨款收入', '', '一、一般公共服务支出', '']];
    expect(lint(TITLE, '收入支出决算总表', UNIT, blank, FUND, UNIT, fundTable(), CAPITAL, UNIT, fundTable())).toEqual([]);
  });

  it.skipIf(!existsSync(sample('planted')))('finds the planted empty table of the sample 部门决算, and nothing in the clean one', async () => {
    const planted = lintDocument(await readDocument(sample('planted')), { rules: [rule] });
    expect(planted.map((d) => d.excerpt)).toEqual([FUND]);
    expect(lintDocument(await readDocument(sample('clean')), { rules: [rule] })).toEqual([]);
  });

  it("says nothing on a government's budget report, whose tables follow other templates", () => {
    expect(lint('关于2024年预算执行情况和2025年预算草案的报告', ...SUMMARY, FUND, UNIT, fundTable())).toEqual([]);
  });
});
