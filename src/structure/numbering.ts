import type { NumberingStyle } from './types.js';

/** Nesting rank of each style: a section's parent is the nearest open section of lower rank. */
export const RANK: Record<NumberingStyle, number> = {
  part: 0,
  annex: 1,
  project: 2,
  cn: 3,
  'cn-paren': 4,
  arabic: 5,
  'arabic-paren': 6,
  circled: 7,
};
