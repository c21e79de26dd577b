/**
 * What is wrong with a configuration, and what to do about it. Every message about a
 * configuration file is prefixed with the file's path by `inConfigFile`.
 */
import type { Localized } from '../lint/types.js';
import type { JsonProblem } from './json-syntax.js';

const RULES_DOCS = { zh: '可用的规则见 docs/rules/', en: 'The rules are listed in docs/rules/' };
const SEVERITIES = { zh: '"off"、"warn"、"error" 或 "info"', en: '"off", "warn", "error" or "info"' };

function didYouMean(suggestion: string | undefined): Localized {
  return suggestion === undefined ? { zh: '', en: '' } : { zh: `（是否想写 ${suggestion}？）`, en: ` (did you mean ${suggestion}?)` };
}

/** A value as it was written, shortened for a message. */
export function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

const JSON_PROBLEMS: Record<JsonProblem, Localized> = {
  comment: { zh: 'JSON 中不能写注释，请删除', en: 'JSON allows no comments; remove it' },
  'trailing-comma': { zh: '最后一项后面多了逗号，请删除', en: 'a comma after the last item; remove it' },
  'missing-comma': { zh: '此处缺少逗号', en: 'a comma is missing here' },
  'single-quote': { zh: '键名和字符串要用双引号', en: 'keys and strings need double quotes' },
  'unterminated-string': { zh: '字符串缺少结尾的双引号', en: 'a string lacks its closing double quote' },
  'bad-escape': { zh: '无效的转义（路径中的 \\ 要写成 \\\\ 或 /）', en: 'an invalid escape (write \\ in paths as \\\\ or /)' },
  'expected-key': { zh: '此处应为用双引号括起来的键名', en: 'a key in double quotes is expected here' },
  'expected-colon': { zh: '键名后缺少冒号', en: 'a colon is missing after the key' },
  'unexpected-end': { zh: '文件意外结束，可能缺少 } 或 ]', en: 'the file ends too early; a } or ] may be missing' },
  'unexpected-character': { zh: '此处有无法识别的内容', en: 'unexpected text here' },
};

export const configMessages = {
  invalidJson: (line: number, column: number, problem: JsonProblem): Localized => ({
    zh: `第 ${line} 行第 ${column} 列不是有效的 JSON：${JSON_PROBLEMS[problem].zh}。`,
    en: `invalid JSON at line ${line}, column ${column}: ${JSON_PROBLEMS[problem].en}.`,
  }),
  notUtf8: { zh: '文件不是 UTF-8 编码的文本，请用 UTF-8 编码保存。', en: 'the file is not UTF-8 text; save it as UTF-8.' },
  notAnObject: {
    zh: '内容应为一个 JSON 对象，如 { "rules": { "sum-of-parts": "warn" } }。',
    en: 'the content should be one JSON object, such as { "rules": { "sum-of-parts": "warn" } }.',
  },
  unknownKey: (key: string, suggestion: string | undefined): Localized => ({
    zh: `不认识的配置项“${key}”${didYouMean(suggestion).zh}。可用的配置项有 $schema、rules、year、ignores。`,
    en: `unknown key "${key}"${didYouMean(suggestion).en}. The keys are $schema, rules, year and ignores.`,
  }),
  badSchemaReference: {
    zh: '$schema 应为字符串（JSON Schema 文件的路径或网址）。',
    en: '$schema should be a string (the path or URL of the JSON Schema).',
  },
  rulesNotAnObject: {
    zh: 'rules 应为对象，键为规则名、值为级别，如 { "sum-of-parts": "warn" }。',
    en: 'rules should be an object of rule ids and severities, such as { "sum-of-parts": "warn" }.',
  },
  unknownRule: (ruleId: string, suggestion: string | undefined): Localized => ({
    zh: `rules 中的“${ruleId}”不是 budget-lint 的规则${didYouMean(suggestion).zh}。请改正规则名；${RULES_DOCS.zh}。`,
    en: `"${ruleId}" in rules is not a budget-lint rule${didYouMean(suggestion).en}. Correct the rule id; ${RULES_DOCS.en}.`,
  }),
  badSeverity: (ruleId: string, value: unknown): Localized => ({
    zh: `规则 ${ruleId} 的级别 ${shown(value)} 无效，应为 ${SEVERITIES.zh}，或写成 ["warn", { 选项 }]。`,
    en: `invalid severity ${shown(value)} for rule ${ruleId}: use ${SEVERITIES.en}, or ["warn", { options }].`,
  }),
  badRuleOptions: (ruleId: string, value: unknown): Localized => ({
    zh: `规则 ${ruleId} 的选项 ${shown(value)} 无效：选项应为一个对象，如 ["warn", {}]。`,
    en: `invalid options ${shown(value)} for rule ${ruleId}: options are one object, as in ["warn", {}].`,
  }),
  badYear: (value: unknown): Localized => ({
    zh: `year 的值 ${shown(value)} 无效，应为四位数的年份，如 "year": 2024（不加引号）。`,
    en: `invalid year ${shown(value)}: use a four-digit year, such as "year": 2024 (no quotes).`,
  }),
  badIgnores: {
    zh: 'ignores 应为字符串数组，如 ["drafts/**", "**/*.bak.docx"]。',
    en: 'ignores should be an array of strings, such as ["drafts/**", "**/*.bak.docx"].',
  },
  badIgnorePattern: (index: number, value: unknown): Localized => ({
    zh: `ignores 的第 ${index} 项 ${shown(value)} 无效，应为 .gitignore 写法的通配符字符串，如 "drafts/"。`,
    en: `item ${index} of ignores, ${shown(value)}, is invalid: use a pattern as in .gitignore, such as "drafts/".`,
  }),
  notFound: { zh: '找不到该配置文件。请检查 --config 的路径。', en: 'no such configuration file. Check the path given to --config.' },
  notAFile: { zh: '这不是文件（可能是目录）。--config 应指向 budget-lint.config.json 文件。', en: 'this is not a file (perhaps a folder). --config takes a budget-lint.config.json file.' },
  unreadable: (reason: string): Localized => ({
    zh: `无法读取配置文件（${reason}）。请检查访问权限。`,
    en: `cannot read the configuration file (${reason}). Check its permissions.`,
  }),

  /** The problems of a configuration file, under its path and what they stopped. */
  inConfigFile: (file: string, problems: Localized[]): Localized => {
    const list = (lang: keyof Localized): string =>
      problems.length === 1 ? (problems[0]?.[lang] ?? '') : problems.map((p) => `\n  ${p[lang]}`).join('');
    return {
      zh: `${file}：配置有误，未做检查：${list('zh')}`,
      en: `${file}: bad configuration, nothing was checked: ${list('en')}`,
    };
  },

  /** A file named on the command line that the configuration ignores, as ESLint says it. */
  fileIgnored: (file: string, pattern: string, configFile: string): Localized => ({
    zh: `${file}：警告：该文件与忽略规则“${pattern}”（${configFile}）匹配，未检查。如需检查，请修改该配置文件的 ignores。`,
    en: `${file}: warning: File ignored because of a matching ignore pattern ("${pattern}" in ${configFile}). Change ignores in that file to check it.`,
  }),
  allIgnored: {
    zh: '要检查的文件都被配置文件的 ignores 忽略了，没有可检查的内容。',
    en: 'All the files to check are ignored by the ignores of their configuration; nothing to check.',
  },

  /** `--rule` problems (the command line adds its pointer to --help). */
  badRuleOption: (value: string): Localized => ({
    zh: `选项 --rule 的取值“${value}”无效，应为“规则名:级别”，如 --rule sum-of-parts:warn（级别为 off、warn、error 或 info）。`,
    en: `Invalid value "${value}" for --rule: expected rule-id:severity, such as --rule sum-of-parts:warn (severity off, warn, error or info).`,
  }),
  unknownRuleOption: (ruleId: string, suggestion: string | undefined): Localized => ({
    zh: `选项 --rule 中的“${ruleId}”不是 budget-lint 的规则${didYouMean(suggestion).zh}。${RULES_DOCS.zh}。`,
    en: `"${ruleId}" given to --rule is not a budget-lint rule${didYouMean(suggestion).en}. ${RULES_DOCS.en}.`,
  }),
};
