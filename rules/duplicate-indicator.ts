import { compact, extractIndicatorTables, type IndicatorRow } from '../src/extract/statements/indicators.js';
import type { Rule } from '../src/lint/types.js';
import { positionAt } from '../src/model/document.js';

/**
 * The same 三级指标 twice in one indicator table is a copy-paste slip (or an indicator
 * counted twice): names are compared without white space, so a wrapped name matches.
 */
/** A name has letters; a placeholder (无, 暂无, —) repeated is no duplicate. */
const NAMED = /[\u4e00-\u9fffA-Za-z]/;
const PLACEHOLDER = /^(?:无|暂无|空|其他|—+|-+|\/)$/;

export const rule: Rule = {
  meta: {
    id: 'duplicate-indicator',
    defaultSeverity: 'warning',
    description: {
      zh: '同一绩效指标表中三级指标名称重复',
      en: 'The same indicator name appears twice in one indicator table',
    },
    docs: 'docs/rules/duplicate-indicator.md',
  },
  check({ facts, report }) {
    for (const table of facts.of(extractIndicatorTables)) {
      const first = new Map<string, IndicatorRow>();
      for (const row of table.rows) {
        // A Word cell merged down over two rows is one name, not two.
        if (row.name.merged) continue;
        const name = compact(row.name.text);
        if (!NAMED.test(name) || PLACEHOLDER.test(name)) continue;
        const earlier = first.get(name);
        if (!earlier) {
          first.set(name, row);
          continue;
        }
        const line = positionAt(earlier.name, 0).line;
        const where = [earlier, row].map((r) => r.level2 ?? r.level1).filter(Boolean);
        const under = where.length === 2 && where[0] !== where[1] ? { zh: `（分别在${where[0]}、${where[1]}下）`, en: ` (under ${where[0]} and ${where[1]})` } : { zh: '', en: '' };
        report({
          source: row.name,
          start: 0,
          end: row.name.text.length,
          message: {
            zh: `三级指标“${name}”在本表中重复出现，第${line}行已有同名指标${under.zh}；请删除重复项或改正指标名称`,
            en: `The indicator "${name}" appears twice in this table; it is already on line ${line}${under.en}. Remove the duplicate or correct the name`,
          },
        });
      }
    }
  },
};
