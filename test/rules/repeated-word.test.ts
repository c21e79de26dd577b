import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/linter.js';
import { rule } from '../../rules/repeated-word.js';
import { buildDocument } from '../support/documents.js';
import { HAVE_SEED, lintSeedWith } from '../support/seed.js';

const lint = (...blocks: (string | string[][])[]) => lintDocument(buildDocument(blocks), { rules: [rule] });

describe('repeated-word', () => {
  it('reports a word of two to four characters typed twice', () => {
    const text = '保障机关和文化宫日常日常行政运行所需的经费。';
    const [d, ...rest] = lint(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'repeated-word', severity: 'warning', line: 1, column: text.indexOf('日常日常') + 1, endColumn: text.indexOf('日常日常') + 5 });
    expect(d!.message.zh).toBe('词语重复：“日常日常”，疑为“日常”多写了一次');
    expect(d!.message.en).toBe('Repeated word: "日常日常" — "日常" seems to be typed twice');
    expect(lint('加强专项资金专项资金管理。')[0]!.message.zh).toBe('词语重复：“专项资金专项资金”，疑为“专项资金”多写了一次');
  });

  it('reports a doubled character when the document writes the phrase without it elsewhere', () => {
    const found = lint('发放省部级劳模春节慰问金。', '组织省部级劳模体检。', [['满意度指标', '省部级劳劳模满意度', '≥95%']]);
    expect(found.map((d) => [d.line, d.excerpt, d.message.zh])).toEqual([
      [4, '省部级劳劳模满意度', '字重复：“部级劳劳模”中“劳”写了两次，本文件其他2处均写作“部级劳模”'],
    ]);
  });

  it('does not report a doubled character the document gives no evidence against', () => {
    expect(lint('省部级劳劳模满意度达到95%。')).toEqual([]);
  });

  it('leaves doubles at word boundaries alone', () => {
    expect(lint(
      '判断项目目标的实现情况。', '内部控制制度的规定。', '发放在职职工工资、津贴。', '在职人员5人，困难职工10人。',
      '工会会员缴纳的会费，职工会员人数，工会经费。', '市总工会2024年年初预算收入。', '公务用车车辆购置支出。', '帮扶村村民满意度。',
      '会议议定事项，会议事项。', '全省省部级劳模，全省部署。', '财务管理理念，管理念头。',
    )).toEqual([]);
    expect(lint('2024年度年度目标全部完成，三个个人奖项。')).toEqual([]);
  });

  it('leaves reduplications alone', () => {
    expect(lint(
      '常常开展走访，人人参与，天天巡查，年年如此，渐渐形成，仅仅依靠，往往不足，纷纷响应，个个达标。',
      '方方面面，扎扎实实，认认真真，家家户户，一个一个落实，一步一步推进，研究研究再定，哈哈哈哈。',
    )).toEqual([]);
  });
});

describe.skipIf(!HAVE_SEED)('repeated-word on the reference report', () => {
  it('reports 日常日常 and 省部级劳劳模, nothing else', async () => {
    const found = await lintSeedWith(rule);
    expect(found.map((d) => [d.line, d.message.zh])).toEqual([
      [130, '词语重复：“日常日常”，疑为“日常”多写了一次'],
      [911, '字重复：“部级劳劳模”中“劳”写了两次，本文件其他36处均写作“部级劳模”'],
    ]);
  });
});
