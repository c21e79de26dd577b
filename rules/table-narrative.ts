import { inBase, type Figure } from '../src/extract/figure.js';
import { extractTableRestatements, type Restatement } from '../src/extract/statements/table-restatements.js';
import { columnWords, type TableValue } from '../src/extract/statements/table-values.js';
import { rowName } from '../src/tables/lookup.js';
import { placeHint } from '../src/i18n/messages.js';
import { ZERO, formatFigure, formatIn, writtenUnit } from '../src/lint/arithmetic.js';
import { restates } from '../src/lint/restatement.js';
import type { Localized, Rule } from '../src/lint/types.js';

/**
 * The narrative (情况说明, 编制说明) restates the standard tables: 收入支出总计, 本年收入合计 and
 * its sources, 基本支出 and 项目支出, each 类 and 项 of the 一般公共预算 table, 人员经费 and
 * 公用经费, the 三公 items. Each such figure must be the table's value within rounding (in
 * base units: 万元 in the text against 元 in a table). Shares and rates are percent-share's
 * and execution-rate's to check against the text's own figures.
 */
export const rule: Rule = {
  meta: {
    id: 'table-narrative',
    defaultSeverity: 'error',
    description: {
      zh: '情况说明中的金额与所复述的决算（预算）表数值不符',
      en: 'An amount in the narrative differs from the value of the standard table it restates',
    },
    docs: 'docs/rules/table-narrative.md',
  },
  check({ facts, report }) {
    for (const restated of facts.of(extractTableRestatements)) {
      if (restated.values.some((v) => restates(restated.figure, v.figure))) continue;
      const { figure } = restated;
      report({ message: message(restated), source: figure.source, start: figure.start, end: figure.end });
    }
  },
};

function message({ figure, term, values }: Restatement): Localized {
  const value = values[0]!;
  // The cell as printed ("2,961.68万元", "873,617.00元"), so the reviewer finds it in the table.
  const cell = value.figure ? value.figure.raw + writtenUnit(value.figure) : null;
  const tableValue = value.figure ? inBase(value.figure) : ZERO;
  const decimals = shownDecimals(figure, value.figure);
  const expected = formatIn(tableValue, figure, decimals);
  const diff = formatIn(inBase(figure).minus(tableValue).abs(), figure, decimals);
  const place = placeHint(value.cell.place);
  const where = whereIn(value);
  const slip = unitSlip(figure, value.figure);
  return {
    zh:
      `正文写${term} ${formatFigure(figure)}，而${value.table.title}${where.zh}：${cell ?? '空白（即 0）'}（${place.zh}），` +
      `相差 ${diff}；按表应为 ${expected}${slip ? '（数字相同而单位不同，单位可能写错）' : ''}`,
    en:
      `The text gives ${term} as ${formatFigure(figure)}, but ${value.table.title}${where.en}: ${cell ?? 'blank (0)'} (${place.en}), ` +
      `a difference of ${diff}; by the table it should be ${expected}${slip ? ' (the same digits in another unit: the unit may be wrong)' : ''}`,
  };
}

/**
 * Decimals to show the table's value in the text's unit: the table's own where the units
 * agree (2961.68万元, not 2961.7 after a "0.3万元"), the text's where the table's unit is finer
 * (873,617元 as 87.36万元).
 */
function shownDecimals(stated: Figure, cell: Figure | undefined): number {
  if (!cell || cell.scale.lt(stated.scale)) return stated.decimals;
  return Math.max(stated.decimals, cell.decimals);
}

/** "“合计”行“基本支出”列", or just the row or the column when the other says nothing. */
function whereIn({ record, column }: TableValue): Localized {
  const row = rowName(record);
  const col = columnWords(column, record.group);
  return {
    zh: (row ? `“${row}”行` : '') + (col ? `“${col}”列` : ''),
    en: (row ? `, row “${row}”` : '') + (col ? `, column “${col}”` : ''),
  };
}

/** The narrative wrote the table's digits with another unit (2995.39元 for 2995.39万元). */
function unitSlip(stated: Figure, cell: Figure | undefined): boolean {
  return !!cell && !stated.scale.equals(cell.scale) && stated.value.equals(cell.value) && !stated.value.isZero();
}
