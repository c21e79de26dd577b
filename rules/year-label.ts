import { extractYearLabels, type YearLabel, type YearRole } from '../src/extract/statements/years.js';
import type { Localized, Rule } from '../src/lint/types.js';

/**
 * A title, a budget figure or an evaluation scope must carry the report year: "2023年度全年
 * 预算数" in a 2024 report is a sentence copied from last year's report and not updated.
 * Comparisons, dates, past events and document titles are never extracted as labels.
 */
export const rule: Rule = {
  meta: {
    id: 'year-label',
    defaultSeverity: 'warning',
    description: {
      zh: '标题、预算数或评价范围所写年度与报告年度不符',
      en: 'A title, budget figure or evaluation scope names a year other than the report year',
    },
    docs: 'docs/rules/year-label.md',
  },
  check({ facts, report }) {
    const reportYear = facts.reportYear;
    if (reportYear === undefined) return;
    for (const label of facts.of(extractYearLabels)) {
      const { figure } = label;
      if (figure.value.eq(reportYear)) continue;
      report({
        source: figure.source,
        start: figure.start,
        end: figure.end,
        message: message(label, reportYear),
        // A wrong year in a heading mislabels everything under it.
        severity: label.role === 'title' ? 'error' : 'warning',
      });
    }
  },
};

const ROLE_NAMES: Record<YearRole, Localized> = {
  title: { zh: '标题', en: 'title' },
  budget: { zh: '预算（执行）数', en: 'budget figure' },
  scope: { zh: '评价范围', en: 'evaluation scope' },
};

function message({ figure, role }: YearLabel, reportYear: number): Localized {
  const written = figure.raw;
  const expected = `${reportYear}${written.endsWith('年度') ? '年度' : '年'}`;
  const name = ROLE_NAMES[role];
  return {
    zh: `本报告为${reportYear}年度，此处${name.zh}写作${written}，应为${expected}`,
    en: `This report is for ${reportYear}, but this ${name.en} says ${written}; it should say ${expected}`,
  };
}
