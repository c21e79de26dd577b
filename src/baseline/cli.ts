/**
 * The baseline on the command line: `--suppress-all` records this run's errors,
 * `--prune-suppressions` drops what no longer occurs, and any run with a baseline file
 * reports only the errors beyond it. The file is read before the files are checked, so a
 * damaged baseline stops the run at once (exit 2) instead of after a long batch.
 */
import path from 'node:path';
import type { Localized } from '../lint/types.js';
import { displayPath } from '../reporters/paths.js';
import type { FileResult } from '../reporters/types.js';
import { baselineMessages } from './messages.js';
import {
  applySuppressions,
  DEFAULT_SUPPRESSIONS_FILE,
  loadSuppressions,
  pruneSuppressions,
  saveSuppressions,
  suppressAll,
  totalCount,
  type Suppressions,
} from './suppressions.js';

export interface BaselineOptions {
  suppressAll: boolean;
  pruneSuppressions: boolean;
  suppressionsLocation?: string;
}

export interface BaselineOutcome {
  /** The results without the errors the baseline holds. */
  results: FileResult[];
  suppressed: number;
  /** What the user should know (written to stderr; the exit code is not changed). */
  notices: Localized[];
  /** A baseline that could not be written (exit 2). */
  problem?: Localized;
}

export interface Baseline {
  /** Applies the baseline to the results, recording or pruning it first when asked. */
  apply(results: FileResult[]): Promise<BaselineOutcome>;
}

/** Reads the baseline the options name; a problem when they conflict or the file is damaged. */
export async function openBaseline(options: BaselineOptions, cwd: string): Promise<Baseline | { problem: Localized }> {
  if (options.suppressAll && options.pruneSuppressions) return { problem: baselineMessages.conflicting };
  const file = path.resolve(cwd, options.suppressionsLocation ?? DEFAULT_SUPPRESSIONS_FILE);
  const loaded = await loadSuppressions(file, cwd);
  if ('problem' in loaded) return loaded;
  const shownFile = displayPath(file, cwd);

  const applyAndSave = async (results: FileResult[], suppressions: Suppressions, notice: (applied: ReturnType<typeof applySuppressions>) => Localized) => {
    const applied = applySuppressions(results, suppressions, cwd);
    const problem = await saveSuppressions(file, suppressions, cwd);
    return { ...applied, notices: problem ? [] : [notice(applied)], problem };
  };

  return {
    async apply(results) {
      if (options.suppressAll) {
        const recorded = suppressAll(loaded.suppressions, results, cwd);
        return applyAndSave(results, recorded, (applied) => baselineMessages.recorded(applied.suppressed, shownFile));
      }
      if (options.pruneSuppressions) {
        if (!loaded.exists) return { results, suppressed: 0, notices: [baselineMessages.nothingToPrune(shownFile)] };
        const { unused } = applySuppressions(results, loaded.suppressions, cwd);
        const pruned = pruneSuppressions(loaded.suppressions, unused);
        return applyAndSave(results, pruned, () => baselineMessages.pruned(totalCount(unused), shownFile));
      }
      const applied = applySuppressions(results, loaded.suppressions, cwd);
      const unusedCount = totalCount(applied.unused);
      return { ...applied, notices: unusedCount > 0 ? [baselineMessages.unused(unusedCount, shownFile)] : [] };
    },
  };
}
