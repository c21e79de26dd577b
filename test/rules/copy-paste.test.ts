import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/linter.js';
import { rule } from '../../rules/copy-paste.js';
import { buildDocument } from '../support/documents.js';
import { HAVE_SEED, lintSeedWith } from '../support/seed.js';

/** Two project reports; `second` goes into the report of the second project. */
function twoProjects(...second: string[]): string[] {
  return [
    '某县文化和旅游局2024年度部门决算',
    '附件2',
    '公共文化服务体系建设专项预算项目',
    '2024年绩效评价报告',
    '三、绩效分析',
    '根据“公共文化服务体系建设”专项预算项目预算绩效评价指标体系进行逐项绩效分析。',
    '“旅游厕所”运行专项预算项目',
    '2024年绩效评价报告',
    '三、绩效分析',
    ...second,
  ];
}

const lint = (...second: string[]) => lintDocument(buildDocument(twoProjects(...second)), { rules: [rule] });

describe('copy-paste', () => {
  it('reports a project report that names another project of the document as its subject', () => {
    const text = '根据“公共文化服务体系建设”专项预算项目预算绩效评价指标体系“通用指标”“专用指标”进行逐项绩效分析。';
    const [d, ...rest] = lint(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'copy-paste', severity: 'warning', line: 10, column: 3, excerpt: '“公共文化服务体系建设”' });
    expect(d!.message.zh).toBe(
      '此处位于“旅游厕所”运行专项预算项目的报告中，却写作“公共文化服务体系建设”专项预算项目，这是本文件另一项目“公共文化服务体系建设专项预算项目”的名称，疑为复制该项目报告后未修改；应为“旅游厕所运行”',
    );
    expect(d!.message.en).toContain('it names “公共文化服务体系建设”专项预算项目, which is another project of this document');
  });

  it('matches the quoted name without its 经费 or 专项 words', () => {
    const doc = buildDocument([
      '附件2', '工会经费专项预算项目', '2024年绩效评价报告', '一、项目概况',
      '劳动者驿站运行专项预算项目', '2024年绩效评价报告', '三、绩效分析',
      '根据“工会经费”专项预算项目预算绩效评价指标体系进行逐项绩效分析。',
      '“劳动者驿站运行经费”专项预算项目2024年度申报20万元。',
      '“劳动者驿站”项目运行良好。',
    ]);
    expect(lintDocument(doc, { rules: [rule] }).map((d) => [d.line, d.excerpt])).toEqual([[8, '“工会经费”']]);
  });

  it('accepts the project naming itself, in full or in part', () => {
    expect(lint('根据“旅游厕所”运行专项预算项目…', '“旅游厕所运行”项目2024年度全年预算数20万元。')).toEqual([]);
  });

  it('accepts a mention that relates this project to the other one', () => {
    expect(lint(
      '本项目与“公共文化服务体系建设”项目统筹实施。',
      '参照“公共文化服务体系建设”项目的做法。',
      '资金缺口由“公共文化服务体系建设”项目结余补足。',
      '涉及“旅游厕所”“公共文化服务体系建设”项目。',
    )).toEqual([]);
  });

  it('does not look outside project reports or into the department-wide report', () => {
    const doc = buildDocument([
      '组织对“公共文化服务体系建设”项目“旅游厕所”项目开展绩效自评。',
      '附件1', '某县文化和旅游局', '2024年部门预算绩效评价报告',
      '经评估，“公共文化服务体系建设”项目和“旅游厕所”项目发挥了积极作用。',
      '根据“旅游厕所”项目绩效目标开展评价。',
      ...twoProjects().slice(1),
    ]);
    expect(lintDocument(doc, { rules: [rule] })).toEqual([]);
  });

  it('does not report boilerplate repeated across project reports', () => {
    const boilerplate = '评价组人员主要是绩效评价工作领导小组成员，分为资料收集与审核组、现场评价组、综合评价组，对照评价标准、指标与权重进行综合评价。';
    const doc = buildDocument([...twoProjects(boilerplate).slice(0, 6), boilerplate, ...twoProjects(boilerplate).slice(6)]);
    expect(lintDocument(doc, { rules: [rule] })).toEqual([]);
  });
});

describe.skipIf(!HAVE_SEED)('copy-paste on the reference report', () => {
  it('reports the 劳动者驿站 analysis that names “工会经费”, nothing else', async () => {
    const found = await lintSeedWith(rule);
    expect(found.map((d) => [d.line, d.excerpt])).toEqual([[1385, '“工会经费”']]);
  });
});
