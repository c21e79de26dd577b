/**
 * The JSON Schema (draft-07) of budget-lint.config.json, built from the rule registry so that
 * editors complete and check every rule id. schema/budget-lint.config.schema.json is this
 * object, committed; a test fails when the two differ (regenerate with
 * `npx vitest run test/config/schema.test.ts --update`).
 */
import { rules } from '../../rules/index.js';
import { DIRECTIVE_RULE_ID } from '../directives/apply.js';
import type { Localized, SeveritySetting } from '../lint/types.js';
import { CONFIG_SEVERITIES, configSeverity } from './rule-settings.js';

/** Rule ids with what they check and their default severity, in registry order. */
function configurableRules(): { id: string; description: Localized; defaultSeverity: SeveritySetting }[] {
  const directiveFindings = {
    id: DIRECTIVE_RULE_ID,
    description: {
      zh: '行内屏蔽指令未屏蔽任何问题，或指名了不存在的规则',
      en: 'An inline disable directive suppresses nothing, or names no rule budget-lint has',
    },
    defaultSeverity: 'warning' as const,
  };
  return [...rules.map((rule) => rule.meta), directiveFindings];
}

export function configSchema(): Record<string, unknown> {
  const ruleProperties = Object.fromEntries(
    configurableRules().map(({ id, description, defaultSeverity }) => [
      id,
      {
        description: `${description.zh} / ${description.en}`,
        default: configSeverity(defaultSeverity),
        allOf: [{ $ref: '#/definitions/ruleSetting' }],
      },
    ]),
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'budget-lint.config.json',
    description: 'budget-lint 配置文件 / budget-lint configuration (docs/configuration.md)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: '本 JSON Schema 的路径或网址 / Path or URL of this JSON Schema' },
      rules: {
        type: 'object',
        description: '各规则的级别与选项 / Severity and options of each rule',
        additionalProperties: false,
        properties: ruleProperties,
      },
      year: {
        type: 'integer',
        minimum: 1900,
        maximum: 2099,
        description: '报告年度，标题中未写明或写错时使用（--year 优先）/ The report year, when the titles do not give it (--year wins)',
      },
      ignores: {
        type: 'array',
        description: '不检查的文件，.gitignore 写法，相对于配置文件所在目录 / Files not to check: patterns as in .gitignore, relative to this file\'s folder',
        items: { type: 'string', minLength: 1 },
      },
    },
    definitions: {
      severity: {
        enum: [...CONFIG_SEVERITIES],
        description: 'off 关闭，warn 警告，error 错误，info 提示 / off, warn (warning), error, info (note)',
      },
      ruleSetting: {
        anyOf: [
          { $ref: '#/definitions/severity' },
          {
            type: 'array',
            items: [{ $ref: '#/definitions/severity' }, { type: 'object', description: '规则的选项（保留）/ The rule\'s options (reserved)' }],
            minItems: 1,
            maxItems: 2,
          },
        ],
      },
    },
  };
}
