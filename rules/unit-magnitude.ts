import { Decimal } from 'decimal.js';
import { inBase, interval, type Figure } from '../src/extract/figure.js';
import type { Facts } from '../src/extract/facts.js';
import { extractChanges } from '../src/extract/statements/changes.js';
import { extractExecutionRates } from '../src/extract/statements/execution.js';
import { extractFundingGaps } from '../src/extract/statements/gaps.js';
import { longestCommonRun } from '../src/extract/statements/phrases.js';
import { HUNDRED, formatFigure, formatIn, meets } from '../src/lint/arithmetic.js';
import { isMoneyUnit, magnitudeText, unitSlip, type UnitSlip } from '../src/lint/magnitude.js';
import { changeChecks, executionCheck, gapCheck, type Check } from '../src/lint/relations.js';
import type { Report, Rule } from '../src/lint/types.js';
import type { Project } from '../src/structure/types.js';

/**
 * A money figure 10⁴ or 10⁸ off from the figure it must equal or divide: 元 written where
 * 万元 is meant. Reported when a stated relation (完成预算r%, 缺口, 增长r%) fails as written
 * but holds once that one figure keeps its number and takes the other unit, and when a
 * per-person standard in 元 ("每人每年0.08元") is the 万元 reading of another standard of the
 * same project ("800元/人·次"). The rules of those relations stay silent on such findings.
 */
export const rule: Rule = {
  meta: {
    id: 'unit-magnitude',
    defaultSeverity: 'error',
    description: {
      zh: '金额单位笔误：数值与应相等或相除的金额相差一万倍或一亿倍（如“万元”写成“元”）',
      en: 'A money unit slip: a figure is 10⁴ or 10⁸ off from the figure it must equal or divide (元 written for 万元)',
    },
    docs: 'docs/rules/unit-magnitude.md',
  },
  check({ facts, report }) {
    for (const check of relationChecks(facts)) {
      if (check.holds(check.figures) !== false) continue;
      const slip = unitSlip(check.figures, check.holds);
      if (slip) report(slipReport(slip, check));
    }
    for (const found of standardSlips(facts)) report(standardReport(found));
  },
};

function relationChecks(facts: Facts): Check[] {
  return [
    ...facts.of(extractExecutionRates).map(executionCheck),
    ...facts.of(extractFundingGaps).map(gapCheck),
    ...facts.of(extractChanges).flatMap(changeChecks),
  ];
}

function slipReport(slip: UnitSlip, check: Check): Report {
  const corrected = check.figures.map((f) => (f === slip.figure ? slip.corrected : f));
  const fixed = equation(check, corrected);
  const asWritten = equation(check, check.figures);
  const times = magnitudeText(slip.factor);
  return {
    source: slip.figure.source,
    start: slip.figure.start,
    end: slip.figure.end,
    message: {
      zh: `“${slip.figure.raw}”与同一陈述中的金额相差 ${times} 倍，疑为单位笔误，应为 ${slip.corrected.raw}：按 ${slip.corrected.raw} 计，${fixed.zh}；按所写计则为 ${asWritten.result}`,
      en: `“${slip.figure.raw}” is ${times} off from the amounts it is stated with, most likely a unit slip for ${slip.corrected.raw}: with ${slip.corrected.raw}, ${fixed.en}; as written it gives ${asWritten.result}`,
    },
  };
}

/** The relation of a check worked out on the given figures, as a reader would redo it. */
function equation(check: Check, figures: Figure[]): { zh: string; en: string; result: string } {
  const [a, b, c] = figures as [Figure, Figure, Figure];
  const v = figures.map(inBase);
  const decimals = Math.max(...figures.filter(isMoneyUnit).map((f) => f.decimals));
  const money = (value: Decimal, like: Figure) => formatIn(value, like, decimals);
  // At least two decimals, so that a quotient 10⁴ off shows as 0.01% rather than 0%.
  const pct = (numerator: Decimal, denominator: Decimal, like: Figure) =>
    denominator.lte(0) ? '—' : `${numerator.div(denominator).times(HUNDRED).toFixed(Math.max(like.decimals, 2))}%`;
  const say = (expression: string, result: string, stated: Figure, expressionEn = expression) => ({
    zh: `${expression} = ${result}，与所写 ${formatFigure(stated)} 相符`,
    en: `${expressionEn} = ${result}, as stated`,
    result,
  });
  const [x, y] = [formatFigure(a), formatFigure(b)];
  switch (check.kind) {
    case 'execution':
      return say(`${x} ÷ ${y}`, pct(v[0]!, v[1]!, c), c);
    case 'gap':
      return say(`${x} − ${y}`, money(v[0]!.minus(v[1]!), c), c);
    case 'change-rate': {
      const previous = check.direction === 'down' ? v[0]!.plus(v[1]!) : v[0]!.minus(v[1]!);
      const p = money(previous, a);
      return say(`${y} ÷ 上年 ${p}`, pct(v[1]!, previous, c), c, `${y} ÷ last year's ${p}`);
    }
    case 'change-amount':
      return say(`${x} − ${y}`, money(v[0]!.minus(v[1]!).abs(), c), c);
    case 'rate-from-previous':
      return say(`(${x} − ${y}) ÷ ${y}`, pct(v[0]!.minus(v[1]!).abs(), v[1]!, c), c);
    default:
      return { zh: `${x} 与 ${y} 相等，与“持平”相符`, en: `${x} equals ${y}, as “unchanged” says`, result: `${x} ≠ ${y}` };
  }
}

// ---------------------------------------------------------------------------------------
// Per-person standards

interface StandardSlip {
  slip: UnitSlip;
  other: Figure;
}

/**
 * A standard in 元 ("每人每年0.08元") whose number read in 万元 (or 亿元) is another standard
 * for the same unit of people in the same paragraph or cell, or in the same project under
 * a name sharing words ("体检标准" / "体检人均标准"), while as written it is not.
 */
function standardSlips(facts: Facts): StandardSlip[] {
  const standards = facts.structure.units.flatMap(({ unit, scope }) =>
    facts.figuresOf(unit).filter(isMoneyStandard).map((figure) => ({ figure, project: scope.project })),
  );
  const slips: StandardSlip[] = [];
  for (const { figure, project } of standards) {
    if (!figure.scale.eq(1)) continue;
    for (const s of standards) {
      const slip = s.figure !== figure && sameStandard(figure, project, s.figure, s.project) ? slipOf(figure, s.figure) : undefined;
      if (slip) {
        slips.push({ slip, other: s.figure });
        break;
      }
    }
  }
  return slips;
}

function isMoneyStandard(f: Figure): boolean {
  return f.kind === 'standard' && isMoneyUnit(f) && !!f.per?.length && !f.range && !f.comparator;
}

function sameStandard(a: Figure, aProject: Project | undefined, b: Figure, bProject: Project | undefined): boolean {
  if (a.per![0] !== b.per![0]) return false;
  if (a.source === b.source) return true;
  return !!aProject && aProject === bProject && longestCommonRun(nameOf(a), nameOf(b)) >= 2;
}

/** What a standard is for, without the words every standard has: "体检" in "体检人均标准为". */
function nameOf(f: Figure): string {
  return f.label.replace(/标准|人均|户均|每[人名位户个次年月天]|[为是的]/g, '');
}

/** The standard, written smaller, equals the other once its 元 is read as 万元 or 亿元. */
function slipOf(standard: Figure, other: Figure): UnitSlip | undefined {
  const equal = ([a, b]: Figure[]) => meets(interval(a!), interval(b!));
  if (equal([standard, other])) return undefined;
  const slip = unitSlip([standard, other], equal);
  return slip?.figure === standard ? slip : undefined;
}

function standardReport({ slip, other }: StandardSlip): Report {
  const standard = slip.figure;
  const times = magnitudeText(slip.factor);
  const yuanDecimals = Math.max(0, standard.decimals - Math.round(Math.log10(slip.factor.toNumber())));
  const inYuan = `${inBase(slip.corrected).toFixed(yuanDecimals)}元`;
  const where = other.source === standard.source ? { zh: '同一处', en: 'the same passage' } : { zh: '同一项目', en: 'the same project' };
  return {
    source: standard.source,
    start: standard.start,
    end: standard.end,
    message: {
      zh: `标准“${standard.raw}”与${where.zh}的 ${other.raw} 相差 ${times} 倍，疑为单位笔误：${slip.corrected.raw} = ${inYuan}，应为 ${slip.corrected.raw}（即 ${inYuan}）`,
      en: `The standard “${standard.raw}” is ${times} off from ${other.raw} in ${where.en}, most likely a unit slip: ${slip.corrected.raw} = ${inYuan}; it should read ${slip.corrected.raw} (${inYuan})`,
    },
  };
}
