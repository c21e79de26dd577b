import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonResult } from '../../src/reporters/json.js';
import { toDocx } from '../support/renditions.js';
import { cli, RIGHT_TOTAL, scratch, UNREADABLE, WRONG_TOTAL } from './helpers.js';

let dir: string;
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ dir, remove } = await scratch({
    'clean.txt': RIGHT_TOTAL,
    'wrong.txt': `部门决算说明\n${WRONG_TOTAL}`,
    'wrong.docx': await toDocx(`部门决算说明\n\n\t项目\n\t金额\n\n\n${WRONG_TOTAL}`),
    'reports/2024/wrong.md': `# 部门决算\n\n${WRONG_TOTAL}`,
    'reports/2024/notes.pdf': '%PDF-1.7\n',
    'reports/node_modules/pkg/readme.md': WRONG_TOTAL,
    'reports/.drafts/draft.txt': WRONG_TOTAL,
    'pictures/logo.png': 'not a document',
    ...Object.fromEntries(Object.entries(UNREADABLE).map(([name, content]) => [`bad/${name}`, content])),
  }));
});
afterAll(() => remove());

describe('exit codes and the stylish report', () => {
  it('exits 0 and says so when nothing is wrong', async () => {
    const { code, stdout, stderr } = await cli(['clean.txt'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toBe('✔ 已检查 1 个文件，未发现问题\n');
    expect(stderr).toBe('');
  });

  it('exits 1 and lists the finding under the file path when a total does not add up', async () => {
    const { code, stdout, stderr } = await cli(['wrong.txt', 'clean.txt'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^\nwrong\.txt\n {2}2:\d+ +错误 +.*100.*sum-of-parts\n/);
    expect(stdout).not.toContain('clean.txt');
    expect(stdout).toContain('\n✖ 1 个问题（1 个错误，0 个警告）\n');
    expect(stdout).not.toContain('\u001b[');
    expect(stderr).toBe('');
  });

  it('writes English with --lang en', async () => {
    const { code, stdout } = await cli(['--lang', 'en', 'wrong.txt'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toMatch(/ error +.*sum-of-parts/);
    expect(stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
    expect(stdout).not.toMatch(/[错误个问题]/);
  });
});

describe('colour', () => {
  it('colours on a terminal unless NO_COLOR is set', async () => {
    expect((await cli(['wrong.txt'], { cwd: dir, tty: true })).stdout).toContain('\u001b[31m错误');
    expect((await cli(['wrong.txt'], { cwd: dir, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it('colours a pipe only when FORCE_COLOR asks for it', async () => {
    expect((await cli(['wrong.txt'], { cwd: dir, env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[31m错误');
    expect((await cli(['wrong.txt'], { cwd: dir, tty: true, env: { FORCE_COLOR: '0' } })).stdout).not.toContain('\u001b[');
  });
});

describe('.docx files', () => {
  it('say where to look in Word, and give lines of the plain-text rendering', async () => {
    const { code, stdout } = await cli(['wrong.docx'], { cwd: dir });
    expect(code).toBe(1);
    const rendering = (await cli(['--print-text', 'wrong.docx'], { cwd: dir })).stdout.split('\n');
    const line = rendering.findIndex((l) => l.startsWith('本年支出合计')) + 1;
    expect(line).toBeGreaterThan(1);
    expect(stdout).toMatch(new RegExp(`\\n {2}${line}:\\d+ +错误 .*sum-of-parts\\n +第2段 +「`));
  });

  it('give the Word place in JSON', async () => {
    const [file] = JSON.parse((await cli(['--format', 'json', 'wrong.docx'], { cwd: dir })).stdout) as JsonResult[];
    expect(file!.messages[0]).toMatchObject({ ruleId: 'sum-of-parts', location: { paragraph: 2 } });
  });
});

describe('--format json', () => {
  it('prints an ESLint-compatible array with absolute paths', async () => {
    const { code, stdout } = await cli(['--format', 'json', 'wrong.txt', 'clean.txt'], { cwd: dir });
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as JsonResult[];
    expect(results.map((r) => r.filePath)).toEqual([path.join(dir, 'wrong.txt'), path.join(dir, 'clean.txt')]);
    expect(results[0]).toMatchObject({ errorCount: 1, warningCount: 0, fatalErrorCount: 0 });
    expect(results[0]!.messages[0]).toMatchObject({ ruleId: 'sum-of-parts', severity: 2, line: 2, endLine: 2, location: { paragraph: 2 } });
    expect(results[0]!.messages[0]!.message).toMatch(/[\u4e00-\u9fff]/);
    expect(results[1]).toMatchObject({ errorCount: 0, warningCount: 0, messages: [] });
  });

  it('includes an unreadable file as a fatal message, still exiting 2', async () => {
    const { code, stdout, stderr } = await cli(['--format=json', 'wrong.txt', 'bad/scan.pdf'], { cwd: dir });
    expect(code).toBe(2);
    const [wrong, pdf] = JSON.parse(stdout) as JsonResult[];
    expect(wrong!.errorCount).toBe(1);
    expect(pdf).toMatchObject({ filePath: path.join(dir, 'bad/scan.pdf'), errorCount: 1, fatalErrorCount: 1 });
    expect(pdf!.messages).toEqual([{ ruleId: null, fatal: true, severity: 2, message: expect.stringContaining('scan.pdf') }]);
    expect(stderr).toContain('scan.pdf');
  });
});

describe('--quiet and --max-warnings', () => {
  const asWarning = { 'sum-of-parts': 'warning' } as const;

  it('reports warnings without failing by default', async () => {
    const { code, stdout } = await cli(['wrong.txt'], { cwd: dir, severities: asWarning });
    expect(code).toBe(0);
    expect(stdout).toContain('警告');
    expect(stdout).toContain('✖ 1 个问题（0 个错误，1 个警告）');
  });

  it('leaves warnings out with --quiet', async () => {
    const { code, stdout } = await cli(['--quiet', 'wrong.txt'], { cwd: dir, severities: asWarning });
    expect(code).toBe(0);
    expect(stdout).not.toContain('sum-of-parts');
  });

  it('keeps errors with --quiet', async () => {
    const { code, stdout } = await cli(['--quiet', 'wrong.txt'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toContain('sum-of-parts');
  });

  it('fails when warnings exceed --max-warnings, and only then', async () => {
    const over = await cli(['--max-warnings', '0', 'wrong.txt'], { cwd: dir, severities: asWarning });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('警告有 1 个，超过了 --max-warnings 允许的 0 个。\n');
    const within = await cli(['--max-warnings=1', 'wrong.txt'], { cwd: dir, severities: asWarning });
    expect(within.code).toBe(0);
    expect(within.stderr).toBe('');
  });
});

describe('--print-text', () => {
  it('prints the text as read, one paragraph a line, and checks nothing', async () => {
    const { code, stdout } = await cli(['--print-text', 'wrong.txt'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toBe(`部门决算说明\n\n${WRONG_TOTAL}`);
  });

  it('heads each file with its path when there are several', async () => {
    const { stdout } = await cli(['--print-text', 'clean.txt', 'wrong.txt'], { cwd: dir });
    expect(stdout).toBe(`==> clean.txt <==\n${RIGHT_TOTAL}==> wrong.txt <==\n部门决算说明\n\n${WRONG_TOTAL}`);
  });
});

describe('finding files', () => {
  it('walks directories for documents of every format read, skipping node_modules and dot-folders', async () => {
    const { stdout } = await cli(['--format', 'json', 'reports'], { cwd: dir });
    const files = (JSON.parse(stdout) as JsonResult[]).map((r) => path.relative(dir, r.filePath));
    expect(files).toEqual([path.join('reports', '2024', 'notes.pdf'), path.join('reports', '2024', 'wrong.md')]);
  });

  it('expands globs to the documents they match', async () => {
    const { stdout } = await cli(['--format', 'json', '*.txt', 'reports/**/*.md'], { cwd: dir });
    const files = (JSON.parse(stdout) as JsonResult[]).map((r) => path.relative(dir, r.filePath));
    expect(files).toEqual(['clean.txt', 'wrong.txt', path.join('reports', '2024', 'wrong.md')]);
  });

  it('checks a file named twice once', async () => {
    const { stdout } = await cli(['--format', 'json', 'wrong.txt', './wrong.txt', '*.txt'], { cwd: dir });
    expect((JSON.parse(stdout) as JsonResult[]).map((r) => path.basename(r.filePath))).toEqual(['wrong.txt', 'clean.txt']);
  });

  it('exits 2 naming the pattern when nothing matches, still checking the rest', async () => {
    const { code, stdout, stderr } = await cli(['missing/**/*.docx', 'wrong.txt'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe('没有找到与“missing/**/*.docx”匹配的文件。请检查路径或通配符（支持 .docx、.doc、.pdf、.xlsx、.md、.txt）。\n');
    expect(stdout).toContain('sum-of-parts');
  });

  it('exits 2 for a directory with no documents, saying what it holds instead', async () => {
    const { code, stdout, stderr } = await cli(['pictures'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'pictures：目录中没有 .docx、.doc、.pdf、.xlsx、.md 或 .txt 文件，没有可检查的内容。\n目录中另有 1 个文件不是报告格式，未检查（.png 1 个）。\n',
    );
    expect(stdout).toBe('');
  });
});

describe('files that cannot be read', () => {
  const cases = [...Object.keys(UNREADABLE).map((name) => `bad/${name}`), 'bad/missing.docx'];

  it.each(cases)('%s: exit 2, one Chinese message naming it, and the other files still checked', async (file) => {
    const { code, stdout, stderr } = await cli([file, 'wrong.txt'], { cwd: dir });
    expect(code).toBe(2);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(path.basename(file));
    expect(lines[0]!.startsWith(`${file}：`)).toBe(true);
    expect(lines[0]).toMatch(/[\u4e00-\u9fff]{4}/);
    expect(stderr).not.toContain('    at ');
    expect(stdout).toContain('sum-of-parts');
    expect(stdout).not.toContain(path.basename(file));
  });

  it('explains in English with --lang en', async () => {
    const { code, stderr } = await cli(['--lang', 'en', 'bad/legacy.doc'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^bad\/legacy\.doc: .*legacy\.doc/);
    expect(stderr).not.toMatch(/[\u4e00-\u9fff]{2}/);
  });

  it('reports every unreadable file of a folder and still checks the good ones', async () => {
    const { code, stderr } = await cli(['bad', 'wrong.txt'], { cwd: dir });
    expect(code).toBe(2);
    // bad/ holds five documents no reader can use: each is named with what is wrong with it
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    for (const name of Object.keys(UNREADABLE)) expect(lines.filter((line) => line.includes(name))).toHaveLength(1);
  });
});

describe('options', () => {
  it('prints Chinese help with -h and English help with --lang en', async () => {
    const zh = await cli(['-h'], { cwd: dir });
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('用法：budget-lint [选项]');
    const en = await cli(['--help', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain('Usage: budget-lint [options]');
  });

  it('prints help on stderr and exits 2 without arguments', async () => {
    const { code, stdout, stderr } = await cli([], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('用法：budget-lint');
  });

  it('prints the package version with -v', async () => {
    const { code, stdout } = await cli(['-v'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it.each([
    [['--bogus', 'wrong.txt'], '未知选项：--bogus'],
    [['-x', 'wrong.txt'], '未知选项：-x'],
    [['--format', 'xml', 'wrong.txt'], '选项 --format 的取值“xml”无效，应为 stylish|json|sarif|csv|html。'],
    [['--lang', 'fr', 'wrong.txt'], '选项 --lang 的取值“fr”无效，应为 zh|en。'],
    [['--max-warnings', 'many', 'wrong.txt'], '选项 --max-warnings 的取值“many”无效'],
    [['wrong.txt', '--max-warnings'], '选项 --max-warnings 缺少取值'],
    [['--year', '--quiet', 'wrong.txt'], '选项 --year 缺少取值（应为 YYYY）。'],
    [['--year', '24', 'wrong.txt'], '选项 --year 的取值“24”无效，应为 YYYY。'],
    [['--quiet=yes', 'wrong.txt'], '选项 --quiet 不接受取值。'],
    [['--format', 'json'], '没有指定要检查的文件。'],
  ])('rejects %j with a clear message and exit 2', async (args, message) => {
    const { code, stdout, stderr } = await cli(args, { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('运行 budget-lint --help 查看用法。');
  });

  it('gives option errors in English when --lang en is given', async () => {
    const { stderr } = await cli(['--lang', 'en', '--bogus', 'wrong.txt'], { cwd: dir });
    expect(stderr).toBe('Unknown option: --bogus\nRun budget-lint --help for usage.\n');
  });
});
