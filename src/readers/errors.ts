/**
 * Why a file could not be read, and what the user can do about it. Every message names the
 * file, says what is wrong and what to do, in Chinese and English; the CLI prints it as is
 * (never a stack trace) and goes on with the other files.
 */
import path from 'node:path';
import type { Localized } from '../lint/types.js';

export type ReadErrorCode =
  | 'not-found'
  | 'not-a-file'
  | 'empty'
  | 'binary'
  | 'pdf'
  | 'legacy-doc'
  | 'corrupt-docx'
  | 'encrypted-docx'
  | 'too-large'
  | 'unsupported'
  | 'unreadable'
  | 'bad-encoding';

export class ReadError extends Error {
  readonly code: ReadErrorCode;
  /** The path as it was given to the reader. */
  readonly path: string;
  /** What is wrong with the file and what to do, for the user. */
  readonly text: Localized;

  constructor(code: ReadErrorCode, filePath: string, text: Localized) {
    super(text.en);
    this.name = 'ReadError';
    this.code = code;
    this.path = filePath;
    this.text = text;
  }
}

/** Largest file read; a budget report is well under 1 MB as text and a few MB as .docx. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

const SAVE_AS_SUPPORTED: Localized = {
  zh: '请另存为 .docx、.md 或 UTF-8 编码的 .txt 后重试。',
  en: 'Save it as .docx, .md or UTF-8 .txt and retry.',
};

/** The extra facts some messages need. */
export interface ReadErrorDetails {
  /** For 'too-large': the file size in bytes. */
  size?: number;
  /** For 'unsupported': the extension. */
  extension?: string;
  /** For 'unreadable': the system's reason (e.g. EACCES). */
  reason?: string;
  /** For 'corrupt-docx': what exactly is broken. */
  problem?: Localized;
  /** For 'bad-encoding': the first line with an undecodable byte. */
  line?: number;
  /** For 'empty': the file has content but no text (a .docx with only images, say). */
  noText?: boolean;
}

/** Builds the error for `code` with its message naming `filePath`. */
export function readError(code: ReadErrorCode, filePath: string, details: ReadErrorDetails = {}): ReadError {
  return new ReadError(code, filePath, messageFor(code, path.basename(filePath) || filePath, details));
}

function messageFor(code: ReadErrorCode, name: string, details: ReadErrorDetails): Localized {
  switch (code) {
    case 'not-found':
      return {
        zh: `找不到文件“${name}”。请检查路径和文件名是否正确。`,
        en: `File "${name}" not found. Check the path and the file name.`,
      };
    case 'not-a-file':
      return {
        zh: `“${name}”不是文件（可能是目录）。请指定 .txt、.md 或 .docx 文件。`,
        en: `"${name}" is not a file (perhaps a folder). Give a .txt, .md or .docx file.`,
      };
    case 'empty':
      return details.noText
        ? {
            zh: `“${name}”中没有文字内容（可能只有图片或空表格），没有可检查的内容。请确认选择的是正确的文件。`,
            en: `"${name}" holds no text (perhaps only images or empty tables); nothing to check. Make sure it is the right file.`,
          }
        : {
            zh: `“${name}”是空文件，没有可检查的内容。请确认文件已保存并选择了正确的文件。`,
            en: `"${name}" is empty; nothing to check. Make sure the file was saved and is the right one.`,
          };
    case 'binary':
      return {
        zh: `“${name}”不是文本文件（含有二进制内容），可能是改了扩展名的其他文件。${SAVE_AS_SUPPORTED.zh}如果它是 UTF-16 文本，请保存为带 BOM 的 UTF-16 或 UTF-8。`,
        en: `"${name}" is not a text file (it holds binary data); it may be another kind of file renamed. ${SAVE_AS_SUPPORTED.en} If it is UTF-16 text, save it with a BOM or as UTF-8.`,
      };
    case 'pdf':
      return {
        zh: `“${name}”是 PDF 文件，budget-lint 无法读取 PDF。请使用报告的 Word 原稿（.docx），或将 PDF 转换为 .docx 或 .txt 后重试。`,
        en: `"${name}" is a PDF, which budget-lint cannot read. Use the report's Word original (.docx), or convert the PDF to .docx or .txt and retry.`,
      };
    case 'legacy-doc':
      return {
        zh: `“${name}”是旧版 Word 文档（.doc），无法直接读取。请在 Word 中打开，另存为 .docx 后重试。`,
        en: `"${name}" is a legacy Word document (.doc), which cannot be read directly. Open it in Word, save it as .docx and retry.`,
      };
    case 'corrupt-docx': {
      const problem = details.problem ?? { zh: '文件结构无法识别', en: 'its structure is not recognised' };
      return {
        zh: `“${name}”不是有效的 .docx 文件（${problem.zh}），可能已损坏或没有完整下载。请在 Word 中打开并重新另存为 .docx 后重试。`,
        en: `"${name}" is not a valid .docx file (${problem.en}); it may be damaged or incompletely downloaded. Open it in Word, save it again as .docx and retry.`,
      };
    }
    case 'encrypted-docx':
      return {
        zh: `“${name}”设有打开密码（文档已加密），无法读取。请在 Word 中打开，通过“文件 → 信息 → 保护文档 → 用密码进行加密”清除密码并保存后重试。`,
        en: `"${name}" is password-protected (encrypted) and cannot be read. Open it in Word, remove the password (File → Info → Protect Document → Encrypt with Password) and save, then retry.`,
      };
    case 'too-large': {
      const megabytes = ((details.size ?? 0) / (1024 * 1024)).toFixed(1);
      return {
        zh: `“${name}”有 ${megabytes} MB，超过了 25 MB 的上限，不像是一份报告。请确认选择的是正确的文件；如果文档中图片很多，可删除图片或另存为 .txt 后再检查。`,
        en: `"${name}" is ${megabytes} MB, over the 25 MB limit; it does not look like a report. Make sure it is the right file; if it holds many images, remove them or save it as .txt and check that.`,
      };
    }
    case 'unsupported': {
      const extension = details.extension || '（无扩展名）';
      return {
        zh: `不支持“${name}”的格式（${extension}）。budget-lint 只读取 .txt、.md 和 .docx 文件，${SAVE_AS_SUPPORTED.zh}`,
        en: `The format of "${name}" (${details.extension || 'no extension'}) is not supported. budget-lint reads .txt, .md and .docx files. ${SAVE_AS_SUPPORTED.en}`,
      };
    }
    case 'unreadable': {
      const reason = details.reason ? `（${details.reason}）` : '';
      return {
        zh: `无法读取“${name}”${reason}。请检查文件的访问权限，或确认它没有被其他程序锁定。`,
        en: `Cannot read "${name}"${details.reason ? ` (${details.reason})` : ''}. Check the file's permissions, or whether another program has locked it.`,
      };
    }
    case 'bad-encoding': {
      const where = details.line ? `第 ${details.line} 行起` : '';
      return {
        zh: `“${name}”的文字编码无法识别（${where}有无效字符，既不是 UTF-8 也不是 GBK/GB18030）。请用文本编辑器把它另存为 UTF-8 编码后重试。`,
        en: `The text encoding of "${name}" is not recognised (invalid characters${details.line ? ` from line ${details.line}` : ''}; neither UTF-8 nor GBK/GB18030). Save it as UTF-8 in a text editor and retry.`,
      };
    }
  }
}
