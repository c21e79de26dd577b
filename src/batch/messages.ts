import type { Localized, Severity } from '../lint/types.js';

/** What the summary of a batch states. */
export interface SummaryFacts {
  files: number;
  unreadable: number;
  elapsedMs: number;
  threads: number;
  cacheHits: number;
  suppressed: number;
  error: number;
  warning: number;
  info: number;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}

export const batchMessages = {
  progressUnit: { zh: '文件', en: 'files' } satisfies Localized,
  allIgnored: (dir: string): Localized => ({
    zh: `${dir}：目录中的文档都被 .budget-lintignore 排除了，没有可检查的内容。`,
    en: `${dir}: every document in the folder is excluded by .budget-lintignore; nothing to check.`,
  }),
  /** The reason given when a worker thread stops without an error of its own. */
  workerExit: (code: number): string => `worker thread exited with code ${code}`,
  fileTimedOut: (limitSeconds: number): Localized => ({
    zh: `检查此文件超过 ${limitSeconds} 秒仍未完成，已停止。这可能是 budget-lint 的缺陷，请附上该文件报告此问题。`,
    en: `Checking this file took longer than ${limitSeconds} s and was stopped. This may be a bug in budget-lint; please report it with the file.`,
  }),
  summary: {
    title: { zh: '\n汇总', en: '\nSummary' } satisfies Localized,
    checked: (f: SummaryFacts): Localized => ({
      zh:
        `已检查 ${f.files} 个文件${f.unreadable > 0 ? `（${f.unreadable} 个无法读取）` : ''}，用时 ${seconds(f.elapsedMs)} 秒` +
        `${f.threads > 0 ? `，${f.threads} 个线程` : ''}${f.cacheHits > 0 ? `，${f.cacheHits} 个未改动的文件取自缓存` : ''}`,
      en:
        `${plural(f.files, 'file')} checked${f.unreadable > 0 ? ` (${f.unreadable} unreadable)` : ''} in ${seconds(f.elapsedMs)} s` +
        `${f.threads > 0 ? `, ${plural(f.threads, 'thread')}` : ''}${f.cacheHits > 0 ? `, ${f.cacheHits} unchanged from the cache` : ''}`,
    }),
    found: (f: SummaryFacts): Localized => {
      const total = f.error + f.warning + f.info;
      const zhBaseline = f.suppressed > 0 ? `；另有 ${f.suppressed} 个错误已记入基线，未报告` : '';
      const enBaseline = f.suppressed > 0 ? `; ${plural(f.suppressed, 'more error')} in the baseline, not reported` : '';
      if (total === 0) return { zh: `未发现问题${zhBaseline}`, en: `No problems found${enBaseline}` };
      return {
        zh: `发现 ${total} 个问题：${f.error} 个错误，${f.warning} 个警告${f.info > 0 ? `，${f.info} 个提示` : ''}${zhBaseline}`,
        en: `${plural(total, 'problem')}: ${plural(f.error, 'error')}, ${plural(f.warning, 'warning')}${f.info > 0 ? `, ${plural(f.info, 'note')}` : ''}${enBaseline}`,
      };
    },
    byRuleHeading: { zh: '按规则：', en: 'By rule:' } satisfies Localized,
    columns: {
      error: { zh: '错误', en: 'errors' },
      warning: { zh: '警告', en: 'warnings' },
      info: { zh: '提示', en: 'notes' },
    } satisfies Record<Severity, Localized>,
    topFilesHeading: { zh: '问题最多的文件：', en: 'Files with the most problems:' } satisfies Localized,
    unreadableHeading: { zh: '无法读取的文件：', en: 'Files that could not be read:' } satisfies Localized,
  },
};
