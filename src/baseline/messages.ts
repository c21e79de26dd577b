import type { Localized } from '../lint/types.js';

const FIX_OR_REMOVE: Localized = {
  zh: '请修正该文件，或删除它后用 --suppress-all 重新生成。',
  en: 'Fix the file, or delete it and create it again with --suppress-all.',
};

export const baselineMessages = {
  unreadable: (file: string, reason: string): Localized => ({
    zh: `无法读取基线文件 ${file}（${reason}）。请检查访问权限，或用 --suppressions-location 指定基线文件。`,
    en: `Cannot read the baseline file ${file} (${reason}). Check its permissions, or name the baseline file with --suppressions-location.`,
  }),
  notJson: (file: string, reason: string): Localized => ({
    zh: `基线文件 ${file} 不是有效的 JSON（${reason}）。${FIX_OR_REMOVE.zh}`,
    en: `The baseline file ${file} is not valid JSON (${reason}). ${FIX_OR_REMOVE.en}`,
  }),
  badShape: (file: string, where: string): Localized => ({
    zh: `基线文件 ${file} 的格式不对（位置：${where}），应为 { "文件": { "规则": { "count": 正整数 } } }。${FIX_OR_REMOVE.zh}`,
    en: `The baseline file ${file} has the wrong shape (at ${where}); expected { "file": { "rule": { "count": positive integer } } }. ${FIX_OR_REMOVE.en}`,
  }),
  writeFailed: (file: string, reason: string): Localized => ({
    zh: `无法写入基线文件 ${file}（${reason}）。请用 --suppressions-location 指定一个可写的位置。`,
    en: `Cannot write the baseline file ${file} (${reason}). Use --suppressions-location to choose a place you can write to.`,
  }),
  conflicting: {
    zh: '--suppress-all 与 --prune-suppressions 不能同时使用。\n运行 budget-lint --help 查看用法。',
    en: '--suppress-all and --prune-suppressions cannot be used together.\nRun budget-lint --help for usage.',
  } satisfies Localized,
  recorded: (errors: number, file: string): Localized => ({
    zh: `已把 ${errors} 个错误记入基线 ${file}；以后只报告基线之外新出现的错误。`,
    en: `Recorded ${errors} error${errors === 1 ? '' : 's'} in the baseline ${file}; from now on only errors beyond it are reported.`,
  }),
  unused: (errors: number, file: string): Localized => ({
    zh: `基线 ${file} 中有 ${errors} 个错误已不再出现；可运行 --prune-suppressions 把它们从基线中去掉。`,
    en: `${errors} error${errors === 1 ? '' : 's'} in the baseline ${file} no longer occur${errors === 1 ? 's' : ''}; run with --prune-suppressions to remove them from it.`,
  }),
  pruned: (errors: number, file: string): Localized => ({
    zh: `已从基线 ${file} 中去掉 ${errors} 个不再出现的错误。`,
    en: `Removed ${errors} error${errors === 1 ? '' : 's'} that no longer occur${errors === 1 ? 's' : ''} from the baseline ${file}.`,
  }),
  nothingToPrune: (file: string): Localized => ({
    zh: `没有找到基线文件 ${file}，没有可清理的内容。`,
    en: `There is no baseline file ${file}; nothing to prune.`,
  }),
};
