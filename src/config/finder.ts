/**
 * Which configuration applies to a file: the one given with `--config` (for every file), or
 * the nearest budget-lint.config.json found by walking up from the file's folder to the
 * filesystem root. Nearest wins; configurations are not merged. Each folder is looked up,
 * and each file read, once per run.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { displayPath } from '../reporters/paths.js';
import { IgnoreList } from './ignores.js';
import { CONFIG_FILE_NAME, loadConfig, type BudgetLintConfig } from './load.js';

export interface LoadedConfig extends BudgetLintConfig {
  ignoreList: IgnoreList;
}

export class ConfigFinder {
  private readonly byFolder = new Map<string, Promise<LoadedConfig | undefined>>();
  private readonly explicit: Promise<LoadedConfig> | undefined;

  /** `explicitFile`: the `--config` path, relative to `cwd`. */
  constructor(
    private readonly cwd: string,
    explicitFile?: string,
  ) {
    this.explicit = explicitFile === undefined ? undefined : this.load(path.resolve(cwd, explicitFile));
    this.explicit?.catch(ignoreHere);
  }

  /** The configuration of `file` (absolute), if any; rejects with ConfigError when it is bad. */
  forFile(file: string): Promise<LoadedConfig | undefined> {
    return this.explicit ?? this.nearest(path.dirname(file));
  }

  private nearest(folder: string): Promise<LoadedConfig | undefined> {
    let found = this.byFolder.get(folder);
    if (!found) {
      found = this.lookIn(folder);
      found.catch(ignoreHere);
      this.byFolder.set(folder, found);
    }
    return found;
  }

  private async lookIn(folder: string): Promise<LoadedConfig | undefined> {
    const candidate = path.join(folder, CONFIG_FILE_NAME);
    if (await isFile(candidate)) return this.load(candidate);
    const parent = path.dirname(folder);
    return parent === folder ? undefined : this.nearest(parent);
  }

  private async load(file: string): Promise<LoadedConfig> {
    const config = await loadConfig(file, displayPath(file, this.cwd));
    return { ...config, ignoreList: new IgnoreList(config.ignores, path.dirname(file)) };
  }
}

/**
 * Kept promises may reject (a bad configuration); whoever awaits them handles that. This
 * handler only keeps a kept one from counting as an unhandled rejection meanwhile.
 */
function ignoreHere(): void {}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
