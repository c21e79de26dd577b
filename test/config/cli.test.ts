import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureFiles } from '../../src/config/cli.js';
import { cli, scratch, WRONG_TOTAL } from '../cli/helpers.js';

const WRONG = `部门决算说明\n${WRONG_TOTAL}`;
const config = (value: unknown): string => JSON.stringify(value, null, 2);

let dir: string;
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ dir, remove } = await scratch({
    'budget-lint.config.json': config({ rules: { 'sum-of-parts': 'off' }, ignores: ['drafts/**', '**/*.bak.txt'] }),
    'a/wrong.txt': WRONG,
    'b/budget-lint.config.json': config({ rules: { 'sum-of-parts': 'warn' } }),
    'b/wrong.txt': WRONG,
    'b/c/wrong.txt': WRONG,
    'd/budget-lint.config.json': '\uFEFF{ "year": 2023 }',
    'd/wrong.txt': WRONG,
    'drafts/wrong.txt': WRONG,
    'a/old.bak.txt': WRONG,
    'other.json': config({ rules: { 'sum-of-parts': 'warn' } }),
    'bad/unknown-rule.json': config({ rules: { 'sum-of-part': 'warn' } }),
    'bad/severity.json': config({ rules: { 'sum-of-parts': 'warning' } }),
    'bad/year.json': config({ year: '2024年' }),
    'bad/unknown-key.json': config({ rule: { 'sum-of-parts': 'off' } }),
    'bad/json.json': '{\n  "rules": {\n    "sum-of-parts": "off",\n  }\n}\n',
    'walked/budget-lint.config.json': config({ rules: { 'sum-of-parts': 'maybe' } }),
    'walked/one.txt': WRONG,
    'walked/two.txt': WRONG,
  }));
});
afterAll(() => remove());

describe('finding the configuration of each file', () => {
  it('uses the nearest budget-lint.config.json above the file', async () => {
    const { code, stdout } = await cli(['--format', 'json', 'a/wrong.txt', 'b/wrong.txt', 'b/c/wrong.txt'], { cwd: dir });
    expect(code).toBe(0);
    const findings = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; severity: number }[] }[];
    expect(findings.map((f) => [path.relative(dir, f.filePath), f.messages.map((m) => `${m.ruleId}:${m.severity}`)])).toEqual([
      ['a/wrong.txt', []],
      ['b/wrong.txt', ['sum-of-parts:1']],
      ['b/c/wrong.txt', ['sum-of-parts:1']],
    ]);
  });

  it('does not merge the nearest configuration with those further up', async () => {
    // d's configuration sets only the year: sum-of-parts keeps its default, not the root's "off".
    const { code, stdout } = await cli(['d/wrong.txt'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toMatch(/错误 .*sum-of-parts/);
  });

  it('uses the --config file for every file, and looks for no other', async () => {
    const { code, stdout } = await cli(['--config', 'other.json', 'a/wrong.txt', 'd/wrong.txt'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout.match(/警告 .*sum-of-parts/g)).toHaveLength(2);
  });

  it('takes the year from the configuration, unless --year is given', async () => {
    const file = path.join(dir, 'd/wrong.txt');
    expect((await configureFiles([file], { cwd: dir, patterns: [file] })).settingsFor(file).year).toBe(2023);
    expect((await configureFiles([file], { cwd: dir, patterns: [file], year: 2024 })).settingsFor(file).year).toBe(2024);
  });
});

describe('--rule', () => {
  it('overrides the configuration file', async () => {
    const off = await cli(['--rule', 'sum-of-parts:error', 'a/wrong.txt'], { cwd: dir });
    expect(off.code).toBe(1);
    expect(off.stdout).toMatch(/错误 .*sum-of-parts/);
    const warned = await cli(['--rule=sum-of-parts:off', '--config', 'other.json', 'b/wrong.txt'], { cwd: dir });
    expect(warned).toMatchObject({ code: 0, stdout: '✔ 已检查 1 个文件，未发现问题\n' });
  });

  it('takes the last value given for a rule', async () => {
    const { code } = await cli(['--rule', 'sum-of-parts:off', '--rule', 'sum-of-parts:error', 'b/wrong.txt'], { cwd: dir });
    expect(code).toBe(1);
  });

  it.each([
    ['sum-of-part:warn', '选项 --rule 中的“sum-of-part”不是 budget-lint 的规则（是否想写 sum-of-parts？）'],
    ['sum-of-parts:warning', '选项 --rule 的取值“sum-of-parts:warning”无效，应为“规则名:级别”'],
    ['sum-of-parts', '选项 --rule 的取值“sum-of-parts”无效'],
  ])('rejects %s with exit code 2', async (value, message) => {
    const { code, stdout, stderr } = await cli(['--rule', value, 'a/wrong.txt'], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${message}${stderr.slice(message.length)}`);
    expect(stderr).toContain('运行 budget-lint --help 查看用法。');
  });

  it('says what it needs when given no value', async () => {
    const { code, stderr } = await cli(['a/wrong.txt', '--rule'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain('选项 --rule 缺少取值（应为 rule-id:off|warn|error|info）');
  });
});

describe('ignores', () => {
  it('skips ignored files silently when walking a folder', async () => {
    const { code, stdout, stderr } = await cli(['--format', 'json', '--rule', 'sum-of-parts:error', 'a', 'drafts', 'b'], { cwd: dir });
    const checked = (JSON.parse(stdout) as { filePath: string }[]).map((r) => path.relative(dir, r.filePath));
    expect(checked).toEqual(['a/wrong.txt', 'b/c/wrong.txt', 'b/wrong.txt']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });

  it('applies to the files below the configuration only', async () => {
    // The root's "drafts/**" is no pattern of b/'s configuration, nor relative to b/.
    const file = path.join(dir, 'b/drafts/wrong.txt');
    expect((await configureFiles([file], { cwd: dir, patterns: [file] })).files).toEqual([file]);
  });

  it('warns about an ignored file named on the command line, and does not check it', async () => {
    const { code, stdout, stderr } = await cli(['--rule', 'sum-of-parts:error', 'drafts/wrong.txt', 'a/wrong.txt'], { cwd: dir });
    expect(stderr).toBe('drafts/wrong.txt：警告：该文件与忽略规则“drafts/**”（budget-lint.config.json）匹配，未检查。如需检查，请修改该配置文件的 ignores。\n');
    expect(stdout).not.toContain('drafts');
    expect(code).toBe(1);
  });

  it('says so in English, as ESLint does', async () => {
    const { code, stderr } = await cli(['--lang', 'en', 'a/old.bak.txt'], { cwd: dir });
    expect(stderr).toBe('a/old.bak.txt: warning: File ignored because of a matching ignore pattern ("**/*.bak.txt" in budget-lint.config.json). Change ignores in that file to check it.\n');
    expect(code).toBe(0);
  });

  it('fails when a folder holds nothing but ignored files', async () => {
    const { code, stderr } = await cli(['drafts'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe('要检查的文件都被配置文件的 ignores 忽略了，没有可检查的内容。\n');
  });
});

describe('a bad configuration stops the run with exit code 2, naming the file', () => {
  it.each([
    ['bad/unknown-rule.json', 'bad/unknown-rule.json：配置有误，未做检查：rules 中的“sum-of-part”不是 budget-lint 的规则（是否想写 sum-of-parts？）。请改正规则名；可用的规则见 docs/rules/。'],
    ['bad/severity.json', 'bad/severity.json：配置有误，未做检查：规则 sum-of-parts 的级别 "warning" 无效，应为 "off"、"warn"、"error" 或 "info"，或写成 ["warn", { 选项 }]。'],
    ['bad/year.json', 'bad/year.json：配置有误，未做检查：year 的值 "2024年" 无效，应为四位数的年份，如 "year": 2024（不加引号）。'],
    ['bad/unknown-key.json', 'bad/unknown-key.json：配置有误，未做检查：不认识的配置项“rule”（是否想写 rules？）。可用的配置项有 $schema、rules、year、ignores。'],
    ['bad/json.json', 'bad/json.json：配置有误，未做检查：第 3 行第 26 列不是有效的 JSON：最后一项后面多了逗号，请删除。'],
    ['bad/missing.json', 'bad/missing.json：配置有误，未做检查：找不到该配置文件。请检查 --config 的路径。'],
    ['bad', 'bad：配置有误，未做检查：这不是文件（可能是目录）。--config 应指向 budget-lint.config.json 文件。'],
  ])('--config %s', async (file, message) => {
    const { code, stdout, stderr } = await cli(['--config', file, 'a/wrong.txt'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe(`${message}\n`);
    expect(stdout).toBe('');
  });

  it('names a configuration found by walking up once, however many files it governs', async () => {
    const { code, stdout, stderr } = await cli(['walked'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe(`${path.join('walked', 'budget-lint.config.json')}：配置有误，未做检查：规则 sum-of-parts 的级别 "maybe" 无效，应为 "off"、"warn"、"error" 或 "info"，或写成 ["warn", { 选项 }]。\n`);
    expect(stdout).toBe('');
  });

  it('speaks English with --lang en', async () => {
    const { code, stderr } = await cli(['--lang', 'en', '--config', 'bad/json.json', 'a/wrong.txt'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe('bad/json.json: bad configuration, nothing was checked: invalid JSON at line 3, column 26: a comma after the last item; remove it.\n');
  });
});
