/**
 * Why a file could not be read, and what the user can do about it. Every message names the
 * file, says what is wrong and what to do, in Chinese and English; the CLI prints it as is
 * (never a stack trace) and goes on with the other files.
 */
import path from 'node:path';
import type { Localized } from '../lint/types.js';
import { EXTENSIONS_LISTED } from './formats.js';

export type ReadErrorCode =
  | 'not-found'
  | 'not-a-file'
  | 'empty'
  | 'binary'
  | 'scanned-pdf'
  | 'encrypted-pdf'
  | 'corrupt-pdf'
  | 'legacy-doc'
  | 'corrupt-doc'
  | 'xls'
  | 'corrupt-docx'
  | 'corrupt-xlsx'
  | 'encrypted-docx'
  | 'encrypted-xlsx'
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

/** Largest file read; a budget report is well under 1 MB as text and a few MB as .docx or PDF. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

const SAVE_AS_SUPPORTED: Localized = {
  zh: '请另存为 .docx、.pdf、.xlsx、.md 或 UTF-8 编码的 .txt 后重试。',
  en: 'Save it as .docx, .pdf, .xlsx, .md or UTF-8 .txt and retry.',
};

/** The extra facts some messages need. */
export interface ReadErrorDetails {
  /** For 'too-large': the file size in bytes. */
  size?: number;
  /** For 'unsupported': the extension. */
  extension?: string;
  /** For 'unreadable': the system's reason (e.g. EACCES). */
  reason?: string;
  /** For 'corrupt-docx' and 'corrupt-xlsx': what exactly is broken. */
  problem?: Localized;
  /** For 'scanned-pdf': the number of pages. */
  pages?: number;
  /** For 'scanned-pdf': the PDF has text, but in fonts that map its characters to nothing. */
  unmappedText?: boolean;
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
        zh: `“${name}”不是文件（可能是目录）。请指定 ${EXTENSIONS_LISTED.and.zh} 文件。`,
        en: `"${name}" is not a file (perhaps a folder). Give a ${EXTENSIONS_LISTED.or.en} file.`,
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
    case 'scanned-pdf': {
      const pages = details.pages ? `（共 ${details.pages} 页）` : '';
      if (details.unmappedText) {
        return {
          zh: `“${name}”${pages}中的文字使用了无法对应到汉字的字体编码，无法提取其中的文字和数字。请使用报告的 Word 原稿，或用其他软件重新导出带可复制文字的 PDF 后重试。`,
          en: `"${name}"${details.pages ? ` (${details.pages} pages)` : ''} draws its text with fonts that map it to no characters, so its words and figures cannot be extracted. Use the report's Word original, or export the PDF again with copyable text and retry.`,
        };
      }
      return {
        zh: `“${name}”${pages}没有文字层，可能是扫描件或图片转成的 PDF，无法读取其中的文字和数字。请使用报告的 Word 原稿或带文字的 PDF；如只有扫描件，请先用 OCR 软件识别为文字后再检查。`,
        en: `"${name}"${details.pages ? ` (${details.pages} pages)` : ''} has no text layer: it is probably a scan or made from images, so its words and figures cannot be read. Use the report's Word original or a PDF with text; for a scan, run OCR on it first.`,
      };
    }
    case 'encrypted-pdf':
      return {
        zh: `“${name}”设有打开密码（PDF 已加密），无法读取。请用 PDF 阅读器输入密码打开，另存一份不加密的副本后重试。`,
        en: `"${name}" is password-protected (an encrypted PDF) and cannot be read. Open it with the password in a PDF reader, save an unprotected copy and retry.`,
      };
    case 'corrupt-pdf':
      return {
        zh: `“${name}”不是有效的 PDF 文件，可能已损坏或没有完整下载。请重新下载或导出该 PDF 后重试。`,
        en: `"${name}" is not a valid PDF file; it may be damaged or incompletely downloaded. Download or export the PDF again and retry.`,
      };
    case 'legacy-doc':
      return {
        zh: `“${name}”是旧版 Word 或 WPS 文档，但不是能读取的 Word 97–2003（.doc）格式。请在 Word 或 WPS 中打开，另存为 .docx 后重试。`,
        en: `"${name}" is a legacy Word or WPS document, but not in the Word 97–2003 (.doc) format that can be read. Open it in Word or WPS, save it as .docx and retry.`,
      };
    case 'corrupt-doc':
      return {
        zh: `“${name}”看起来是旧版 Word 文档（.doc），但其内容无法解析，可能已损坏。请在 Word 中打开，另存为 .docx 后重试。`,
        en: `"${name}" looks like a legacy Word document (.doc), but its content cannot be parsed; it may be damaged. Open it in Word, save it as .docx and retry.`,
      };
    case 'xls':
      return {
        zh: `“${name}”是旧版 Excel 工作簿（.xls），无法直接读取。请在 Excel 或 WPS 中打开，另存为 .xlsx 后重试。`,
        en: `"${name}" is a legacy Excel workbook (.xls), which cannot be read directly. Open it in Excel or WPS, save it as .xlsx and retry.`,
      };
    case 'corrupt-docx': {
      const problem = details.problem ?? { zh: '文件结构无法识别', en: 'its structure is not recognised' };
      return {
        zh: `“${name}”不是有效的 .docx 文件（${problem.zh}），可能已损坏或没有完整下载。请在 Word 中打开并重新另存为 .docx 后重试。`,
        en: `"${name}" is not a valid .docx file (${problem.en}); it may be damaged or incompletely downloaded. Open it in Word, save it again as .docx and retry.`,
      };
    }
    case 'corrupt-xlsx': {
      const problem = details.problem ?? { zh: '文件结构无法识别', en: 'its structure is not recognised' };
      return {
        zh: `“${name}”不是有效的 .xlsx 文件（${problem.zh}），可能已损坏或没有完整下载。请在 Excel 中打开并重新另存为 .xlsx 后重试。`,
        en: `"${name}" is not a valid .xlsx file (${problem.en}); it may be damaged or incompletely downloaded. Open it in Excel, save it again as .xlsx and retry.`,
      };
    }
    case 'encrypted-xlsx':
      return {
        zh: `“${name}”设有打开密码（工作簿已加密），无法读取。请在 Excel 中打开，通过“文件 → 信息 → 保护工作簿 → 用密码进行加密”清除密码并保存后重试。`,
        en: `"${name}" is password-protected (encrypted) and cannot be read. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password) and save, then retry.`,
      };
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
        zh: `不支持“${name}”的格式（${extension}）。budget-lint 读取 ${EXTENSIONS_LISTED.and.zh} 文件，${SAVE_AS_SUPPORTED.zh}`,
        en: `The format of "${name}" (${details.extension || 'no extension'}) is not supported. budget-lint reads ${EXTENSIONS_LISTED.and.en} files. ${SAVE_AS_SUPPORTED.en}`,
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
