/**
 * Budget against execution: "全年预算数8万元，执行数为7.2万元，完成预算的90%",
 * "到位项目资金968.59万元，到位率100%，执行资金968.59万元，使用率100%". Each stated rate is
 * tied to the two amounts it divides, when the report states both.
 */
import type { Facts } from '../facts.js';
import { inBase, type Figure, type TextUnit } from '../figure.js';
import { sentencesOf } from '../text-spans.js';
import { isInexact, isMoney, isPercentage, phraseBefore, roleWord, type Span } from './phrases.js';

/** What an amount is in a budget-execution statement. */
export type ExecutionRole = 'budget' | 'executed' | 'arrived';

/** 完成预算/执行率 = executed ÷ budget; 到位率 = arrived ÷ budget; 使用率 = executed ÷ arrived (or budget). */
export type RateKind = 'completion' | 'arrival' | 'usage';

export interface ExecutionRate {
  kind: RateKind;
  rate: Figure;
  /** The words that name the rate as written: "完成预算的", "到位率", "预算执行率". */
  term: string;
  numerator: RoleFigure;
  denominator: RoleFigure;
}

export interface RoleFigure {
  role: ExecutionRole;
  figure: Figure;
  /** The words that name the amount as written: "全年预算数", "执行数为", "到位项目资金". */
  term: string;
}

/**
 * Role words at the end of the phrase before an amount. 申报 (requested) is not a budget, and
 * 一般公共预算 / 政府性基金预算 name kinds of budget, not a budget figure.
 */
const ROLE_PATTERNS: [ExecutionRole, RegExp][] = [
  ['arrived', /(?:到位(?:项目)?资金|资金到位(?:数|金额)?|实际到位(?:资金)?|到位数|到账(?:资金)?)(?:为|是|共)?$/],
  ['executed', /(?:执行(?:数|金额|资金)?|实际执行|实际支出|实际使用|支出决算数?|决算支出|决算数|已支出|累计支出|支出金额|使用资金)(?:为|是|共|了)?$/],
  ['budget', /(?:全年|年初|调整后|调整)?(?:预算数|预算资金|预算金额|预算总额|(?<!公共|基金|经营)预算|预算安排(?:资金)?|批复(?:数|金额|资金)?|下达(?:资金|预算)?)(?:为|是|共|合计|总计)?$/],
];

/** Rate words at the end of the phrase before a percentage. 任务完成率 is about work, not money. */
const RATE_PATTERNS: [RateKind, RegExp][] = [
  ['arrival', /(?:资金)?到位率(?:为|达|达到|是)?$/],
  ['usage', /(?:资金)?(?:使用率|支出率)(?:为|达|达到|是)?$/],
  ['completion', /(?:完成(?:全年|年度|年初|调整后?)?预算(?:数)?(?:的)?|(?:预算|资金)(?:执行|完成|支出)(?:完成)?率|(?<!任务)执行率)(?:为|达|达到|是)?$/],
];

/** The amounts each kind of rate divides: numerator, then the denominators in order of preference. */
const OPERANDS: Record<RateKind, [ExecutionRole, ExecutionRole[]]> = {
  completion: ['executed', ['budget']],
  arrival: ['arrived', ['budget']],
  usage: ['executed', ['arrived', 'budget']],
};

/** Every budget-execution rate whose two amounts the report states. */
export function extractExecutionRates(facts: Facts): ExecutionRate[] {
  return facts.structure.units.flatMap(({ unit }) => ratesIn(facts.figuresOf(unit), unit));
}

interface Stated {
  kind: RateKind;
  rate: Figure;
  term: string;
}

function ratesIn(figures: Figure[], unit: TextUnit): ExecutionRate[] {
  // Most units state no rate: their amounts' roles need not be read.
  const rates = figures.flatMap((f) => rateOf(f) ?? []);
  if (rates.length === 0) return [];
  const roles = figures.flatMap((f) => roleOf(f) ?? []);
  if (roles.length === 0) return [];
  const sentences = sentencesOf(unit.text);
  return rates.flatMap((stated): ExecutionRate[] => {
    const whole = { start: 0, end: unit.text.length };
    const sentence = sentences.find((s) => s.start <= stated.rate.start && stated.rate.end <= s.end) ?? whole;
    const [numeratorRole, denominatorRoles] = OPERANDS[stated.kind];
    const operand = (role: ExecutionRole) => operandFor(role, stated, sentence, roles, rates);
    const numerator = operand(numeratorRole);
    const denominator = denominatorRoles.map(operand).find(Boolean);
    if (!numerator || !denominator || numerator.figure === denominator.figure) return [];
    return [{ kind: stated.kind, rate: stated.rate, term: stated.term, numerator, denominator }];
  });
}

/** What an amount is by the words right before it (年初预算为 → budget, 支出决算为 → executed), if they say. */
export function executionRole(f: Figure): ExecutionRole | undefined {
  return roleOf(f)?.role;
}

function roleOf(f: Figure): RoleFigure | undefined {
  if (!isMoney(f) || isInexact(f)) return undefined;
  const phrase = phraseBefore(f);
  for (const [role, pattern] of ROLE_PATTERNS) {
    const word = roleWord(f, pattern, phrase);
    if (word) return { role, figure: f, term: word.word };
  }
  return undefined;
}

function rateOf(f: Figure): Stated | undefined {
  if (!isPercentage(f) || isInexact(f)) return undefined;
  const phrase = phraseBefore(f);
  for (const [kind, pattern] of RATE_PATTERNS) {
    const word = roleWord(f, pattern, phrase);
    if (word) return { kind, rate: f, term: word.word };
  }
  return undefined;
}

/**
 * The amount of `role` a rate divides: the one before it in its sentence, after the previous
 * rate of the same kind (so "A预算…执行…执行率…；B预算…执行…执行率…" pair up); none when two
 * different amounts of that role stand there. When the sentence has none, the paragraph's
 * only one, provided the paragraph states only this one rate of its kind: a rate whose base
 * is not stated is not checked.
 */
function operandFor(role: ExecutionRole, stated: Stated, sentence: Span, roles: RoleFigure[], rates: Stated[]): RoleFigure | undefined {
  const sameKind = rates.filter((r) => r.kind === stated.kind);
  const previousRate = sameKind.filter((r) => r.rate.end <= stated.rate.start && r.rate.start >= sentence.start).pop();
  const from = previousRate ? previousRate.rate.end : sentence.start;
  const ofRole = roles.filter((r) => r.role === role);
  const inSentence = ofRole.filter((r) => r.figure.start >= from && r.figure.end <= stated.rate.start);
  // 年初预算 and 调整预算 of different amounts: which one the rate is of, the text does not say.
  if (new Set(inSentence.map((r) => inBase(r.figure).toString())).size > 1) return undefined;
  if (inSentence.length > 0) return inSentence[inSentence.length - 1];
  return sameKind.length === 1 && ofRole.length === 1 ? ofRole[0] : undefined;
}
