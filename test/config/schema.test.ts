import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { configSchema } from '../../src/config/json-schema.js';
import { parseConfig } from '../../src/config/load.js';
import { DIRECTIVE_RULE_ID } from '../../src/directives/apply.js';

const SCHEMA_FILE = new URL('../../schema/budget-lint.config.schema.json', import.meta.url);

interface CommittedSchema {
  properties: { rules: { properties: Record<string, { default: string }> } };
  definitions: { severity: { enum: string[] } };
}

describe('schema/budget-lint.config.schema.json', () => {
  // On failure after adding or changing a rule, regenerate the file with
  // `npx vitest run test/config/schema.test.ts --update` and commit it.
  it('is the schema built from the rule registry', async () => {
    await expect(`${JSON.stringify(configSchema(), null, 2)}\n`).toMatchFileSnapshot('../../schema/budget-lint.config.schema.json');
  });

  it('lists every rule of rules/index.ts, and the directive findings, and nothing else', () => {
    const committed = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as CommittedSchema;
    const ids = Object.keys(committed.properties.rules.properties);
    expect(ids).toEqual([...rules.map((rule) => rule.meta.id), DIRECTIVE_RULE_ID]);
  });

  it('gives each rule its default severity in configuration words', () => {
    const committed = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as CommittedSchema;
    const sumOfParts = rules.find((rule) => rule.meta.id === 'sum-of-parts')!;
    expect(sumOfParts.meta.defaultSeverity).toBe('error');
    expect(committed.properties.rules.properties['sum-of-parts']!.default).toBe('error');
    expect(committed.properties.rules.properties['year-label']!.default).toBe('warn');
  });

  it('allows the severities the configuration reader accepts', () => {
    const committed = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as CommittedSchema;
    for (const severity of committed.definitions.severity.enum) {
      const text = JSON.stringify({ rules: { 'sum-of-parts': severity } });
      expect(() => parseConfig(text, '/c/budget-lint.config.json', 'budget-lint.config.json')).not.toThrow();
    }
    expect(committed.definitions.severity.enum).not.toContain('warning');
  });
});
