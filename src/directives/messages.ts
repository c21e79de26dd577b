import type { Localized } from '../lint/types.js';

/** How a directive is named in messages: its kind and, when it names one, the rule. */
export function directiveLabel(kind: string, ruleId?: string): string {
  return `budget-lint-${kind}${ruleId === undefined ? '' : ` ${ruleId}`}`;
}

export const directiveMessages = {
  unused: (label: string): Localized => ({
    zh: `此处的 ${label} 未屏蔽任何问题，可删除`,
    en: `This ${label} suppresses no problem and can be removed`,
  }),
  unknownRule: (label: string, ruleId: string, suggestion: string | undefined): Localized => ({
    zh:
      `${label} 中的“${ruleId}”不是 budget-lint 的规则${suggestion ? `（是否想写 ${suggestion}？）` : ''}，对它的屏蔽不起作用。` +
      '规则名见 docs/rules/；屏蔽的理由请写在“ -- ”之后',
    en:
      `"${ruleId}" in ${label} is not a budget-lint rule${suggestion ? ` (did you mean ${suggestion}?)` : ''}, so nothing is suppressed for it. ` +
      'Rule ids are listed in docs/rules/; write the reason after " -- "',
  }),
};
