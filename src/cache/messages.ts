import type { Localized } from '../lint/types.js';

export const cacheMessages = {
  /** The run's results stand; only the next run will not be faster. */
  writeFailed: (file: string, reason: string): Localized => ({
    zh: `无法写入缓存文件 ${file}（${reason}），本次结果不受影响，但下次运行不会因缓存而加快。可用 --cache-location 指定一个可写的位置。`,
    en: `Cannot write the cache file ${file} (${reason}). This run's results stand, but the next run will not be faster. Use --cache-location to choose a place you can write to.`,
  }),
};
