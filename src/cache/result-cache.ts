/**
 * `--cache`: the results of earlier runs, so an unchanged file costs one hash instead of a
 * read and a lint. An entry is used only when its key matches: sha256 over the file's bytes,
 * budget-lint's version and the options the file is checked with, so a changed file, a new
 * version or other options (year, rule severities …) check the file again.
 *
 * One JSON file, replaced whole (written beside and renamed, so a run that is interrupted or
 * runs alongside leaves a complete file). A cache that cannot be read or parsed is dropped
 * and rebuilt: it only ever saves time, it never stops a run.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LintFileOptions } from '../cli/lint-file.js';
import type { Localized } from '../lint/types.js';
import { displayPath } from '../reporters/paths.js';
import type { FileResult } from '../reporters/types.js';
import { cacheMessages } from './messages.js';

/** Where the cache goes without `--cache-location`, relative to the current folder. */
export const DEFAULT_CACHE_FOLDER = path.join('node_modules', '.cache', 'budget-lint');
const CACHE_FILE_NAME = 'results.json';
/** Changes when the layout of the cache file changes. */
const CACHE_FORMAT = 1;

interface CacheEntry {
  key: string;
  result: FileResult;
}

interface CacheFile {
  budgetLintCache: typeof CACHE_FORMAT;
  version: string;
  /** By absolute file path: one entry per file, replaced when the file changes. */
  entries: Record<string, CacheEntry>;
}

/** What a lookup found: the stored result, or the key to store a new result under. */
export type CacheLookup = { hit: FileResult } | { miss: string };

/**
 * The cache file for `--cache-location` (a file, or a folder when it ends with a separator or
 * is an existing folder), or the default folder's file.
 */
export async function cacheFilePath(location: string | undefined, cwd: string): Promise<string> {
  if (location === undefined) return path.resolve(cwd, DEFAULT_CACHE_FOLDER, CACHE_FILE_NAME);
  const target = path.resolve(cwd, location);
  const isFolder = /[\\/]$/.test(location) || (await stat(target).then((s) => s.isDirectory(), () => false));
  return isFolder ? path.join(target, CACHE_FILE_NAME) : target;
}

export class ResultCache {
  private changed = false;

  private constructor(
    private readonly file: string,
    private readonly version: string,
    private readonly entries: Record<string, CacheEntry>,
  ) {}

  /**
   * The cache stored at `file` for this version of budget-lint; empty when there is none, it
   * is from another version, or it is damaged.
   */
  static async open(file: string, version: string): Promise<ResultCache> {
    const stored = await readCacheFile(file);
    const usable = typeof stored === 'object' && stored.version === version;
    const entries = usable ? soundEntries(stored.entries) : {};
    const cache = new ResultCache(file, version, entries);
    // A damaged or outdated file is replaced even if this run stores nothing.
    cache.changed = stored !== 'missing' && (!usable || Object.keys(entries).length < Object.keys(stored.entries).length);
    return cache;
  }

  /** The stored result when the file is unchanged and was checked with the same options. */
  async lookup(filePath: string, options: LintFileOptions): Promise<CacheLookup> {
    let bytes: Buffer;
    try {
      bytes = await readFile(filePath);
    } catch {
      return { miss: '' }; // the lint says what is wrong with it; nothing to store
    }
    const key = entryKey(bytes, this.version, options);
    const entry = this.entries[filePath];
    if (entry?.key === key) return { hit: entry.result };
    return { miss: key };
  }

  /** Keeps `result` under `key` (from a missed lookup); results of unreadable files are not kept. */
  store(key: string, result: FileResult): void {
    if (key === '' || result.fatal) return;
    this.entries[result.filePath] = { key, result };
    this.changed = true;
  }

  /** Writes the cache when something changed; resolves to what went wrong, or undefined. */
  async save(cwd: string): Promise<Localized | undefined> {
    if (!this.changed) return undefined;
    const content: CacheFile = { budgetLintCache: CACHE_FORMAT, version: this.version, entries: this.entries };
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      await writeFile(temporary, JSON.stringify(content));
      await rename(temporary, this.file);
      this.changed = false;
      return undefined;
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => undefined);
      return cacheMessages.writeFailed(displayPath(this.file, cwd), (error as NodeJS.ErrnoException).code ?? String(error));
    }
  }
}

/** sha256 over the options, the version and the file's bytes. */
function entryKey(bytes: Buffer, version: string, options: LintFileOptions): string {
  return createHash('sha256').update(`${version}\0${stableJson(options)}\0`).update(bytes).digest('hex');
}

/** JSON with object keys sorted, so equal options give equal text whatever their order. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

async function readCacheFile(file: string): Promise<CacheFile | 'missing' | 'damaged'> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'damaged';
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return isCacheFile(parsed) ? parsed : 'damaged';
  } catch {
    return 'damaged';
  }
}

function isCacheFile(value: unknown): value is CacheFile {
  const file = value as Partial<CacheFile> | null;
  return (
    typeof file === 'object' &&
    file !== null &&
    file.budgetLintCache === CACHE_FORMAT &&
    typeof file.version === 'string' &&
    typeof file.entries === 'object' &&
    file.entries !== null &&
    !Array.isArray(file.entries)
  );
}

/** The entries that have the shape of one (a key, and a result for the same file); the others are dropped. */
function soundEntries(entries: Record<string, unknown>): Record<string, CacheEntry> {
  const sound: Record<string, CacheEntry> = {};
  for (const [filePath, value] of Object.entries(entries)) {
    const entry = value as Partial<CacheEntry> | null;
    const result = entry?.result as Partial<FileResult> | null | undefined;
    const isSound = typeof entry?.key === 'string' && result?.filePath === filePath && Array.isArray(result.diagnostics);
    if (isSound) sound[filePath] = entry as CacheEntry;
  }
  return sound;
}
