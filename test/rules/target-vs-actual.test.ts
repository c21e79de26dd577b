import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/linter.js';
import { rule } from '../../rules/target-vs-actual.js';
import { buildDocument } from '../support/documents.js';

type Block = string | string[][];

const HEADER = ['一级指标', '二级指标', '三级指标', '年度目标值', '实际完成值'];

/** A project report: its name line, its title line, then the blocks given. */
function project(name: string, ...blocks: Block[]): Block[] {
  return [name, '2024年绩效评价报告', ...blocks];
}

function table(...rows: string[][]): string[][] {
  return [HEADER, ...rows];
}

const lint = (...blocks: Block[]) => lintDocument(buildDocument(blocks), { rules: [rule] });
const messages = (...blocks: Block[]) => lint(...blocks).map((d) => d.message.zh);

describe('target-vs-actual: actual against target', () => {
  it('reports an actual that misses a target with a comparator', () => {
    const [d, ...rest] = lint(...project('社区养老服务专项预算项目', table(['满意度指标', '服务对象满意度指标', '老年人满意度', '≥95%', '90%'])));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'target-vs-actual', severity: 'error', line: 12, excerpt: '90%' });
    expect(d!.message.zh).toBe('“老年人满意度”实际完成值 90% 低于目标值 ≥95%，差 5 个百分点，未完成目标');
    expect(d!.message.en).toBe('"老年人满意度": the actual value 90% is below the target ≥95% by 5 percentage points, so the target was missed');
  });

  it('reads a 数量指标 target without comparator as a minimum and says so', () => {
    expect(messages(...project('社区养老服务专项预算项目', table(['产出指标', '数量指标', '上门服务老人人数', '50人', '45人'])))).toEqual([
      '“上门服务老人人数”实际完成值 45人 低于目标值 50人，差 5人，未完成目标（目标值未写比较符，数量指标按“不低于”理解）',
    ]);
  });

  it('reads a 成本指标 target without comparator as a maximum', () => {
    expect(messages(...project('社区养老服务专项预算项目', table(['成本指标', '经济成本指标', '设备购置成本', '20万元', '22.5万元'])))).toEqual([
      '“设备购置成本”实际完成值 22.5万元 高于目标值 20万元，超出 2.5万元，未完成目标（目标值未写比较符，经济成本指标按“不高于”理解）',
    ]);
  });

  it('reports a 时效指标 over its time limit', () => {
    expect(messages(...project('社区养老服务专项预算项目', table(['产出指标', '时效指标', '补贴发放时间', '≤30天', '45天'])))).toEqual([
      '“补贴发放时间”实际完成值 45天 高于目标值 ≤30天，超出 15天，未完成目标',
    ]);
  });

  it('names the claim of full completion that a missed target contradicts', () => {
    const [d] = lint(
      ...project(
        '困难群众帮扶专项预算项目',
        table(['产出指标', '数量指标', '帮扶困难群众人数', '300人', '296人']),
        '项目实施后，困难群众帮扶覆盖率100%。',
      ),
    );
    expect(d!.message.zh).toBe(
      '“帮扶困难群众人数”实际完成值 296人 低于目标值 300人，差 4人，未完成目标（目标值未写比较符，数量指标按“不低于”理解）；而报告称“覆盖率100%”（见第13行），与此不符',
    );
  });

  it('accepts actuals that meet or beat the target, or that rounding explains', () => {
    expect(
      messages(
        ...project(
          '社区养老服务专项预算项目',
          table(
            ['产出指标', '数量指标', '上门服务老人人数', '50人', '50人'],
            ['产出指标', '数量指标', '培训护理员人数', '≥40人', '55人'],
            ['产出指标', '质量指标', '服务合格率', '≥95.5%', '95%'],
            ['产出指标', '时效指标', '补贴发放时间', '≤30天', '20天'],
            ['成本指标', '经济成本指标', '护理补贴标准', '300元/人/月', '300元/人/月'],
            ['成本指标', '经济成本指标', '设备购置成本', '≤20万元', '18.6万元'],
            ['效益指标', '社会效益指标', '失能老人照护率', '10%', '8%'],
            ['满意度指标', '服务对象满意度指标', '老年人满意度', '≥95%', '≥95%'],
          ),
        ),
      ),
    ).toEqual([]);
  });

  it('does not compare figures of different units', () => {
    expect(messages(...project('社区养老服务专项预算项目', table(['产出指标', '时效指标', '项目完成时间', '≤1年', '11个月'])))).toEqual([]);
  });
});

describe('target-vs-actual: an actual short of its target against a claim of full completion', () => {
  const shortRow = ['产出指标', '数量指标', '补助“社区食堂”数量', '≤300个', '180个'];

  it('warns when the department-level summary says the project met all its targets', () => {
    const [d, ...rest] = lint(
      '（二）项目绩效分析。该类项目总数2个，其中：①社区食堂项目30万元，设置1个产出指标，目标实现率100%，预算完成率100%；②社区养老项目12万元，设置1个产出指标，目标实现率100%。',
      ...project('“社区食堂”运行专项预算项目', '全年预算数30万元，执行数30万元。', table(shortRow)),
      ...project('社区养老服务专项预算项目', '全年预算数12万元。'),
    );
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'warning', line: 14, excerpt: '180个' });
    expect(d!.message.zh).toBe('“补助‘社区食堂’数量”实际完成 180个，低于目标值 ≤300个（180 ÷ 300 = 60.00%）；而报告称“目标实现率100%”（见第1行），与此不符');
    expect(d!.message.en).toBe(
      '"补助‘社区食堂’数量": the actual value 180个 is below the target ≤300个 (180 ÷ 300 = 60.00%); yet the report claims "目标实现率100%" (line 1)',
    );
  });

  it('warns when the project’s own text says its targets were all completed', () => {
    expect(messages(...project('“社区食堂”运行专项预算项目', table(shortRow), '经评价，项目各项指标均已全部完成。'))).toEqual([
      '“补助‘社区食堂’数量”实际完成 180个，低于目标值 ≤300个（180 ÷ 300 = 60.00%）；而报告称“均已全部完成”（见第13行），与此不符',
    ]);
  });

  it('stays silent without a claim, with a denied one, or with one about other projects or categories', () => {
    expect(messages(...project('“社区食堂”运行专项预算项目', table(shortRow)))).toEqual([]);
    expect(messages(...project('“社区食堂”运行专项预算项目', table(shortRow), '受选址影响，项目目标未全部完成。'))).toEqual([]);
    expect(messages(...project('“社区食堂”运行专项预算项目', table(shortRow), '产出指标基本完成，成本指标、效益指标全部完成。'))).toEqual([]);
    expect(
      messages(
        ...project('“社区食堂”运行专项预算项目', table(shortRow)),
        ...project('社区养老服务专项预算项目', '项目绩效目标全部完成，目标实现率100%。'),
      ),
    ).toEqual([]);
  });

  it('does not take 预算完成率100% for a claim about the targets', () => {
    expect(messages(...project('“社区食堂”运行专项预算项目', table(shortRow), '预算完成率100%，资金全部拨付到位。'))).toEqual([]);
  });
});

describe('target-vs-actual: the text against the table', () => {
  it('warns when the text gives another count for an indicator it names', () => {
    const [d] = lint(
      ...project(
        '“社区食堂”运行专项预算项目',
        table(['产出指标', '数量指标', '补助“社区食堂”数量', '≤300个', '180个']),
        '在目标完成上，项目按照预定目标顺利推进，包括进行补助的食堂数量为300个、服务质量较好等。',
      ),
    );
    expect(d).toMatchObject({ severity: 'warning', line: 13, excerpt: '包括进行补助的食堂数量为300个' });
    expect(d!.message.zh).toBe(
      '正文写“包括进行补助的食堂数量为300个”，而指标表中“补助‘社区食堂’数量”的实际完成值为 180个（目标值 ≤300个，见第12行），相差 +120个；两处应一致',
    );
    expect(d!.message.en).toBe(
      'The text says "包括进行补助的食堂数量为300个", but the indicator table gives 180个 as the actual value of "补助‘社区食堂’数量" (target ≤300个, line 12), a difference of +120个; the two should agree',
    );
  });

  it('matches 名 with 人', () => {
    expect(messages(...project('乡村医生培训专项预算项目', '本年度培训乡村医生人数达到148名。', table(['产出指标', '数量指标', '培训乡村医生人数', '150人', '150人'])))).toEqual([
      '正文写“本年度培训乡村医生人数达到148名”，而指标表中“培训乡村医生人数”的实际完成值为 150人（见第13行），相差 −2人；两处应一致',
    ]);
  });

  it('leaves a reworded mention of an indicator to cross-reference', () => {
    expect(messages(...project('老干部体检专项预算项目', '通过项目实施，为212名老干部安排身体检查。', table(['产出指标', '数量指标', '组织老干部体检人数', '209人', '209人'])))).toEqual([]);
  });

  it('accepts the same count, the target in a sentence about the plan, other years and other indicators', () => {
    const rows = table(
      ['产出指标', '数量指标', '组织老干部体检人数', '≤212人', '209人'],
      ['产出指标', '数量指标', '慰问困难老干部人数', '10人', '10人'],
    );
    expect(
      messages(
        ...project(
          '老干部体检专项预算项目',
          '项目申报时计划为212名老干部安排体检。',
          rows,
          '全年共组织209名老干部参加体检，慰问困难老干部10人。',
          '与上年相比，体检人数增加15人。',
          '受天气影响，老干部体检比计划少3人。',
          '完成512名老干部春节慰问工作。',
        ),
      ),
    ).toEqual([]);
  });

  it('does not compare the text of one project with the table of another', () => {
    expect(
      messages(
        ...project('老干部体检专项预算项目', table(['产出指标', '数量指标', '组织老干部体检人数', '209人', '209人'])),
        ...project('离退休人员活动专项预算项目', '组织300名老干部参加体检后的健康讲座。'),
      ),
    ).toEqual([]);
  });
});
