import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/structure/index.js';
import type { Section } from '../../src/structure/types.js';
import { buildDocument } from '../support/documents.js';

const report = buildDocument([
  '某县文化和旅游局2024年度部门决算',
  '第一部分 部门概况',
  '一、部门职责',
  '负责全县文化工作。',
  '二、机构设置',
  '第二部分 2024年度部门决算情况说明',
  '一、收入支出决算总体情况说明',
  '（一）收入情况',
  '1.财政拨款收入120.50万元。',
  '（1）其中基本支出80万元。',
  '①人员经费60万元。',
  '2.其他收入10万元。',
  '附件1',
  '图书馆免费开放专项预算项目',
  '2024年绩效评价报告',
  '一、项目概况',
  '全年预算数15万元。',
  '非遗保护传承专项预算项目',
  '2023年绩效评价报告',
  '一、项目概况',
  '全年预算数8万元。',
]);

function outline(sections: Section[], depth = 0): string[] {
  return sections.flatMap((s) => [`${'  '.repeat(depth)}${s.style} ${s.number} ${s.marker}`, ...outline(s.children, depth + 1)]);
}

describe('buildStructure', () => {
  const structure = buildStructure(report);

  it('nests sections by numbering style (an annex belongs to the part that holds it)', () => {
    expect(outline(structure.sections)).toEqual([
      'part 1 第一部分',
      '  cn 1 一、',
      '  cn 2 二、',
      'part 2 第二部分',
      '  cn 1 一、',
      '    cn-paren 1 （一）',
      '      arabic 1 1.',
      '        arabic-paren 1 （1）',
      '          circled 1 ①',
      '      arabic 2 2.',
      '  annex 1 附件1',
      '    project 0 图书馆免费开放专项预算项目',
      '      cn 1 一、',
      '    project 0 非遗保护传承专项预算项目',
      '      cn 1 一、',
    ]);
  });

  it('finds the projects with the year of their titles', () => {
    expect(structure.projects.map((p) => [p.name, p.year])).toEqual([
      ['图书馆免费开放专项预算项目', 2024],
      ['非遗保护传承专项预算项目', 2023],
    ]);
  });

  it('gives every unit the project it belongs to', () => {
    const scopeOf = (text: string) => structure.units.find((u) => u.unit.text === text)!.scope;
    expect(scopeOf('全年预算数15万元。').project?.name).toBe('图书馆免费开放专项预算项目');
    expect(scopeOf('全年预算数8万元。').project?.name).toBe('非遗保护传承专项预算项目');
    expect(scopeOf('负责全县文化工作。').project).toBeUndefined();
    expect(scopeOf('①人员经费60万元。').section?.marker).toBe('①');
  });

  it('takes the report year most titles name, so one stray project year is outvoted', () => {
    expect(structure.reportYear).toBe(2024);
  });

  it('lets --year override the titles', () => {
    expect(buildStructure(report, { year: 2025 }).reportYear).toBe(2025);
  });

  it('does not take a decimal amount for a numbered item', () => {
    const doc = buildDocument(['1.5万元用于购置设备。', '3、其他']);
    expect(outline(buildStructure(doc).sections)).toEqual(['arabic 3 3、']);
  });

  it('takes a heading whose title starts with a figure after 、 for a numbered one, not 一.5 for one', () => {
    const doc = buildDocument(['一、2026年“三公”经费预算情况说明', '（一）因公出国（境）费0万元。', '二、机关运行经费预算', '一.5万元的零星支出。']);
    expect(outline(buildStructure(doc).sections)).toEqual(['cn 1 一、', '  cn-paren 1 （一）', 'cn 2 二、']);
  });
});
