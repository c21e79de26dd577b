import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/load.js';
import type { Localized } from '../../src/lint/types.js';

const FILE = '/reports/budget-lint.config.json';
const SHOWN = 'reports/budget-lint.config.json';

function parse(text: string): ReturnType<typeof parseConfig> {
  return parseConfig(text, FILE, SHOWN);
}

/** The message a bad configuration gets. */
function problemOf(text: string): Localized {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof ConfigError) return error.text;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('reading a configuration', () => {
  it('reads severities (warn as warning), options, the year and the ignores', () => {
    const config = parse(
      JSON.stringify({
        $schema: './node_modules/budget-lint/schema/budget-lint.config.schema.json',
        rules: { 'sum-of-parts': 'warn', 'year-label': 'off', 'percent-share': ['error', { note: 1 }], 'repeated-word': ['info'] },
        year: 2023,
        ignores: ['drafts/**', '**/*.bak.docx'],
      }),
    );
    expect(config).toEqual({
      path: FILE,
      severities: { 'sum-of-parts': 'warning', 'year-label': 'off', 'percent-share': 'error', 'repeated-word': 'info' },
      ruleOptions: { 'percent-share': { note: 1 } },
      year: 2023,
      ignores: ['drafts/**', '**/*.bak.docx'],
    });
  });

  it('accepts an empty object', () => {
    expect(parse('{}')).toEqual({ path: FILE, severities: {}, ruleOptions: {}, ignores: [] });
  });

  it('lets the findings about inline directives be configured like a rule', () => {
    expect(parse('{"rules": {"unused-disable-directive": "off"}}').severities).toEqual({ 'unused-disable-directive': 'off' });
  });
});

describe('a bad configuration names the file and what to fix', () => {
  it.each([
    ['an unknown rule, with the likely one', '{"rules": {"sum-of-part": "warn"}}', '“sum-of-part”不是 budget-lint 的规则（是否想写 sum-of-parts？）', 'did you mean sum-of-parts?'],
    ['a severity ESLint does not use', '{"rules": {"sum-of-parts": "warning"}}', '规则 sum-of-parts 的级别 "warning" 无效，应为 "off"、"warn"、"error" 或 "info"', 'invalid severity "warning" for rule sum-of-parts'],
    ['a numeric severity', '{"rules": {"sum-of-parts": 2}}', '级别 2 无效', 'invalid severity 2'],
    ['options that are no object', '{"rules": {"sum-of-parts": ["warn", "x"]}}', '规则 sum-of-parts 的选项 "x" 无效', 'invalid options "x" for rule sum-of-parts'],
    ['too many items', '{"rules": {"sum-of-parts": ["warn", {}, {}]}}', '级别 ["warn",{},{}] 无效', 'invalid severity ["warn",{},{}]'],
    ['an empty setting', '{"rules": {"sum-of-parts": []}}', '级别 [] 无效', 'invalid severity []'],
    ['rules that are no object', '{"rules": ["sum-of-parts"]}', 'rules 应为对象', 'rules should be an object'],
    ['a year in quotes', '{"year": "2024"}', 'year 的值 "2024" 无效，应为四位数的年份', 'invalid year "2024"'],
    ['a year out of range', '{"year": 24}', 'year 的值 24 无效', 'invalid year 24'],
    ['ignores that are no list', '{"ignores": "drafts/**"}', 'ignores 应为字符串数组', 'ignores should be an array of strings'],
    ['an empty ignore pattern', '{"ignores": ["drafts/**", ""]}', 'ignores 的第 2 项 "" 无效，应为 .gitignore 写法', 'item 2 of ignores, "", is invalid: use a pattern as in .gitignore'],
    ['a comment among the patterns', '{"ignores": ["# 草稿"]}', 'ignores 的第 1 项 "# 草稿" 无效', 'item 1 of ignores'],
    ['an unknown key, with the likely one', '{"rule": {}}', '不认识的配置项“rule”（是否想写 rules？）', 'unknown key "rule" (did you mean rules?)'],
    ['a $schema that is no string', '{"$schema": 1}', '$schema 应为字符串', '$schema should be a string'],
    ['JSON that is no object', '["sum-of-parts"]', '内容应为一个 JSON 对象', 'should be one JSON object'],
  ])('%s', (_, text, zh, en) => {
    const problem = problemOf(text);
    expect(problem.zh).toContain(`${SHOWN}：配置有误，未做检查：`);
    expect(problem.zh).toContain(zh);
    expect(problem.en).toContain(`${SHOWN}: bad configuration, nothing was checked: `);
    expect(problem.en).toContain(en);
  });

  it('lists every problem, one per line', () => {
    const problem = problemOf('{"rules": {"sum-of-part": "warn", "year-label": "warning"}, "year": "2024"}');
    expect(problem.zh.split('\n')).toEqual([
      `${SHOWN}：配置有误，未做检查：`,
      expect.stringContaining('“sum-of-part”不是 budget-lint 的规则'),
      expect.stringContaining('规则 year-label 的级别 "warning" 无效'),
      expect.stringContaining('year 的值 "2024" 无效'),
    ]);
  });
});

describe('invalid JSON is located by line and column', () => {
  it.each([
    ['a trailing comma', '{\n  "rules": {\n    "sum-of-parts": "warn",\n  }\n}', 3, 27, '最后一项后面多了逗号', 'a comma after the last item'],
    ['a missing comma (just after the value)', '{\n  "rules": {\n    "sum-of-parts": "warn"\n    "year-label": "off"\n  }\n}', 3, 27, '此处缺少逗号', 'a comma is missing here'],
    ['a comment', '{\n  // 关闭年度检查\n  "rules": {}\n}', 2, 3, 'JSON 中不能写注释', 'JSON allows no comments'],
    ['single quotes', "{'rules': {}}", 1, 2, '键名和字符串要用双引号', 'keys and strings need double quotes'],
    ['a key without its closing quote', '{\n  "rules": {"sum-of-parts: "warn"}\n}', 2, 26, '字符串缺少结尾的双引号', 'a string lacks its closing double quote'],
    ['a string broken over lines', '{"year\n": 2024}', 1, 2, '字符串缺少结尾的双引号', 'a string lacks its closing double quote'],
    ['a missing closing brace', '{\n  "rules": {}\n', 3, 1, '文件意外结束，可能缺少 } 或 ]', 'the file ends too early; a } or ] may be missing'],
    ['a misspelt literal', '{"rules": {}, "year": tru}', 1, 23, '此处有无法识别的内容', 'unexpected text here'],
    ['a missing colon', '{"rules" {}}', 1, 10, '键名后缺少冒号', 'a colon is missing after the key'],
    ['an unquoted key', '{rules: {}}', 1, 2, '此处应为用双引号括起来的键名', 'a key in double quotes is expected here'],
    ['a backslash in a Windows path', '{"ignores": ["drafts\\old"]}', 1, 21, '无效的转义', 'an invalid escape'],
    ['an empty file', '', 1, 1, '文件意外结束', 'the file ends too early'],
  ])('%s', (_, text, line, column, zh, en) => {
    const problem = problemOf(text);
    expect(problem.zh).toContain(`第 ${line} 行第 ${column} 列不是有效的 JSON：${zh}`);
    expect(problem.en).toContain(`invalid JSON at line ${line}, column ${column}: ${en}`);
  });
});
