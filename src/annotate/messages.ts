/** What `--annotate` tells the user when it cannot write the annotated copy. */
import type { Localized } from '../lint/types.js';

export const annotateMessages = {
  notDocx: (file: string): Localized => ({
    zh: `--annotate 只适用于 .docx 文件，${file} 不是 .docx 文件。对 PDF、电子表格、.doc 等其他格式，请改用 HTML 报告（--format html -o 审核.html），它在全文中标出每个问题。`,
    en: `--annotate works on .docx files only, and ${file} is not one. For PDF, spreadsheets, .doc and the other formats, use the HTML report instead (--format html -o review.html), which marks each finding in the full text.`,
  }),
  severalFiles: (count: number): Localized => ({
    zh: `--annotate 只能为一个文件写批注副本，但要检查的文件有 ${count} 个。请每次只指定一个 .docx 文件。`,
    en: `--annotate writes the annotated copy of one file, but ${count} files are to be checked. Give one .docx file at a time.`,
  }),
  sameAsInput: (output: string, stem: string): Localized => ({
    zh: `--annotate 的输出文件 ${output} 就是被检查的文件本身，budget-lint 不会修改原文件。请另选输出路径，例如 ${stem}-批注.docx。`,
    en: `The --annotate output ${output} is the file being checked, and budget-lint never modifies the original. Choose another path, e.g. ${stem}-annotated.docx.`,
  }),
  outputIsDirectory: (output: string): Localized => ({
    zh: `--annotate 的输出路径 ${output} 是一个目录。请给出要写入的 .docx 文件名。`,
    en: `The --annotate output ${output} is a folder. Give the name of the .docx file to write.`,
  }),
  inputUnreadable: (input: string, output: string): Localized => ({
    zh: `${input} 无法读取，没有写出批注副本 ${output}。`,
    en: `${input} could not be read, so the annotated copy ${output} was not written.`,
  }),
  writeFailed: (output: string, reason: string): Localized => ({
    zh: `无法写出批注副本 ${output}（${reason}）。请检查路径和写入权限。`,
    en: `Cannot write the annotated copy ${output} (${reason}). Check the path and permissions.`,
  }),
  annotateFailed: (input: string, reason: string): Localized => ({
    zh: `无法为 ${input} 生成批注副本（${reason}）。这是 budget-lint 的缺陷，请附上该文件报告此问题。`,
    en: `Cannot make the annotated copy of ${input} (${reason}). This is a bug in budget-lint; please report it with the file.`,
  }),
};
