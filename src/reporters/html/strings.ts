/** The words of the HTML report's page, in Chinese (default) and English (--lang en). */
import type { Localized } from '../../lint/types.js';
import type { SourceFormat } from '../../model/document.js';

export const PAGE_TEXT = {
  title: { zh: 'budget-lint 检查报告', en: 'budget-lint report' },
  summary: { zh: '概况', en: 'Summary' },
  byRule: { zh: '按规则统计（取消勾选可隐藏该规则的问题）', en: 'By rule (untick a rule to hide its findings)' },
  show: { zh: '显示', en: 'Show' },
  rule: { zh: '规则', en: 'Rule' },
  description: { zh: '说明', en: 'Description' },
  showAll: { zh: '全部显示', en: 'Show all' },
  hideAll: { zh: '全部隐藏', en: 'Hide all' },
  findings: { zh: '问题列表', en: 'Findings' },
  documentText: { zh: '全文', en: 'Document text' },
  noProblems: { zh: '未发现问题。', en: 'No problems found.' },
  unreadable: { zh: '无法检查', en: 'Could not be checked' },
  noText: { zh: '（未附全文）', en: '(text not included)' },
} satisfies Record<string, Localized>;

/** What the places beside the findings of a Word, PDF or spreadsheet file refer to. */
export function placeNote(format: SourceFormat): Localized {
  const where: Localized =
    format === 'pdf'
      ? { zh: '“第N页”“表N 第R行第C列”是在 PDF 中的位置', en: '“page N” and “table N row R col C” say where to look in the PDF' }
      : format === 'xlsx'
        ? { zh: '“工作表 单元格”是在电子表格中的位置', en: '“sheet, cell” say where to look in the spreadsheet' }
        : { zh: '“第N段”“表N 第R行第C列”是在 Word 中的位置', en: '“paragraph N” and “table N row R col C” say where to look in Word' };
  return {
    zh: `行号和列号对应 budget-lint --print-text 输出的纯文本；${where.zh}。`,
    en: `Line and column numbers refer to the plain text printed by budget-lint --print-text; ${where.en}.`,
  };
}

export function filesChecked(files: number): Localized {
  return { zh: `已检查 ${files} 个文件`, en: `${files} file${files === 1 ? '' : 's'} checked` };
}

export function reportYearLabel(year: number): Localized {
  return { zh: `${year}年度`, en: `report year ${year}` };
}

/**
 * "显示 <n> / 27 条": how many findings the rule filter leaves visible. HTML: `visibleHtml` is
 * the element the page's script updates.
 */
export function shownCount(visibleHtml: string, total: number): Localized {
  return { zh: `显示 ${visibleHtml} / ${total} 条`, en: `Showing ${visibleHtml} of ${total}` };
}
