import type { Diagnostic } from '../lint/types.js';

export interface ProblemCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/** How many findings of each severity. */
export function countProblems(diagnostics: readonly Diagnostic[]): ProblemCounts {
  const counts: ProblemCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') counts.errors++;
    else if (d.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}
