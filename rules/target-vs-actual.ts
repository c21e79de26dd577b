import { inBase, interval, type Figure } from '../src/extract/figure.js';
import { extractCompletionClaims, type CompletionClaim } from '../src/extract/statements/completion-claims.js';
import { extractIndicatorMentions, type IndicatorMention } from '../src/extract/statements/indicator-mentions.js';
import { extractIndicatorOutcomes, type IndicatorOutcome } from '../src/extract/statements/indicator-outcomes.js';
import { categoryKey, compact, type IndicatorRow } from '../src/extract/statements/indicators.js';
import { forQuoting } from '../src/extract/statements/names.js';
import { sentenceAround } from '../src/extract/text-spans.js';
import { formatIn, meets } from '../src/lint/arithmetic.js';
import type { Localized, Rule } from '../src/lint/types.js';
import { positionAt } from '../src/model/document.js';

/**
 * Indicator tables against themselves and against the text: an actual value that misses its
 * target is an error; one that passes the target's comparator but falls short of its value
 * (200个 against ≤320个) is a warning when the report claims the targets were met in full
 * (目标实现率100%, 全部完成); a count the project's text gives for an indicator must match the
 * table's actual value.
 */
export const rule: Rule = {
  meta: {
    id: 'target-vs-actual',
    defaultSeverity: 'error',
    description: {
      zh: '绩效指标的实际完成值未达到目标值，或与“全部完成”等表述、正文所写数值不符',
      en: 'An indicator’s actual value misses its target, or contradicts a claim of full completion or the number the text gives',
    },
    docs: 'docs/rules/target-vs-actual.md',
  },
  check({ facts, report }) {
    const claims = facts.of(extractCompletionClaims);
    for (const outcome of facts.of(extractIndicatorOutcomes)) {
      const said = claimsAbout(outcome, claims);
      if (outcome.status === 'fails') {
        report({ ...atActual(outcome), message: missMessage(outcome, said), severity: 'error' });
      } else if (outcome.status === 'short' && said.length > 0) {
        report({ ...atActual(outcome), message: shortMessage(outcome, said), severity: 'warning' });
      }
    }
    for (const mention of facts.of(extractIndicatorMentions)) {
      if (agrees(mention)) continue;
      const { figure } = mention;
      report({ source: figure.source, start: figure.start, end: figure.end, message: mentionMessage(mention), severity: 'warning' });
    }
  },
};

const MAX_CLAIMS = 3;
/** A sentence that gives a plan, where the target's own value is expected. */
const PLAN = /计划|预计|预期|拟|目标为|目标值|申报|设定|设置/;
const DONE = /完成|实现|达到|实际|已|覆盖了|惠及/;

function atActual({ actual }: IndicatorOutcome) {
  return { source: actual.source, start: actual.start, end: actual.end };
}

/** The claims of full completion made about the outcome's project that cover its row. */
function claimsAbout({ table, row }: IndicatorOutcome, claims: CompletionClaim[]): CompletionClaim[] {
  if (!table.project) return [];
  const keys = [row.level1, row.level2].filter((l): l is string => !!l).map(categoryKey);
  return claims.filter((c) => {
    if (c.project !== table.project) return false;
    if (c.kind === 'coverage') return /覆盖/.test(row.name.text) || keys.includes('数量');
    return c.categories.length === 0 || c.categories.some((k) => keys.includes(k));
  });
}

function nameOf(row: IndicatorRow): string {
  return forQuoting(compact(row.name.text));
}

function lineOf(f: { source: Figure['source']; start: number }): number {
  return positionAt(f.source, f.start).line;
}

/** "“目标实现率100%”（见第145行）、“全面完成”（见第1397行）" */
function quoteClaims(claims: CompletionClaim[]): Localized {
  const shown = claims.slice(0, MAX_CLAIMS);
  return {
    zh: shown.map((c) => `“${c.text}”（见第${lineOf(c)}行）`).join('、'),
    en: shown.map((c) => `"${c.text}" (line ${lineOf(c)})`).join(', '),
  };
}

/** The gap between actual and target in the actual's unit: "5人", "5 个百分点", "2.50万元". */
function gapBetween(target: Figure, actual: Figure, decimals: number): Localized {
  const gap = inBase(target).minus(inBase(actual)).abs();
  if (actual.unit === '%') {
    const points = gap.toFixed(decimals);
    return { zh: `${points} 个百分点`, en: `${points} percentage points` };
  }
  const shown = formatIn(gap, actual, decimals) + (actual.per?.length ? `/${actual.per.join('/')}` : '');
  return { zh: shown, en: shown };
}

function missMessage(outcome: IndicatorOutcome, claims: CompletionClaim[]): Localized {
  const { row, target, actual, reading, assumed } = outcome;
  const name = nameOf(row);
  const decimals = Math.max(target.decimals, actual.decimals);
  const gap = gapBetween(target, actual, decimals);
  const category = row.level2 ?? row.level1 ?? '';
  const how =
    reading === 'range'
      ? { zh: `不在目标区间 ${target.raw} 之内`, en: `is outside the target range ${target.raw}` }
      : reading === 'min'
        ? { zh: `低于目标值 ${target.raw}，差 ${gap.zh}`, en: `is below the target ${target.raw} by ${gap.en}` }
        : { zh: `高于目标值 ${target.raw}，超出 ${gap.zh}`, en: `exceeds the target ${target.raw} by ${gap.en}` };
  const note = assumed
    ? {
        zh: `（目标值未写比较符，${category}按“${reading === 'min' ? '不低于' : '不高于'}”理解）`,
        en: ` (the target has no comparator; a ${category} target is read as ${reading === 'min' ? 'a minimum' : 'a maximum'})`,
      }
    : { zh: '', en: '' };
  const quoted = quoteClaims(claims);
  const contradiction = claims.length > 0 ? { zh: `；而报告称${quoted.zh}，与此不符`, en: `; yet the report claims ${quoted.en}` } : { zh: '', en: '' };
  return {
    zh: `“${name}”实际完成值 ${actual.raw} ${how.zh}，未完成目标${note.zh}${contradiction.zh}`,
    en: `"${name}": the actual value ${actual.raw} ${how.en}, so the target was missed${note.en}${contradiction.en}`,
  };
}

function shortMessage({ row, target, actual }: IndicatorOutcome, claims: CompletionClaim[]): Localized {
  const name = nameOf(row);
  const t = inBase(target);
  const quoted = quoteClaims(claims);
  const ratio = t.isZero() ? undefined : `${actual.value.toString()} ÷ ${target.value.toString()} = ${inBase(actual).div(t).times(100).toFixed(2)}%`;
  const below = inBase(actual).lt(t);
  return {
    zh: `“${name}”实际完成 ${actual.raw}，${below ? '低于' : '高于'}目标值 ${target.raw}${ratio ? `（${ratio}）` : ''}；而报告称${quoted.zh}，与此不符`,
    en: `"${name}": the actual value ${actual.raw} is ${below ? 'below' : 'above'} the target ${target.raw}${ratio ? ` (${ratio})` : ''}; yet the report claims ${quoted.en}`,
  };
}

/** The text gives the table's actual value, or (in a sentence about the plan) its target. */
function agrees({ figure, target, actual }: IndicatorMention): boolean {
  if (meets(interval(figure), interval(actual))) return true;
  if (!target || !meets(interval(figure), { lo: inBase(target), hi: inBase(target) })) return false;
  const { start, end } = sentenceAround(figure.source.text, figure.start);
  const sentence = figure.source.text.slice(start, end);
  return PLAN.test(sentence) && !DONE.test(sentence);
}

function mentionMessage({ figure, clause, row, target, actual }: IndicatorMention): Localized {
  const words = figure.source.text.slice(clause.start, clause.end);
  const name = nameOf(row);
  const line = lineOf(actual);
  const goal = target && target.raw !== actual.raw ? { zh: `目标值 ${target.raw}，`, en: `target ${target.raw}, ` } : { zh: '', en: '' };
  const gap = inBase(figure).minus(inBase(actual));
  const differs = `${gap.isPositive() ? '+' : '−'}${formatIn(gap.abs(), actual, Math.max(figure.decimals, actual.decimals))}`;
  return {
    zh: `正文写“${words}”，而指标表中“${name}”的实际完成值为 ${actual.raw}（${goal.zh}见第${line}行），相差 ${differs}；两处应一致`,
    en: `The text says "${words}", but the indicator table gives ${actual.raw} as the actual value of "${name}" (${goal.en}line ${line}), a difference of ${differs}; the two should agree`,
  };
}
