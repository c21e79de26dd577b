import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/linter.js';
import { rule } from '../../rules/numbering.js';
import { buildDocument } from '../support/documents.js';
import { HAVE_SEED, lintSeedWith } from '../support/seed.js';

const lint = (...blocks: (string | string[][])[]) => lintDocument(buildDocument(blocks), { rules: [rule] });
const messages = (...blocks: (string | string[][])[]) => lint(...blocks).map((d) => d.message.zh);

describe('numbering', () => {
  it('reports a gap in sibling headings, naming the number expected', () => {
    const [d, ...rest] = lint('第二部分 部门决算情况说明', '一、收入决算情况说明', '正文。', '二、支出决算情况说明', '正文。', '四、财政拨款收入支出决算总体情况说明');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'numbering', severity: 'warning', line: 6, column: 1, excerpt: '四、财政拨款收入支出决算总体情况说明' });
    expect(d!.message.zh).toBe('编号不连续：一、二之后应为三，此处为四');
    expect(d!.message.en).toBe('Numbering skips: after 一、二 comes 四; expected 三');
  });

  it('names every number missing when several are', () => {
    expect(messages('一、概况', '（一）甲', '（二）乙', '（五）丙')).toEqual(['编号不连续：（一）、（二）之后应为（三），此处为（五），缺少（三）、（四）']);
    expect(messages('第三部分 名词解释', '1.甲', '2.乙', '3.丙', '4.丁', '5.戊', '6.己', '8.庚', '9.辛')).toEqual(['编号不连续：1至6之后应为7，此处为8']);
  });

  it('reports a repeated number and a sequence out of order (once)', () => {
    expect(messages('一、概况', '1.甲', '2.乙', '2.丙', '3.丁')).toEqual(['编号重复：1、2之后应为3，此处又写作2']);
    const found = lint('一、概况', '1.甲', '3.乙', '2.丙', '4.丁');
    expect(found.map((d) => [d.line, d.message.zh])).toEqual([[3, '编号顺序错乱：依次写作1、3、2、4，应为1、2、3、4']]);
  });

  it('reports gaps and repeats in an enumeration inside one paragraph, at the marker', () => {
    const text = '（二）预设问题。预设问题包括：①立项依据是否充分？②资金分配是否合理？④项目是否按计划完成？';
    const [d] = lint(text);
    expect(d).toMatchObject({ line: 1, column: text.indexOf('④') + 1 });
    expect(d!.message.zh).toBe('编号不连续：①、②之后应为③，此处为④');
    expect(messages('存在的问题：一是认识不到位，二是制度不健全，二是监督不够有力。')).toEqual(['编号重复：一是、二是之后应为三是，此处又写作二是']);
  });

  it('accepts a second list that restarts at ① in the same paragraph', () => {
    expect(lint('预设问题包括：①甲？②乙？③丙？评价重点包括：①丁；②戊；③己。')).toEqual([]);
    expect(lint('一是统一思想，二是唯一是从的做法要改，三是加强监督。')).toEqual([]);
  });

  it('counts ②③ written after a ① heading with the headings that follow', () => {
    expect(lint('（一）支持方向', '①生活救助；②医疗救助；', '③助学救助。')).toEqual([]);
  });

  it('accepts numbering that restarts in each project and under each parent', () => {
    expect(lint(
      '附件1', '图书馆免费开放专项预算项目', '2024年绩效评价报告', '一、项目概况', '（一）背景', '（二）目的', '二、评价实施', '（一）目的', '（二）方法',
      '非遗保护传承专项预算项目', '2024年绩效评价报告', '一、项目概况', '二、评价实施',
    )).toEqual([]);
  });

  it('accepts numbering carried on from one part to the next', () => {
    expect(lint('第一部分 概况', '一、职责', '二、机构', '第二部分 决算', '三、收入', '四、支出', '五、结余')).toEqual([]);
  });

  it('reports a run that starts late only when it clearly does', () => {
    expect(messages('一、项目概况', '（二）目的', '（三）方向', '（四）预算')).toEqual(['编号应从（一）开始，此处第一项为（二），缺少（一）']);
    expect(lint('一、项目概况', '（二）目的', '（三）方向')).toEqual([]);
    // "1." sits in a table cell (a Word cell with several paragraphs), "2." on follow.
    expect(lint('（四）绩效目标', [['年度绩效目标', '1.资金按规定用于困难职工帮扶。']], '2.资金用于劳模慰问。', '3.补助技能提升。', '4.补助站点建设。')).toEqual([]);
  });

  it('counts an item written in a table cell between two numbered headings', () => {
    expect(lint('一、概况', '1.甲', [['说明', '2.乙']], '3.丙')).toEqual([]);
    expect(messages('一、概况', '1.甲', [['说明', '无编号']], '3.丙')).toEqual(['编号不连续：1之后应为2，此处为3']);
  });

  it('reports headings at the level of numbered ones that lost their numbers', () => {
    const found = lint(
      '第二部分 2024年度部门决算情况说明',
      '一、收入支出决算总体情况说明', '正文。',
      '二、收入决算情况说明', '正文。',
      '三、支出决算情况说明', '正文。',
      '四、政府性基金预算支出决算情况说明', '2024年度政府性基金预算财政拨款支出0万元。',
      '国有资本经营预算支出决算情况说明', '2024年度国有资本经营预算财政拨款支出0万元。',
      '其他重要事项的情况说明',
      '（一）机关运行经费支出情况', '正文。',
      '（二）政府采购支出情况', '正文。',
    );
    expect(found.map((d) => [d.line, d.excerpt, d.message.zh])).toEqual([
      [10, '国有资本经营预算支出决算情况说明', '标题缺少编号：它与“四、政府性基金预算支出决算情况说明”等标题同级，四之后应为五，应写作“五、国有资本经营预算支出决算情况说明”'],
      [12, '其他重要事项的情况说明', '标题缺少编号：它与“四、政府性基金预算支出决算情况说明”等标题同级，四之后应为六，应写作“六、其他重要事项的情况说明”'],
    ]);
  });

  it('does not take body lines or captions for headings that lost their numbers', () => {
    const chapters = ['一、收入决算情况说明', '正文。', '二、支出决算情况说明', '正文。', '三、结余情况说明', '正文。'];
    // Not followed by sub-numbering
    expect(lint(...chapters, '其他重要事项的情况说明', '正文。')).toEqual([]);
    // Phrased unlike the numbered headings
    expect(lint(...chapters, '省级专项资金预算表', '（一）机关运行经费')).toEqual([]);
    // A sentence, not a heading
    expect(lint(...chapters, '具体情况说明如下：', '（一）机关运行经费')).toEqual([]);
  });

  it('does not take amounts for numbered items', () => {
    expect(lint('一、概况', '1.5万元用于购置设备。', '1.甲', '2.乙')).toEqual([]);
  });

  it('takes a heading whose title starts with a year, after 、, for a numbered heading', () => {
    // The contents list 一、至五、; the body's own chapters restart at 一、, the first one "一、2026年…".
    const contents = ['目录', '一、单位职能', '二、机构设置', '三、名词解释', '四、预算编制说明', '五、其他相关情况说明'];
    const body = ['其他相关情况说明', '一、2026年“三公”经费预算情况说明', '正文。', '二、机关运行经费预算', '正文。', '三、政府采购预算情况', '正文。'];
    expect(lint(...contents, ...body)).toEqual([]);
    expect(messages(...contents, '其他相关情况说明', '一、2026年“三公”经费预算情况说明', '二、机关运行经费预算', '四、政府采购预算情况'))
      .toEqual(['编号不连续：一、二之后应为三，此处为四']);
  });

  it('counts an item the layout ran into the paragraph of the one before, after its sentence end', () => {
    expect(lint('一、主要职能', '（一）负责甲事项。', '（二）负责乙事项，组织实施丙制度。（三）负责丁事项；做好戊工作。', '（四）完成交办的其他任务。')).toEqual([]);
    expect(lint('一、概况', '1.甲。', '2.乙。3.丙。', '4.丁。')).toEqual([]);
    // A marker inside a sentence is no item; the gap stays.
    expect(messages('一、主要职能', '（一）负责甲事项。', '（二）负责乙事项，见（三）所列制度', '（四）完成交办的其他任务。'))
      .toEqual(['编号不连续：（一）、（二）之后应为（三），此处为（四）']);
    // Only the missing number fills a gap.
    expect(messages('一、主要职能', '（一）负责甲事项。', '（二）负责乙事项。（五）另见下文。', '（四）完成交办的其他任务。'))
      .toEqual(['编号不连续：（一）、（二）之后应为（三），此处为（四）']);
  });

  it('accepts the part of tables titled, as the template titles it, by the title the contents give it without 第N部分', () => {
    const contents = ['目录', '第一部分 某某局概况', '第二部分 某市某某局2024年度部门决算表', '第三部分 某市某某局2024年度部门决算情况说明', '第四部分 名词解释'];
    const parts = (tablesTitle: string) => ['第一部分 某市某某局概况', '一、主要职能', '正文。', tablesTitle, [['项目', '决算数'], ['合计', '1.00']], '第三部分 某市某某局2024年度部门决算情况说明', '一、收入决算情况说明', '正文。', '第四部分 名词解释', '一、财政拨款收入：指……'];
    expect(lint(...contents, ...parts('某市某某局2024年度部门决算表'))).toEqual([]);
    // The body may shorten the unit's name.
    expect(lint(...contents, ...parts('某某局2024年度部门决算表'))).toEqual([]);
    // Without the title the contents name, the part is missing.
    expect(messages(...contents, ...parts('附表'))).toEqual(['编号不连续：第一部分之后应为第二部分，此处为第三部分']);
    // Without contents nothing says which part the line would be.
    expect(messages(...parts('某市某某局2024年度部门决算表'))).toEqual(['编号不连续：第一部分之后应为第二部分，此处为第三部分']);
  });
});

describe.skipIf(!HAVE_SEED)('numbering on the reference report', () => {
  it('reports the two 决算 headings that lost 九、十、 and the missing 7. of 名词解释', async () => {
    const found = await lintSeedWith(rule);
    expect(found.map((d) => [d.line, d.message.zh])).toEqual([
      [76, '标题缺少编号：它与“八、政府性基金预算支出决算情况说明”等标题同级，八之后应为九，应写作“九、国有资本经营预算支出决算情况说明”'],
      [79, '标题缺少编号：它与“八、政府性基金预算支出决算情况说明”等标题同级，八之后应为十，应写作“十、其他重要事项的情况说明”'],
      [106, '编号不连续：1至6之后应为7，此处为8'],
    ]);
  });
});
