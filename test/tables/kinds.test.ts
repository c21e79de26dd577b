import { describe, expect, it } from 'vitest';
import { FINAL_ACCOUNTS_TABLES, TABLE_NAMES, tableKindOf } from '../../src/tables/kinds.js';

describe('tableKindOf', () => {
  it.each([
    // The nine of a 部门决算, as the template titles them.
    ['收入支出决算总表', 'summary', 'final'],
    ['收入决算表', 'income', 'final'],
    ['支出决算表', 'expenditure', 'final'],
    ['财政拨款收入支出决算总表', 'appropriation-summary', 'final'],
    ['一般公共预算财政拨款支出决算表', 'general-function', 'final'],
    ['一般公共预算财政拨款基本支出决算表', 'general-basic', 'final'],
    ['财政拨款“三公”经费支出决算表', 'three-public', 'final'],
    ['政府性基金预算财政拨款收入支出决算表', 'government-fund', 'final'],
    ['国有资本经营预算财政拨款收入支出决算表', 'state-capital', 'final'],
    // Their 部门预算 / 单位预算 counterparts, with the year and the kind of unit in front.
    ['2025年部门财务收支预算总表', 'summary', 'budget'],
    ['部门收支总表', 'summary', 'budget'],
    ['2025年预算单位收入预算总表', 'income', 'budget'],
    ['2025年部门支出预算总表', 'expenditure', 'budget'],
    ['2025年部门财政拨款收支预算总表', 'appropriation-summary', 'budget'],
    ['2025年部门一般公共预算支出功能分类预算表', 'general-function', 'budget'],
    ['2025年部门一般公共预算基本支出部门预算经济分类预算表', 'general-basic', 'budget'],
    ['2025年部门“三公”经费和机关运行经费预算表', 'three-public', 'budget'],
    ['2025年部门政府性基金预算支出功能分类预算表', 'government-fund', 'budget'],
    ['2023年部门国有资本经营预算支出功能分类预算表', 'state-capital', 'budget'],
    // Other provinces' and years' wordings.
    ['一般公共预算财政拨款收入支出决算表', 'general-function', 'final'],
    ['国有资本经营预算财政拨款支出决算表', 'state-capital', 'final'],
    ['2019年自治区本级一般公共预算“三公”经费决算表', 'three-public', 'final'],
  ])('%s is a %s table (%s)', (title, kind, basis) => {
    expect(tableKindOf(title)).toEqual({ kind, basis });
  });

  it('reads past numbering and a continuation mark', () => {
    expect(tableKindOf('七、财政拨款“三公”经费支出决算表')?.kind).toBe('three-public');
    expect(tableKindOf('表3 支出决算表')?.kind).toBe('expenditure');
    expect(tableKindOf('附表1 收入决算表')?.kind).toBe('income');
    expect(tableKindOf('（二）收入决算表')?.kind).toBe('income');
    expect(tableKindOf('公开03表 2025年部门支出预算总表')).toEqual({ kind: 'expenditure', basis: 'budget' });
    expect(tableKindOf('收入支出决算总表（续表）')?.kind).toBe('summary');
  });

  it('leaves other tables, section headings and sentences alone', () => {
    expect(tableKindOf('项目支出绩效目标表')).toBeUndefined();
    expect(tableKindOf('政府采购情况表')).toBeUndefined();
    expect(tableKindOf('八、政府性基金预算财政拨款收入支出决算情况说明')).toBeUndefined();
    expect(tableKindOf('本年收入合计2946.25万元，详见收入决算表')).toBeUndefined();
  });

  it('names the nine of a 部门决算 in the template order, with a title for each basis', () => {
    expect(FINAL_ACCOUNTS_TABLES).toHaveLength(9);
    for (const kind of FINAL_ACCOUNTS_TABLES) {
      expect(tableKindOf(TABLE_NAMES.final[kind])).toEqual({ kind, basis: 'final' });
      expect(tableKindOf(TABLE_NAMES.budget[kind])).toEqual({ kind, basis: 'budget' });
    }
  });
});
