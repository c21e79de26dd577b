import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonResult } from '../../src/reporters/json.js';
import { cli, RIGHT_TOTAL, scratch, WRONG_TOTAL } from '../cli/helpers.js';

let dir: string;
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ dir, remove } = await scratch({ 'wrong.txt': WRONG_TOTAL, 'clean.txt': RIGHT_TOTAL }));
});
afterAll(() => remove());

describe('-o/--output-file', () => {
  it('writes the report to the file instead of stdout, keeping the exit code', async () => {
    const { code, stdout, stderr } = await cli(['--format', 'json', '-o', 'result.json', 'wrong.txt'], { cwd: dir });
    expect([code, stdout, stderr]).toEqual([1, '', '']);
    const [file] = JSON.parse(await readFile(path.join(dir, 'result.json'), 'utf8')) as JsonResult[];
    expect(file!.filePath).toBe(path.join(dir, 'wrong.txt'));
    expect(file!.errorCount).toBe(1);
  });

  it('writes the same text the format prints, without colour even on a terminal', async () => {
    const printed = await cli(['wrong.txt'], { cwd: dir });
    const written = await cli(['--output-file=stylish.txt', 'wrong.txt'], { cwd: dir, tty: true });
    expect([written.code, written.stdout]).toEqual([1, '']);
    expect(await readFile(path.join(dir, 'stylish.txt'), 'utf8')).toBe(printed.stdout);
  });

  it('creates the folders on the way and replaces an existing file', async () => {
    await mkdir(path.join(dir, 'reports/2024'), { recursive: true });
    await writeFile(path.join(dir, 'reports/2024/out.csv'), 'old contents that are longer than the new report');
    expect((await cli(['--format', 'csv', '-o', 'reports/2024/out.csv', 'clean.txt'], { cwd: dir })).code).toBe(0);
    expect(await readFile(path.join(dir, 'reports/2024/out.csv'), 'utf8')).toBe('\uFEFF文件,年度,规则,严重程度,位置,说明,原文\r\n');
    expect((await cli(['--format', 'sarif', '-o', 'new/deeper/out.sarif', 'clean.txt'], { cwd: dir })).code).toBe(0);
    expect(JSON.parse(await readFile(path.join(dir, 'new/deeper/out.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
  });

  it('stops with exit code 2 and says so when the file cannot be written', async () => {
    await mkdir(path.join(dir, 'a-folder'), { recursive: true });
    const { code, stdout, stderr } = await cli(['-o', 'a-folder', 'wrong.txt'], { cwd: dir });
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe('无法写入输出文件 a-folder：这是一个目录。请换一个可写的路径传给 -o/--output-file。\n');
    const blocked = await cli(['--lang', 'en', '-o', 'wrong.txt/out.json', 'clean.txt'], { cwd: dir });
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toMatch(/^Cannot write the output file wrong\.txt\/out\.json: part of the path is not a folder\. /);
  });

  it('needs a file name', async () => {
    const { code, stderr } = await cli(['wrong.txt', '-o'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain('选项 -o 缺少取值（应为 FILE）');
  });
});
