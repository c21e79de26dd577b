import type { TextUnit } from '../src/extract/figure.js';
import type { Localized, Report, Rule } from '../src/lint/types.js';

/**
 * A word typed twice ("日常日常", "省部级劳劳模"). Chinese doubles characters all the time
 * at word boundaries (项目目标, 在职职工, 工会会员) and in reduplications (常常, 人人, 方方面面),
 * so a doubled single character is reported only when the rest of the document writes the
 * same phrase without the double.
 */
export const rule: Rule = {
  meta: {
    id: 'repeated-word',
    defaultSeverity: 'warning',
    description: {
      zh: '词语或字重复（如“日常日常”“劳劳模”）',
      en: 'A word or character typed twice (e.g. 日常日常, 劳劳模)',
    },
    docs: 'docs/rules/repeated-word.md',
  },
  check({ facts, report }) {
    // A merged copy of a Word cell repeats its original's text: count each text once.
    const units = facts.structure.units.map((u) => u.unit).filter((u) => u.kind !== 'cell' || !u.merged);
    const corpus = new Corpus(units.map((u) => u.text).join('\n'));
    for (const unit of units) {
      const words = doubledWords(unit);
      words.forEach((r) => report(r));
      for (const r of doubledCharacters(unit, corpus)) {
        if (!words.some((w) => r.start < w.end && w.start < r.end)) report(r);
      }
    }
  },
};

const CJK = /^[\u4e00-\u9fff]+$/;
const MIN_WORD = 2;
const MAX_WORD = 4;

/** ABAB forms that are grammatical: tentative verbs and adjectives (研究研究, 高兴高兴). */
const ABAB_WORDS = new Set([
  '研究', '讨论', '商量', '考虑', '学习', '休息', '锻炼', '活动', '打听', '收拾', '整理', '介绍', '了解', '检查',
  '准备', '交流', '比较', '思考', '琢磨', '体验', '尝试', '沟通', '打扫', '清理', '高兴', '热闹', '轻松', '凉快',
  '暖和', '溜达', '表示', '总结', '反思', '梳理', '调查', '调整', '改进',
]);

/** A doubled word right after a number: "2024年度年度目标" — the first 年度 ends the number. */
const NUMBER_CHAR = /[\d０-９〇零一二三四五六七八九十百千万]/;

/**
 * Where a CJK word of 2–4 characters is written twice, the longest first: the regex engine
 * finds the next place, so the text is not walked in script character by character.
 */
const DOUBLED_WORD = new RegExp(`([\\u4e00-\\u9fff]{${MIN_WORD},${MAX_WORD}})\\1`, 'g');
/** Where a CJK character is written twice. */
const DOUBLED_CHARACTER = /([\u4e00-\u9fff])\1/g;

/** "日常日常": a CJK word of 2–4 characters written twice in a row. */
function doubledWords(unit: TextUnit): Report[] {
  const { text } = unit;
  const found: Report[] = [];
  let i = 0;
  while (i < text.length) {
    DOUBLED_WORD.lastIndex = i;
    const next = DOUBLED_WORD.exec(text);
    if (!next) break;
    i = next.index;
    const length = doubledLengthAt(text, i);
    if (length === 0) {
      i++;
      continue;
    }
    const word = text.slice(i, i + length);
    found.push({
      source: unit,
      start: i,
      end: i + 2 * length,
      message: {
        zh: `词语重复：“${word}${word}”，疑为“${word}”多写了一次`,
        en: `Repeated word: "${word}${word}" — "${word}" seems to be typed twice`,
      },
    });
    i += 2 * length;
  }
  return found;
}

/** Length of the word doubled at `i` (longest first), or 0. */
function doubledLengthAt(text: string, i: number): number {
  for (let length = MAX_WORD; length >= MIN_WORD; length--) {
    // Code units, not text[i]: a one-character string of a CJK character is a new allocation.
    if (text.charCodeAt(i) !== text.charCodeAt(i + length)) continue;
    const word = text.slice(i, i + length);
    if (word.length < length || !CJK.test(word) || text.slice(i + length, i + 2 * length) !== word) continue;
    if (isGrammaticalDouble(word) || NUMBER_CHAR.test(text[i - 1] ?? '')) return 0;
    return length;
  }
  return 0;
}

/** 一个一个, 一步一步; 哈哈哈哈; tentative ABAB verbs. */
function isGrammaticalDouble(word: string): boolean {
  return (word.length === 2 && word.startsWith('一')) || new Set(word).size === 1 || ABAB_WORDS.has(word);
}

/** Occurrence counts of short strings in the whole document. */
class Corpus {
  private readonly counts = new Map<string, number>();

  constructor(private readonly text: string) {}

  count(s: string): number {
    let n = this.counts.get(s);
    if (n === undefined) {
      n = 0;
      for (let at = this.text.indexOf(s); at >= 0; at = this.text.indexOf(s, at + 1)) n++;
      this.counts.set(s, n);
    }
    return n;
  }
}

/** Characters whose doubling is itself a word (常常, 人人, 个个 …): never reported. */
const REDUPLICATED = new Set([
  ...'常天人看多年渐刚仅往偏稍纷个各一事处时家户层步样件项条次月日代世默悄轻慢好早久深紧牢稳明白微匆苦切恰统通等频屡区寥累井源滚蒸欣'
    .split(''),
]);

/** The correct phrase must appear at least this often elsewhere to call the double a typo. */
const MIN_CORRECT_USES = 2;
/** Characters of context on one side of the double that the correct phrase must share. */
const CONTEXT = 2;

/**
 * "省部级劳劳模": a doubled character A is a typo when
 * - the double occurs nowhere else in the document but in this phrase, and
 * - the document writes the phrase without the double at least twice, with two characters
 *   of context on one side ("部级劳模"), and that side never occurs without the rest of the
 *   phrase ("部级劳" is always followed by 模): it is part of one word, not a word of its own.
 * At a word boundary (项目|目标, 在职|职工, 工会|会员) the de-doubled phrase is not how the
 * document writes anything, so the double is kept.
 */
function doubledCharacters(unit: TextUnit, corpus: Corpus): Report[] {
  const { text } = unit;
  const found: Report[] = [];
  for (const double of text.matchAll(DOUBLED_CHARACTER)) {
    const i = double.index;
    if (i < 1 || i + 2 >= text.length) continue;
    const a = text[i]!;
    const p = text[i - 1]!;
    const n = text[i + 2]!;
    if (REDUPLICATED.has(a) || !CJK.test(p + a + n) || p === a || n === a) continue;
    if (corpus.count(a + a) !== corpus.count(p + a + a + n)) continue;
    const left = text.slice(i - CONTEXT, i);
    const right = text.slice(i + 2, i + 2 + CONTEXT);
    const correct = [
      CJK.test(left) && left.length === CONTEXT ? wholePhrase(corpus, left + a, n, 'after') : undefined,
      CJK.test(right) && right.length === CONTEXT ? wholePhrase(corpus, a + right, p, 'before') : undefined,
    ].find((c) => c !== undefined);
    if (!correct) continue;
    const start = i - (correct.phrase.startsWith(left + a) ? CONTEXT : 1);
    const end = start + correct.phrase.length + 1;
    found.push({ source: unit, start, end, message: characterMessage(text.slice(start, end), correct.phrase, a, correct.uses) });
  }
  return found;
}

/**
 * The phrase `side` + `extra` (or `extra` + `side`) when the document writes it at least
 * MIN_CORRECT_USES times and `side` never occurs without `extra` (apart from the double).
 */
function wholePhrase(corpus: Corpus, side: string, extra: string, where: 'before' | 'after'): { phrase: string; uses: number } | undefined {
  const phrase = where === 'after' ? side + extra : extra + side;
  const uses = corpus.count(phrase);
  if (uses < MIN_CORRECT_USES) return undefined;
  const doubledChar = where === 'after' ? side[side.length - 1]! : side[0]!;
  const withDouble = corpus.count(where === 'after' ? side + doubledChar : doubledChar + side);
  return corpus.count(side) - withDouble === uses ? { phrase, uses } : undefined;
}

function characterMessage(written: string, correct: string, doubled: string, uses: number): Localized {
  return {
    zh: `字重复：“${written}”中“${doubled}”写了两次，本文件其他${uses}处均写作“${correct}”`,
    en: `Repeated character: "${doubled}" is typed twice in "${written}"; elsewhere the document writes "${correct}" (${uses} times)`,
  };
}
