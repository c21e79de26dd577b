import { describe, expect, it } from 'vitest';
import {
  clauseEnd,
  clauseStart,
  closingBracket,
  depthAt,
  listClauseStart,
  openingBracket,
  sentenceAround,
  sentencesOf,
} from '../../src/extract/text-spans.js';

const at = (text: string, words: string) => text.indexOf(words);

describe('sentenceAround', () => {
  const text = '支出100万元。其中基本支出60万元！项目支出40万元';

  it('spans from just after the previous sentence end to the next one', () => {
    expect(sentenceAround(text, at(text, '60'))).toEqual({ start: at(text, '其中'), end: at(text, '！') });
  });

  it('runs to the edges of the text where no sentence end is', () => {
    expect(sentenceAround(text, 2)).toEqual({ start: 0, end: at(text, '。') });
    expect(sentenceAround(text, at(text, '40'))).toEqual({ start: at(text, '项目'), end: text.length });
  });

  it('puts an offset on a sentence end in the sentence that end closes', () => {
    expect(sentenceAround(text, at(text, '。'))).toEqual({ start: 0, end: at(text, '。') });
  });

  it('keeps an offset outside the text as its own bound', () => {
    expect(sentenceAround(text, -1)).toEqual({ start: -1, end: at(text, '。') });
    expect(sentenceAround(text, text.length + 2)).toEqual({ start: at(text, '项目'), end: text.length + 2 });
  });

  it('reads the sentences of each text, whichever texts were asked about before', () => {
    const other = '第一句。第二句';
    for (let round = 0; round < 2; round++) {
      expect(sentenceAround(other, 5)).toEqual({ start: 4, end: other.length });
      expect(sentenceAround(text, 2)).toEqual({ start: 0, end: at(text, '。') });
    }
  });
});

describe('sentencesOf', () => {
  it('gives every sentence without its end mark, empty ones left out', () => {
    const text = '一。。二！\n三';
    expect(sentencesOf(text).map((s) => text.slice(s.start, s.end))).toEqual(['一', '二', '三']);
  });

  it('gives nothing for a text of sentence ends only', () => {
    expect(sentencesOf('。\n')).toEqual([]);
    expect(sentencesOf('')).toEqual([]);
  });
});

describe('clauses', () => {
  const text = '成本指标、效益指标，全部完成；满意度95%';

  it('starts a clause after a comma, semicolon or 、', () => {
    expect(clauseStart(text, at(text, '全部'))).toBe(at(text, '全部'));
    expect(clauseStart(text, at(text, '效益'))).toBe(at(text, '效益'));
  });

  it('keeps a list joined by 、 in one clause when asked', () => {
    expect(listClauseStart(text, at(text, '效益指标') + 4)).toBe(0);
    expect(listClauseStart(text, at(text, '95%'))).toBe(at(text, '满意度'));
  });

  it('ends a clause at the next break, or at the end of the text', () => {
    expect(clauseEnd(text, 0)).toBe(at(text, '、'));
    expect(clauseEnd(text, at(text, '全部'))).toBe(at(text, '；'));
    expect(clauseEnd(text, at(text, '满意度'))).toBe(text.length);
  });
});

describe('brackets', () => {
  const text = '合计10万元（其中：A 6万元（含B 1万元），C 4万元）。）尾';

  it('counts the bracket depth at every offset', () => {
    expect(depthAt(text, at(text, '合计'))).toBe(0);
    expect(depthAt(text, at(text, 'A'))).toBe(1);
    expect(depthAt(text, at(text, 'B'))).toBe(2);
    expect(depthAt(text, at(text, 'C'))).toBe(1);
    expect(depthAt(text, at(text, '。'))).toBe(0);
  });

  it('ignores a closing bracket with none open', () => {
    expect(depthAt(text, at(text, '尾'))).toBe(0);
    expect(depthAt('…）后（内', 4)).toBe(1);
  });

  it('finds the brackets around an offset', () => {
    expect(openingBracket(text, at(text, 'C'))).toBe(at(text, '（其中'));
    expect(closingBracket(text, at(text, 'C'))).toBe(at(text, '）。'));
    expect(openingBracket(text, at(text, '合计'))).toBe(-1);
  });
});
