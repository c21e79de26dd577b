import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/linter.js';
import { rule } from '../../rules/missing-table.js';
import { FINAL_ACCOUNTS_TABLES, TABLE_NAMES } from '../../src/tables/kinds.js';
import type { StandardTableKind } from '../../src/tables/types.js';
import { readDocument } from '../../src/readers/index.js';
import { buildDocument } from '../support/documents.js';
import { HAVE_SEED, lintSeedWith } from '../support/seed.js';

type Blocks = (string | string[][])[];
const lint = (blocks: Blocks) => lintDocument(buildDocument(blocks), { rules: [rule] });

const sample = (name: string) => fileURLToPath(new URL(`../../samples/final-accounts-${name}.txt`, import.meta.url));

const TITLE = '某某局2024年度部门决算';
const TABLE = [
  ['项目', '', '决算数'],
  ['功能分类科目编码', '科目名称', ''],
  ['201', '一般公共服务支出', '120.00'],
  ['合计', '', '120.00'],
];

/** The nine tables of a 部门决算 but those left out, each under its title and unit line. */
function finalAccounts(without: StandardTableKind[] = []): Blocks {
  return FINAL_ACCOUNTS_TABLES.filter((kind) => !without.includes(kind)).flatMap((kind): Blocks => [TABLE_NAMES.final[kind], '单位：万元', TABLE]);
}

/** The 目录 lines naming the tables, numbered as the template does. */
function contents(kinds: StandardTableKind[] = FINAL_ACCOUNTS_TABLES): string[] {
  const numbers = '一二三四五六七八九';
  return ['目录', '第二部分 2024年度部门决算表', ...kinds.map((kind, i) => `${numbers[i]}、${TABLE_NAMES.final[kind]}`)];
}

describe('missing-table', () => {
  it('reports a table of the nine that a 部门决算 lacks, at the title', () => {
    const [d, ...rest] = lint([TITLE, ...finalAccounts(['three-public'])]);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'missing-table', severity: 'error', line: 1, excerpt: TITLE });
    expect(d!.message.zh).toBe('部门决算应公开九张标准表，本文有其中8张，缺少“财政拨款“三公”经费支出决算表”；应补上该表，无相关收支的也应保留空表并注明原因');
    expect(d!.message.en).toContain('lacks "财政拨款“三公”经费支出决算表"');
  });

  it('reports each missing table once, even when the contents list leaves it out too', () => {
    const kinds = FINAL_ACCOUNTS_TABLES.filter((k) => k !== 'state-capital' && k !== 'government-fund');
    const found = lint([TITLE, ...contents(kinds), ...finalAccounts(['state-capital', 'government-fund'])]);
    expect(found.map((d) => d.message.zh.match(/缺少“(.*)”；/)?.[1])).toEqual([TABLE_NAMES.final['government-fund'], TABLE_NAMES.final['state-capital']]);
  });

  it('reports a table the contents list names but the document does not hold', () => {
    const found = lint([TITLE, ...contents(), ...finalAccounts(['income', 'expenditure', 'general-basic'])]);
    expect(found).toHaveLength(3);
    expect(found[0]!.message.zh).toBe('文中列出了“二、收入决算表”，但找不到这张表（收入决算表）；应补上该表，无相关收支的也应保留空表并注明原因');
  });

  it('reads contents entries with dot leaders and page numbers, and several titles on one line', () => {
    const budgetKinds: StandardTableKind[] = ['summary', 'income', 'expenditure', 'appropriation-summary', 'general-function'];
    const budget = budgetKinds.flatMap((kind): Blocks => [`2025年${TABLE_NAMES.budget[kind]}`, '单位：元', TABLE]);
    const found = lint([
      '某某局2025年部门预算',
      '6．2025年部门政府性基金预算支出功能分类预算表…………………… 17',
      '表7:2025年“三公”经费预算表 表8:2025年一般公共预算基本支出经济分类预算表',
      ...budget,
    ]);
    expect(found.map((d) => d.message.zh.match(/列出了“(.*)”，但/)?.[1])).toEqual([
      '6．2025年部门政府性基金预算支出功能分类预算表',
      '表7:2025年“三公”经费预算表',
      '表8:2025年一般公共预算基本支出经济分类预算表',
    ]);
  });

  it('holds a 部门预算 to its own list only: provinces publish different sets', () => {
    const budgetKinds: StandardTableKind[] = ['summary', 'income', 'expenditure', 'appropriation-summary', 'general-function'];
    const budget = budgetKinds.flatMap((kind): Blocks => [`2025年${TABLE_NAMES.budget[kind]}`, '单位：元', TABLE]);
    expect(lint(['某某局2025年部门预算', ...budget])).toEqual([]);
  });

  it('says nothing when the nine are all there, listed or not', () => {
    expect(lint([TITLE, ...finalAccounts()])).toEqual([]);
    expect(lint([TITLE, ...contents(), ...finalAccounts()])).toEqual([]);
  });

  it('counts a table whose title is there though its grid was not read (an image, a 明细表 title)', () => {
    const blocks = [TITLE, ...contents(), ...finalAccounts(['general-basic', 'three-public'])];
    blocks.push('一般公共预算财政拨款基本支出决算明细表', '单位：万元', TABLE, '财政拨款“三公”经费支出决算表', '单位：万元', '（图片）');
    expect(lint(blocks)).toEqual([]);
  });

  it('does not ask an older 部门决算 for the 国有资本经营预算 table, which joined the nine with the 2019 决算', () => {
    expect(lint(['某某局2018年度部门决算', ...finalAccounts(['state-capital'])])).toEqual([]);
    expect(lint(['某某局2019年度部门决算', ...finalAccounts(['state-capital'])])).toHaveLength(1);
  });

  it('says nothing when only a few standard tables are there: another set, or tables in prose', () => {
    const few = FINAL_ACCOUNTS_TABLES.slice(0, 6);
    expect(lint([TITLE, ...finalAccounts(FINAL_ACCOUNTS_TABLES.filter((k) => !few.includes(k)))])).toEqual([]);
    expect(lint([TITLE, '本年收入合计120.00万元，其中：财政拨款收入120.00万元。'])).toEqual([]);
  });

  it("says nothing on a government's final accounts, whose tables share the words", () => {
    expect(lint(['河北省2021年财政总决算', ...finalAccounts(['three-public', 'state-capital'])])).toEqual([]);
  });

  it.skipIf(!existsSync(sample('missing-table')))('finds the table missing from the sample 部门决算, and nothing in the clean one', async () => {
    const missing = lintDocument(await readDocument(sample('missing-table')), { rules: [rule] });
    expect(missing.map((d) => d.message.zh.match(/缺少“(.*)”；/)?.[1])).toEqual([TABLE_NAMES.final['state-capital']]);
    expect(lintDocument(await readDocument(sample('clean')), { rules: [rule] })).toEqual([]);
  });

  it.skipIf(!HAVE_SEED)('says nothing on the real report, which restates its tables in prose', async () => {
    expect(await lintSeedWith(rule)).toEqual([]);
  });
});
