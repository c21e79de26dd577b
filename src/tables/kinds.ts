import { compact } from './header.js';
import type { StandardTableKind, TableBasis } from './types.js';

/**
 * The standard tables by title. Real reports prefix the title with a year, a unit name or a
 * number ("2025年部门收入预算总表", "表一", "公开03表") and vary the wording between 决算 and
 * 预算 and between provinces, so each kind is recognised by the words that set it apart from
 * the others, checked from the most specific kind to the most general.
 */
const KINDS: [StandardTableKind, RegExp][] = [
  ['three-public', /三公/],
  ['government-fund', /政府性基金/],
  ['state-capital', /国有资本经营/],
  ['general-basic', /基本支出/],
  ['general-function', /一般公共预算.*支出/],
  ['appropriation-summary', /财政拨款收(?:入)?支(?:出)?.*总表/],
  ['summary', /收(?:入)?支(?:出)?.*总表/],
  ['income', /收入.*表/],
  ['expenditure', /支出.*表/],
];

/** A title is a line naming a table: short, ending in 表, about 决算 or 预算 (or 收支). */
const TABLE_TITLE = /^[^。；，]{2,60}表$/;

/** Numbering before a title: 表一, 附表2, 公开03表, 1., （一）. */
const TITLE_NUMBERING = /^(?:附?表[一二三四五六七八九十\d]+[、.．：:]?|公开\d+表|\d+[.、．]|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)/;

/** A title without spaces and without the "（续表）" a continued table's repeated title carries. */
function bareTitle(text: string): string {
  return compact(text).replace(/[（(]续表?[）)]$/, '');
}

/** The kind of standard table a title names, or undefined for any other title. */
export function tableKindOf(title: string): { kind: StandardTableKind; basis: TableBasis } | undefined {
  const text = bareTitle(title).replace(TITLE_NUMBERING, '');
  if (!TABLE_TITLE.test(text) || !/决算|预算|收支|收入|支出/.test(text)) return undefined;
  // Other tables that mention 收入 or 支出: indicator tables, 政府采购, 资产 …
  if (/绩效|目标|采购|资产|项目表|明细|情况表$/.test(text) && !/三公/.test(text)) return undefined;
  const found = KINDS.find(([, re]) => re.test(text));
  if (!found) return undefined;
  return { kind: found[0], basis: /决算/.test(text) ? 'final' : 'budget' };
}

/** The tables every 部门决算 publishes, in the template's order. */
export const FINAL_ACCOUNTS_TABLES: StandardTableKind[] = [
  'summary',
  'income',
  'expenditure',
  'appropriation-summary',
  'general-function',
  'general-basic',
  'three-public',
  'government-fund',
  'state-capital',
];

/** The template's title of each kind, for messages. */
export const TABLE_NAMES: Record<TableBasis, Record<StandardTableKind, string>> = {
  final: {
    summary: '收入支出决算总表',
    income: '收入决算表',
    expenditure: '支出决算表',
    'appropriation-summary': '财政拨款收入支出决算总表',
    'general-function': '一般公共预算财政拨款支出决算表',
    'general-basic': '一般公共预算财政拨款基本支出决算表',
    'three-public': '财政拨款“三公”经费支出决算表',
    'government-fund': '政府性基金预算财政拨款收入支出决算表',
    'state-capital': '国有资本经营预算财政拨款收入支出决算表',
  },
  budget: {
    summary: '收支预算总表',
    income: '收入预算总表',
    expenditure: '支出预算总表',
    'appropriation-summary': '财政拨款收支预算总表',
    'general-function': '一般公共预算支出功能分类预算表',
    'general-basic': '一般公共预算基本支出经济分类预算表',
    'three-public': '“三公”经费预算表',
    'government-fund': '政府性基金预算支出预算表',
    'state-capital': '国有资本经营预算支出预算表',
  },
};
