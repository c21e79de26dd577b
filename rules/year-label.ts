import { extractYearLabels, type YearLabel, type YearRole } from '../src/extract/statements/years.js';
import type { Localized, Rule } from '../src/lint/types.js';
import type { DocumentKind } from '../src/structure/kind.js';

/**
 * A title, a budget figure, an evaluation scope or a year-end date must carry a year the
 * document covers: "2023年度全年预算数" in a 2024 report is a sentence copied from last year's
 * report and not updated. Most kinds cover their report year; a 预算执行情况和预算草案 report
 * covers the execution year and the budget year after it. Comparisons, past events and
 * document titles are never extracted as labels.
 */
export const rule: Rule = {
  meta: {
    id: 'year-label',
    defaultSeverity: 'warning',
    description: {
      zh: '标题、预算数、评价范围或年末时点所写年度不是本报告的年度',
      en: 'A title, budget figure, evaluation scope or year-end date names a year the report does not cover',
    },
    docs: 'docs/rules/year-label.md',
  },
  check({ facts, report }) {
    const years = facts.years;
    if (years.length === 0) return;
    for (const label of facts.of(extractYearLabels)) {
      const { figure } = label;
      if (years.some((year) => figure.value.eq(year))) continue;
      report({
        source: figure.source,
        start: figure.start,
        end: figure.end,
        message: message(label, facts.kind, years),
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
  'year-end': { zh: '年末时点', en: 'year-end date' },
};

function message({ figure, role }: YearLabel, kind: DocumentKind, years: number[]): Localized {
  const written = figure.raw;
  // A year-end state can only be at the end of a year that is over: the first year covered.
  const expected = (role === 'year-end' ? years.slice(0, 1) : years).map((year) => rewritten(written, year));
  const name = ROLE_NAMES[role];
  const report = covered(kind, years);
  return {
    zh: `本报告为${report.zh}，此处${name.zh}写作${written}，应为${expected.join('或')}`,
    en: `This report is for ${report.en}, but this ${name.en} says ${written}; it should say ${expected.join(' or ')}`,
  };
}

/** What the report covers, in words: "2024年度", "2024年预算执行情况和2025年预算草案". */
function covered(kind: DocumentKind, [first, budget]: number[]): Localized {
  if (kind === 'government-budget-report' && budget !== undefined) {
    return { zh: `${first}年预算执行情况和${budget}年预算草案`, en: `the ${first} budget execution and the ${budget} draft budget` };
  }
  return { zh: `${first}年度`, en: `${first}` };
}

/** The label as written with another year: 2023年度 → 2024年度, 2023年12月31日 → 2024年12月31日. */
function rewritten(written: string, year: number): string {
  return `${year}${written.slice(written.indexOf('年'))}`;
}
