/**
 * `-o/--output-file`: the report goes to a file instead of stdout. As in ESLint, missing
 * folders on the way are created; anything else that stops the write is a message for the
 * user (the CLI exits 2), never a stack trace.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Localized } from '../lint/types.js';
import { displayPath } from './paths.js';

/** Writes `text` to `file` (relative to `cwd`); resolves to why it failed, or undefined. */
export async function writeReportFile(file: string, text: string, cwd: string): Promise<Localized | undefined> {
  const target = path.resolve(cwd, file);
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text, 'utf8');
    return undefined;
  } catch (error) {
    return outputFileError(displayPath(target, cwd), (error as NodeJS.ErrnoException).code);
  }
}

const REASONS: Record<string, Localized> = {
  EISDIR: { zh: '这是一个目录', en: 'it is a folder' },
  EACCES: { zh: '没有写入权限', en: 'permission denied' },
  EPERM: { zh: '没有写入权限', en: 'permission denied' },
  ENOTDIR: { zh: '路径中有一级不是目录', en: 'part of the path is not a folder' },
  EEXIST: { zh: '路径中有一级不是目录', en: 'part of the path is not a folder' },
  EROFS: { zh: '所在的文件系统只读', en: 'the file system is read-only' },
  ENOSPC: { zh: '磁盘空间不足', en: 'the disk is full' },
};

function outputFileError(shownPath: string, code: string | undefined): Localized {
  const reason = (code && REASONS[code]) || { zh: `写入失败（${code ?? '未知原因'}）`, en: `the write failed (${code ?? 'unknown reason'})` };
  return {
    zh: `无法写入输出文件 ${shownPath}：${reason.zh}。请换一个可写的路径传给 -o/--output-file。`,
    en: `Cannot write the output file ${shownPath}: ${reason.en}. Give -o/--output-file a path you can write to.`,
  };
}
