import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rule } from '../../rules/cross-reference.js';
import { rule as targetVsActual } from '../../rules/target-vs-actual.js';
import { lintDocument } from '../../src/lint/linter.js';
import { readDocument } from '../../src/readers/index.js';
import { buildDocument } from '../support/documents.js';

type Block = string | string[][];

const lint = (...blocks: Block[]) => lintDocument(buildDocument(blocks), { rules: [rule] });

const HEADER = ['一级指标', '二级指标', '三级指标', '年度目标值', '实际完成值'];

/** A project report: its name and title lines, then the given blocks (line 1 is '附件2'). */
function project(name: string, ...blocks: Block[]): Block[] {
  return ['附件2', name, '2024年绩效评价报告', ...blocks];
}

/** An indicator table with the given rows [name, target, actual] under 产出指标/数量指标. */
function indicators(...rows: [string, string, string][]): string[][] {
  return [HEADER, ...rows.map(([name, target, actual]) => ['产出指标', '数量指标', name, target, actual])];
}

const VILLAGE = '乡村振兴工作经费专项预算项目';
const STATIONS = '“户外服务驿站”运行专项预算项目';

describe('cross-reference: text against the indicator table', () => {
  it('reports a headcount the text states differently from the table, at the text, naming the table cell', () => {
    const [d, ...rest] = lint(
      ...project(
        VILLAGE,
        '一、项目概况',
        '（三）预算安排及分配管理。项目资金主要用于发放两名驻村工作队员的生活补助。',
        indicators(['驻村队员人数', '2人', '2人']),
        '四、评价结论',
        '由3名优秀的干部职工组成的驻村工作队，负责具体项目实施。',
      ),
    );
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'cross-reference', severity: 'error', line: 17, excerpt: expect.stringContaining('3名') });
    expect(d!.message.zh).toBe('驻村队员人数：此处为3名，而第15行（表1 第2行“驻村队员人数”实际完成值）为2人，相差1人；同一数量前后应一致');
    expect(d!.message.en).toBe(
      '驻村队员人数: 3名 here, but 2人 at line 15 (table 1, row 2, "驻村队员人数", actual value); they differ by 1人, and the same quantity should read the same in both places',
    );
  });

  it('compares a result in the text with the actual value when the target is a bound', () => {
    const table = [HEADER, ['成本指标', '经济成本指标', '站点运维补助标准', '≤1200元/个', '1000元/个']];
    const [d, ...rest] = lint(...project(STATIONS, table, '（二）专用指标绩效分析', '1.成本控制。站点运维补助按每个1100元的标准拨付。'));
    expect(rest).toEqual([]);
    expect(d!.line).toBe(15);
    expect(d!.message.zh).toBe(
      '站点运维补助标准：此处为每个1100元，而第13行（表1 第2行“站点运维补助标准”实际完成值）为1000元/个，相差100元；同一数量前后应一致',
    );
  });

  it('matches an activity written out (为512名劳模安排身体检查) with the indicator (组织劳模体检人数)', () => {
    const [d] = lint(
      ...project('劳模体检专项预算项目', '（四）项目绩效目标设置。通过项目实施，为512名劳模安排身体检查。', indicators(['组织劳模体检人数', '509人', '509人'])),
    );
    expect(d).toMatchObject({ line: 4 });
    expect(d!.message.zh).toContain('组织劳模体检人数：此处为512名，而第14行（表1 第2行“组织劳模体检人数”实际完成值）');
    expect(d!.message.zh).toContain('为509人，相差3人');
  });

  it('matches a standard whose text adds words the project name always puts with them', () => {
    const [d, ...rest] = lint(
      ...project(
        '文物安全巡查补助专项预算项目',
        '（三）预算安排。项目为全县26名文物安全巡查员按每人每月300元的标准发放巡查补助，全年共计9.36万元。',
        [HEADER, ['产出指标', '数量指标', '补助文物安全巡查员人数', '26人', '26人'], ['成本指标', '经济成本指标', '巡查员补助标准', '350元/人/月', '350元/人/月']],
      ),
    );
    expect(rest).toEqual([]);
    expect(d!.line).toBe(4);
    expect(d!.message.zh).toBe(
      '巡查员补助标准：此处为每人每月300元，而第19行（表1 第3行“巡查员补助标准”实际完成值）为350元/人/月，相差50元；同一数量前后应一致',
    );
  });

  it('compares standards across 元 and 万元, within the stated decimals', () => {
    const table = [HEADER, ['成本指标', '经济成本指标', '驻村队员生活补贴标准', '13200元/人', '13200元/人']];
    const [d, ...rest] = lint(...project(VILLAGE, table, '驻村工作队员生活补助每人1.2万元。'));
    expect(rest).toEqual([]);
    expect(d!.message.zh).toContain('此处为每人1.2万元，而第13行（表1 第2行“驻村队员生活补贴标准”实际完成值）为13200元/人，相差1200元');
    expect(lint(...project(VILLAGE, table, '驻村工作队员生活补助每人1.32万元。'))).toEqual([]);
    expect(lint(...project(VILLAGE, table, '驻村工作队员生活补助每人1.3万元。'))).toEqual([]);
  });

  it('leaves a count that names its indicator in full to target-vs-actual', () => {
    const table = indicators(['培训乡村医生人数', '150人', '150人']);
    expect(lint(...project('乡村医生培训专项预算项目', '本年度培训乡村医生人数达到148名。', table))).toEqual([]);
    expect(lint(...project('乡村医生培训专项预算项目', table, '本年度共为148名乡村医生开展培训。'))).toEqual([]);
  });

  it('accepts text that agrees with the table, in any wording', () => {
    expect(
      lint(
        ...project(
          VILLAGE,
          '项目资金主要用于发放两名驻村工作队员的生活补助。',
          indicators(['驻村队员人数', '2人', '2人']),
          '由2名优秀的干部职工组成的驻村工作队，负责具体项目实施。',
          '评估2名驻村工作队员和帮扶村村民的满意度达到100%。',
        ),
      ),
    ).toEqual([]);
  });

  it('leaves a target sentence that repeats the target to target-vs-actual', () => {
    const table = indicators(['旅游从业人员培训人数', '50人', '45人']);
    expect(lint(...project('旅游服务提升专项预算项目', '（四）项目绩效目标设置。全年开展旅游从业人员培训50人。', table))).toEqual([]);
    expect(lint(...project('旅游服务提升专项预算项目', table, '计划全年开展旅游从业人员培训50人，实际开展旅游从业人员培训45人。'))).toEqual([]);
    expect(lint(...project(STATIONS, indicators(['补助“户外服务驿站”数量', '≤320个', '200个']), '（四）绩效目标。补助“户外服务驿站”数量不超过320个。'))).toEqual([]);
  });

  it('does not take all there are for the ones the project pays for, nor a count per village for a total', () => {
    const stations = indicators(['补助“户外服务驿站”数量', '≤320个', '200个']);
    expect(lint(...project(STATIONS, stations, '全市共有户外服务驿站320个，分布在各乡镇。'))).toEqual([]);
    expect(lint(...project(STATIONS, stations, '全市320个户外服务驿站均已挂牌。'))).toEqual([]);
    expect(lint(...project(VILLAGE, indicators(['驻村队员人数', '6人', '6人']), '向3个帮扶村各派驻村工作队员2名。', '每村2名驻村工作队员。'))).toEqual([]);
  });

  it('does not take a qualified set for the whole: 41名职工 against 在职职工人数 39人', () => {
    expect(lint(...project('工会经费专项预算项目', indicators(['覆盖在职职工人数', '39人', '39人']), '1.民生保障。发放了工资和绩效奖，直接覆盖惠及41名职工。'))).toEqual([]);
  });

  it('does not compare a standard per time with one per year', () => {
    const table = [HEADER, ['成本指标', '经济成本指标', '劳模体检人均标准', '800元/人·次', '800元/人·次']];
    expect(lint(...project('劳模体检专项预算项目', table, '组织劳模按照人均600元/年的标准参加体检。'))).toEqual([]);
    expect(lint(...project('劳模体检专项预算项目', table, '组织劳模按照人均600元/次的标准参加体检。'))).toHaveLength(1);
  });

  it('ignores figures in brackets, approximations and other years', () => {
    const table = indicators(['驻村队员人数', '2人', '2人']);
    expect(lint(...project(VILLAGE, table, '项目运转良好（由3名干部组成的驻村工作队负责实施）。'))).toEqual([]);
    expect(lint(...project(VILLAGE, table, '由3名干部组成的驻村工作队负责实施，项目运转良好。'))).toHaveLength(1);
    expect(lint(...project(VILLAGE, table, '与2023年度相比，驻村队员人数增加1名，2023年驻村队员人数为3名。'))).toEqual([]);
    expect(lint(...project(VILLAGE, table, '上年驻村队员人数为3名。'))).toEqual([]);
    expect(lint(...project(STATIONS, indicators(['补助“户外服务驿站”数量', '≤320个', '200个']), '项目资金覆盖了全市约300个户外服务驿站。'))).toEqual([]);
  });

  it('keeps projects apart', () => {
    expect(
      lint(
        ...project(VILLAGE, indicators(['驻村队员人数', '2人', '2人'])),
        '附件3',
        '驻村帮扶专项预算项目',
        '2024年绩效评价报告',
        '由4名优秀的干部职工组成的驻村工作队，负责具体项目实施。',
      ),
    ).toEqual([]);
  });

  it('keeps the items of a list apart when their words differ only in the item heads', () => {
    const table = indicators(['救助困难职工人数', '50人', '50人']);
    expect(lint(...project('困难职工帮扶专项预算项目', table, '①生活救助：救助困难职工30人；', '②医疗救助：救助困难职工20人。'))).toEqual([]);
    expect(lint(...project('困难职工帮扶专项预算项目', table, '1.生活救助。全年救助困难职工30人。', '2.医疗救助。全年救助困难职工20人。'))).toEqual([]);
  });
});

describe('cross-reference: text against text', () => {
  it('reports the later of two statements of one quantity, naming the earlier', () => {
    const [d, ...rest] = lint(...project(VILLAGE, '项目资金用于发放2名驻村工作队员的生活补助。', '三、绩效分析', '由3名优秀的干部职工组成的驻村工作队负责实施。'));
    expect(rest).toEqual([]);
    expect(d!.line).toBe(6);
    expect(d!.message.zh).toBe('驻村队员人数：此处为3名，而第4行为2名，相差1人；同一数量前后应一致');
  });

  it('does not compare a plan with a result', () => {
    expect(lint(...project(VILLAGE, '（四）项目绩效目标设置。选派3名驻村工作队员。', '三、绩效分析', '选派2名驻村工作队员。'))).toEqual([]);
  });

  it('skips a key that takes several values in one paragraph, and keys that say only "staff"', () => {
    expect(lint('机关年末实有人数20人。文化宫年末实有人数8人。', '截至年末，年末实有人数28人。')).toEqual([]);
    expect(lint('该类项目总数5个。', '阶段性项目绩效分析。该类项目总数2个。')).toEqual([]);
    expect(lint('共为60名劳模发放春节慰问金，为12名劳模发放春节慰问金。', '为60名劳模发放春节慰问金。')).toEqual([]);
  });

  it('never compares money amounts', () => {
    expect(lint(...project(VILLAGE, '项目预算3.64万元。', '项目执行3.50万元。'))).toEqual([]);
  });
});

describe('cross-reference: the department-level parts against a project report', () => {
  const examProject = (...more: Block[]) =>
    project(
      '困难劳模补助及劳模体检专项预算项目',
      [HEADER, ['产出指标', '数量指标', '组织劳模体检人数', '509人', '509人'], ['成本指标', '经济成本指标', '劳模体检人均标准', '800元/人·次', '800元/人·次']],
      '五、存在主要问题',
      '2024年度劳模体检资金每人800元，资金缺口由工会经费补足。',
      ...more,
    );

  it('reports a department-level standard that differs from the project, at the department level', () => {
    const [d, ...rest] = lint('（二）支出情况。完成的主要任务有：组织市级劳模按照人均600元/年的标准参加体检；为市级劳模发放春节慰问金。', ...examProject());
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ line: 1, excerpt: expect.stringContaining('人均600元/年') });
    expect(d!.message.zh).toBe('市级劳模体检标准：此处为人均600元/年，而第21行（困难劳模补助及劳模体检专项预算项目）为每人800元，相差200元；同一数量前后应一致');
  });

  it('reports a part (市级劳模) counted larger than the project’s whole, and accepts a smaller one', () => {
    const [d] = lint('部门整体绩效目标中选定“安排520名市级劳模参加体检”。', ...examProject());
    expect(d!.message.zh).toBe('组织劳模体检人数：此处为520名，而第14行（表1 第2行“组织劳模体检人数”实际完成值）为509人，相差11人；同一数量前后应一致');
    expect(lint('部门整体绩效目标中选定“安排300名市级劳模参加体检”。', ...examProject())).toEqual([]);
  });

  it('leaves a department-level restatement of a project’s own text to the project’s finding', () => {
    const findings = lint('部门整体绩效目标中选定“安排512名市级劳模参加体检”。', ...examProject('为512名劳模安排身体检查。'));
    expect(findings.map((d) => d.line)).toEqual([22]);
  });

  it('skips a quantity that two projects state, and a level the project is not about', () => {
    const other = ['附件3', '市劳模疗休养及劳模体检专项预算项目', '2024年绩效评价报告', '2024年度劳模体检资金每人700元。'];
    expect(lint('组织市级劳模按照人均600元/年的标准参加体检。', ...examProject(), ...other)).toEqual([]);
    const provincial = project('省级财政工会专项项目', '2024年度劳模体检资金每人500元。');
    expect(lint('组织市级劳模按照人均600元/年的标准参加体检。', ...provincial)).toEqual([]);
  });
});

describe('cross-reference and target-vs-actual', () => {
  it('report a count the text gives for an indicator once, whichever of the two compares it', () => {
    const stations = indicators(['补助“户外服务驿站”数量', '≤320个', '200个']);
    for (const text of ['1.民生保障。项目资金覆盖了全市320个户外服务驿站。', '4.项目结果。包括进行补助的驿站数量为320个。']) {
      const findings = lintDocument(buildDocument(project(STATIONS, stations, text)), { rules: [rule, targetVsActual] });
      expect(findings.filter((d) => d.line === 14)).toHaveLength(1);
    }
  });
});

const SEED = fileURLToPath(new URL('../../../shared/seeds/000_72f22ccfca140d7b.txt', import.meta.url));

describe.skipIf(!existsSync(SEED))('cross-reference on the reference report (../shared/seeds)', () => {
  it('finds the four quantities the report states twice with different values', async () => {
    const findings = lintDocument(await readDocument(SEED), { rules: [rule] });
    expect(findings.map((d) => [d.line, d.excerpt])).toEqual([
      [130, expect.stringContaining('人均600元/年')],
      [465, expect.stringContaining('512名')],
      [1109, expect.stringContaining('3名')],
      [1401, expect.stringContaining('320个')],
    ]);
  });
});
