import type { Rule } from '../src/lint/types.js';
import { rule as comparisonWord } from './comparison-word.js';
import { rule as copyPaste } from './copy-paste.js';
import { rule as crossReference } from './cross-reference.js';
import { rule as duplicateIndicator } from './duplicate-indicator.js';
import { rule as emptyTable } from './empty-table.js';
import { rule as executionRate } from './execution-rate.js';
import { rule as fundingGap } from './funding-gap.js';
import { rule as growthRate } from './growth-rate.js';
import { rule as indicatorCount } from './indicator-count.js';
import { rule as malformedNumber } from './malformed-number.js';
import { rule as missingTable } from './missing-table.js';
import { rule as numbering } from './numbering.js';
import { rule as perUnit } from './per-unit.js';
import { rule as percentShare } from './percent-share.js';
import { rule as repeatedWord } from './repeated-word.js';
import { rule as subjectCode } from './subject-code.js';
import { rule as sumOfParts } from './sum-of-parts.js';
import { rule as tableBalance } from './table-balance.js';
import { rule as tableColumnSum } from './table-column-sum.js';
import { rule as tableCrossCheck } from './table-cross-check.js';
import { rule as tableNarrative } from './table-narrative.js';
import { rule as tableRowSum } from './table-row-sum.js';
import { rule as targetVsActual } from './target-vs-actual.js';
import { rule as unitMagnitude } from './unit-magnitude.js';
import { rule as unmeasuredActual } from './unmeasured-actual.js';
import { rule as yearLabel } from './year-label.js';

/** Every rule budget-lint knows, in the order they run. */
export const rules: Rule[] = [
  sumOfParts,
  percentShare,
  growthRate,
  executionRate,
  comparisonWord,
  fundingGap,
  unitMagnitude,
  perUnit,
  targetVsActual,
  crossReference,
  unmeasuredActual,
  indicatorCount,
  duplicateIndicator,
  yearLabel,
  numbering,
  malformedNumber,
  copyPaste,
  repeatedWord,
  missingTable,
  emptyTable,
  tableRowSum,
  tableColumnSum,
  tableBalance,
  tableCrossCheck,
  tableNarrative,
  subjectCode,
];
