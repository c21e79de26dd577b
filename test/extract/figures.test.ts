import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures.js';
import type { Figure } from '../../src/extract/figure.js';
import { HAVE_SEED, seedLines } from '../support/seed.js';
import { cellUnit, paragraphUnit } from '../support/units.js';

/** What a reader of the figure sees, with decimal.js values as strings. */
function view(f: Figure) {
  return {
    raw: f.raw,
    kind: f.kind,
    value: f.value.toString(),
    decimals: f.decimals,
    unit: f.unit,
    scale: f.scale.toString(),
    ...(f.per ? { per: f.per } : {}),
    ...(f.comparator ? { comparator: f.comparator } : {}),
    ...(f.range ? { range: [f.range.min.toString(), f.range.max.toString()] } : {}),
    label: f.label,
  };
}

/** Figures of a paragraph; every figure's raw text must be its span of the paragraph. */
function figures(text: string): Figure[] {
  const found = extractFigures(paragraphUnit(text));
  for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.raw);
  return found;
}

function only(text: string) {
  const found = figures(text);
  expect(found.map((f) => f.raw)).toHaveLength(1);
  return view(found[0]!);
}

const raws = (text: string) => figures(text).map((f) => f.raw);

describe('amounts', () => {
  it('reads 元 with thousands separators', () => {
    expect(only('合计1,777,750元')).toMatchObject({ raw: '1,777,750元', kind: 'amount', value: '1777750', decimals: 0, unit: '元', scale: '1' });
  });

  it('reads 万元 with its decimals and scale', () => {
    const f = only('本年收入1309.54万元');
    expect(f).toMatchObject({ raw: '1309.54万元', kind: 'amount', value: '1309.54', decimals: 2, unit: '元', scale: '10000' });
    expect(figures('本年收入1309.54万元')[0]!.start).toBe(4);
  });

  it('reads full-width digits and 亿元, 千元', () => {
    expect(only('收入０.５亿元')).toMatchObject({ raw: '０.５亿元', value: '0.5', decimals: 1, scale: '100000000' });
    expect(only('合计１，７７７，７５０元')).toMatchObject({ raw: '１，７７７，７５０元', value: '1777750' });
    expect(only('支出12.5千元')).toMatchObject({ value: '12.5', scale: '1000', unit: '元' });
  });

  it('counts decimals as written', () => {
    expect(figures('730万元、0.525万元、1309.54万元').map((f) => f.decimals)).toEqual([0, 3, 2]);
  });

  it('keeps a space before 万元 or % ("100 %")', () => {
    expect(only('进度为100 %')).toMatchObject({ raw: '100 %', kind: 'rate', value: '100' });
  });

  it('reads "余" as more than', () => {
    expect(only('资金3万余元')).toMatchObject({ raw: '3万余元', kind: 'amount', value: '3', scale: '10000', comparator: '>' });
  });
});

describe('percentages', () => {
  it('is a share after 占, a rate otherwise', () => {
    const [amount, share] = figures('基本支出340.96万元，占26.04%').map(view);
    expect(amount).toMatchObject({ kind: 'amount', label: '基本支出' });
    expect(share).toMatchObject({ raw: '26.04%', kind: 'share', value: '26.04', decimals: 2, unit: '%' });
    expect(only('与上年相比增长2.56%')).toMatchObject({ kind: 'rate', value: '2.56' });
    expect(only('完成预算100%')).toMatchObject({ kind: 'rate', label: '完成预算' });
  });

  it('reads a full-width percent sign', () => {
    expect(only('占26.04％')).toMatchObject({ raw: '26.04％', kind: 'share', value: '26.04', unit: '%' });
  });

  it('is a share when 占 comes several words before', () => {
    const f = figures('一般公共预算财政拨款支出1309.54万元，占本年支出合计的100%。').map(view);
    expect(f[1]).toMatchObject({ kind: 'share', value: '100', label: '一般公共预算财政拨款支出' });
  });

  it('reads percentage points apart from percentages', () => {
    expect(only('下降3.5个百分点')).toMatchObject({ raw: '3.5个百分点', kind: 'rate', unit: '百分点' });
  });

  it('reads a negative rate', () => {
    expect(only('增长-2.3%')).toMatchObject({ raw: '-2.3%', value: '-2.3' });
  });
});

describe('comparators', () => {
  const cases: [string, string, string, string][] = [
    ['满意度≥95%', '≥95%', 'rate', '>='],
    ['完成时间≤1年', '≤1年', 'duration', '<='],
    ['支付时间≤30天', '≤30天', 'duration', '<='],
    ['覆盖率>90%', '>90%', 'rate', '>'],
    ['差错率<1%', '<1%', 'rate', '<'],
    ['覆盖率不低于90%', '不低于90%', 'rate', '>='],
    ['参训不少于50人', '不少于50人', 'count', '>='],
    ['成本不超过20万元', '不超过20万元', 'amount', '<='],
    ['预算结余率大于10%', '大于10%', 'rate', '>'],
    ['满意度95%以上', '95%以上', 'rate', '>='],
    ['3天以内完成', '3天以内', 'duration', '<='],
    ['10人以下', '10人以下', 'count', '<='],
    ['1年内完成', '1年内', 'duration', '<='],
    ['驿站≤320个', '≤320个', 'count', '<='],
  ];
  it.each(cases)('%s → %s', (text, raw, kind, comparator) => {
    expect(only(text)).toMatchObject({ raw, kind, comparator });
  });

  it('leaves the comparator words out of the label', () => {
    expect(only('受助职工满意度不低于90%')).toMatchObject({ label: '受助职工满意度' });
  });
});

describe('ranges', () => {
  it.each(['5000-25000元', '5000～25000元', '5000~25000元', '5000至25000元', '5000元-25000元'])('%s', (text) => {
    expect(only(text)).toMatchObject({ raw: text, kind: 'amount', value: '5000', range: ['5000', '25000'] });
  });

  it('reads a range standard', () => {
    expect(only('救助标准5000-25000元/人')).toMatchObject({
      raw: '5000-25000元/人',
      kind: 'standard',
      value: '5000',
      range: ['5000', '25000'],
      per: ['人'],
      label: '救助标准',
    });
  });

  it('reads a range of days and of years', () => {
    expect(only('3-5天')).toMatchObject({ kind: 'duration', range: ['3', '5'] });
    expect(only('2023—2024年度')).toMatchObject({ kind: 'year', value: '2023', range: ['2023', '2024'] });
  });
});

describe('standards', () => {
  const cases: [string, string, string[]][] = [
    ['300元/人/月', '300', ['人', '月']],
    ['1000元/个/年', '1000', ['个', '年']],
    ['2400元/人·次', '2400', ['人', '次']],
    ['600元/人', '600', ['人']],
    ['2000元/户', '2000', ['户']],
  ];
  it.each(cases)('%s', (text, value, per) => {
    expect(only(text)).toMatchObject({ raw: text, kind: 'standard', value, unit: '元', per });
  });

  it('reads 万元/个 with its scale', () => {
    expect(only('补助5万元/个')).toMatchObject({ raw: '5万元/个', kind: 'standard', scale: '10000', per: ['个'] });
  });

  it('reads a per-unit written before the amount', () => {
    expect(only('体检标准为每人每年0.08元')).toMatchObject({
      raw: '每人每年0.08元',
      kind: 'standard',
      value: '0.08',
      decimals: 2,
      per: ['人', '年'],
      label: '体检标准',
    });
    expect(only('人均2000元')).toMatchObject({ raw: '人均2000元', kind: 'standard', per: ['人'] });
    expect(only('按照人均600元/年的标准')).toMatchObject({ raw: '人均600元/年', per: ['人', '年'] });
  });

  it('keeps words between 人均 and the amount in the label', () => {
    expect(only('人均标准1000元')).toMatchObject({ raw: '1000元', kind: 'standard', per: ['人'], label: '人均标准' });
  });

  it('tells standards of different subjects apart by label', () => {
    const labels = figures('劳模体检标准600元/人，困难劳模补助标准2400元/人').map((f) => f.label);
    expect(labels).toEqual(['劳模体检标准', '困难劳模补助标准']);
  });
});

describe('counts', () => {
  const cases: [string, string, string, string][] = [
    ['选派一名驻村第一书记', '一名', '1', '人'],
    ['两名驻村工作队员', '两名', '2', '人'],
    ['十二个项目', '十二个', '12', '个'],
    ['一百二十人', '一百二十人', '120', '人'],
    ['帮扶50名困难职工', '50名', '50', '人'],
    ['215户', '215户', '215', '户'],
    ['下属单位1个', '1个', '1', '个'],
    ['0辆', '0辆', '0', '辆'],
    ['设备0台（套）', '0台（套）', '0', '台（套）'],
    ['设备0台(套)', '0台(套)', '0', '台（套）'],
    ['分2批次', '2批次', '2', '批次'],
    ['37台电脑', '37台', '37', '台'],
    ['开展3次', '3次', '3', '次'],
    ['完成5项', '5项', '5', '项'],
    ['5家企业', '5家', '5', '家'],
    ['服务1000人次', '1000人次', '1000', '人次'],
    ['300多名职工', '300多名', '300', '人'],
  ];
  it.each(cases)('%s → %s', (text, raw, value, unit) => {
    expect(only(text)).toMatchObject({ raw, kind: 'count', value, unit, decimals: 0 });
  });

  it('reads 万人 with a scale', () => {
    expect(only('惠及1.2万人')).toMatchObject({ kind: 'count', value: '1.2', scale: '10000', unit: '人' });
  });
});

describe('durations', () => {
  it('reads days, months and years of duration', () => {
    expect(only('30天')).toMatchObject({ kind: 'duration', unit: '天' });
    expect(only('3个月')).toMatchObject({ raw: '3个月', kind: 'duration', unit: '月', value: '3' });
    expect(only('≤一年')).toMatchObject({ kind: 'duration', unit: '年', value: '1' });
  });

  it('does not read a month of the year or a month range', () => {
    expect(raws('1—12月预算执行总体进度为100%')).toEqual(['100%']);
    expect(raws('2024年1—12月')).toEqual(['2024年']);
    expect(raws('12月底前完成')).toEqual([]);
    expect(raws('发放十三月奖励性工资')).toEqual([]);
  });
});

describe('years and dates', () => {
  it('reads years', () => {
    expect(only('2024年度部门决算')).toMatchObject({ raw: '2024年度', kind: 'year', value: '2024' });
    expect(only('2024年绩效评价报告')).toMatchObject({ raw: '2024年', kind: 'year', value: '2024' });
    expect(only('二〇二四年度')).toMatchObject({ kind: 'year', value: '2024' });
  });

  it('reads dates', () => {
    expect(only('按照2024年1月12日会议')).toMatchObject({ raw: '2024年1月12日', kind: 'date', value: '2024' });
    expect(only('截至2024年12月31日')).toMatchObject({ raw: '2024年12月31日', kind: 'date' });
    expect(only('截至2024年底')).toMatchObject({ raw: '2024年底', kind: 'date' });
    expect(only('截至2024年末')).toMatchObject({ raw: '2024年末', kind: 'date' });
    expect(only('2024.1.12')).toMatchObject({ kind: 'date', value: '2024' });
    expect(only('2024-01-12')).toMatchObject({ kind: 'date', value: '2024' });
  });

  it('reads a year-like number with another unit as that unit', () => {
    expect(only('人均2000元')).toMatchObject({ kind: 'standard', value: '2000' });
    expect(only('共2000人')).toMatchObject({ kind: 'count', value: '2000' });
  });
});

describe('bare numbers', () => {
  it('reads a number without a unit', () => {
    expect(only('资金结余率0，无违规记录')).toMatchObject({ raw: '0', kind: 'number', unit: '', label: '资金结余率' });
  });

  it('reads a bare number in a table cell', () => {
    const found = extractFigures(cellUnit('7'));
    expect(found.map(view)).toEqual([expect.objectContaining({ raw: '7', kind: 'number', value: '7' })]);
    expect(found[0]!.source.place).toEqual({ table: 1, row: 1, column: 1 });
  });

  it('reads a score with its unit', () => {
    expect(only('自评得分为100分')).toMatchObject({ kind: 'number', unit: '分', label: '自评得分' });
  });
});

describe('what is not a figure', () => {
  it.each([
    '1.项目决策。',
    '（2）资金管理。',
    '(3)监督',
    '①预算执行',
    '1、2、',
    '3.1 项目概况',
    '川财建〔2024〕108号',
    '川工发〔85〕59号',
    '〔2024〕',
    '（2024）3号',
    '第三十六条',
    '第3次会议',
    '（图1：支出决算结构图）',
    '附件2',
    '[image: image1]',
    '5G网络',
    '一是加强管理',
    '一方面',
    '一定程度上',
    '统一调拨',
    '一般公共预算',
    '一级指标',
    '一次性补助',
    '第一书记',
    '每一位劳模',
    '十分积极',
    '三台县',
    '一站式服务',
    '千家万户',
    '五六个',
  ])('%s', (text) => {
    expect(raws(text)).toEqual([]);
  });

  it('reads the figures around a list marker and a document number', () => {
    expect(raws('2.一般公共服务支出（类）： 支出决算为730万元')).toEqual(['730万元']);
    expect(raws('根据（川财建〔2024〕108号）下达资金177.78万元')).toEqual(['177.78万元']);
  });

  it('does not read a list "100，200万元" as one number', () => {
    expect(raws('分别为100，200万元')).toEqual(['100', '200万元']);
  });
});

describe('malformed numbers give no figure', () => {
  it('does not misread 40。96万元 as 40 or 96万元', () => {
    expect(raws('全市512人，使用40。96万元，本次使用13.8万元')).toEqual(['512人', '13.8万元']);
  });

  it.each(['1,2345元', '12,34.5万元', '1２3人', '1309.54.2万元', '12 345元'])('%s', (text) => {
    expect(raws(`合计${text}，其余正常`)).toEqual([]);
  });
});

describe('labels', () => {
  it('takes the words before the figure, without connectors', () => {
    const f = figures('2024年度本年支出合计1309.54万元，其中：基本支出340.96万元，占26.04%；项目支出968.59万元，占73.96%；').map(view);
    expect(f.map((x) => [x.raw, x.kind, x.label])).toEqual([
      ['2024年度', 'year', ''],
      ['1309.54万元', 'amount', '本年支出'],
      ['340.96万元', 'amount', '基本支出'],
      ['26.04%', 'share', '基本支出'],
      ['968.59万元', 'amount', '项目支出'],
      ['73.96%', 'share', '项目支出'],
    ]);
  });

  it('names a figure after a bare verb phrase by the item before the colon', () => {
    const f = figures('1.一般公共服务支出（类）群众团体事务（款）行政运行（项）： 支出决算为286.82万元，完成预算100%。').map(view);
    expect(f[0]).toMatchObject({ raw: '286.82万元', label: '一般公共服务支出（类）群众团体事务（款）行政运行（项）' });
    expect(f[1]).toMatchObject({ raw: '100%', label: '完成预算' });
  });

  it('strips 为/达到/决算数为 and keeps 预算数/执行数', () => {
    expect(figures('全年预算数10万元，执行数为10元').map((f) => f.label)).toEqual(['全年预算数', '执行数']);
    expect(only('一般公共预算支出决算数为1309.54万元').label).toBe('一般公共预算支出');
    expect(only('满意度达到了95%').label).toBe('满意度');
  });

  it('keeps brackets and quotes closed before the figure', () => {
    expect(only('因公出国（境）费支出决算0万元').label).toBe('因公出国（境）费支出');
    expect(only('其中：“四川工匠”春节慰问补助资金0.525万元').label).toBe('“四川工匠”春节慰问补助资金');
  });

  it('stops at an unclosed bracket', () => {
    const f = figures('1000元/人（慰问512人共需51.2万元）').map(view);
    expect(f.map((x) => [x.raw, x.label])).toEqual([
      ['1000元/人', ''],
      ['512人', '慰问'],
      ['51.2万元', '共需'],
    ]);
  });

  it('gives a rate after a bare verb the label of the figure before it', () => {
    const f = figures('一般公共预算财政拨款支出增加32.71万元，增长2.56%。').map(view);
    expect(f.map((x) => x.label)).toEqual(['一般公共预算财政拨款支出', '一般公共预算财政拨款支出']);
  });

  it('keeps "收、支" together but splits list items at 、', () => {
    expect(only('收、支总计均为1309.54万元').label).toBe('收、支');
    const f = figures('行政编制3个、参公编制18个').map((x) => x.label);
    expect(f).toEqual(['行政编制', '参公编制']);
  });

  it('leaves the label empty when the name follows the number', () => {
    expect(figures('（其中：1个数量指标、1个时效指标）').map((f) => f.label)).toEqual(['', '']);
  });

  it('does not inherit a label across sentences', () => {
    const f = figures('基本支出340.96万元。占比100%').map(view);
    expect(f[1]).toMatchObject({ kind: 'share', label: '占比' });
  });
});

describe('offsets', () => {
  it('gives offsets in the original text, full-width digits included', () => {
    const text = '一、收入：合计１３０９．５４万元，增长２.５６％。';
    const f = figures(text);
    expect(f.map((x) => [x.start, x.end, x.raw])).toEqual([
      [7, 16, '１３０９．５４万元'],
      [19, 24, '２.５６％'],
    ]);
    expect(f[0]!.source.text).toBe(text);
  });
});

describe.skipIf(!HAVE_SEED)('extractFigures on the reference report', () => {
  const lines = HAVE_SEED ? seedLines() : [];

  it('reads every line with consistent offsets and labels within one clause', () => {
    let count = 0;
    for (const line of lines) {
      for (const f of figures(line)) {
        count++;
        expect(f.label).not.toMatch(/[，。；：\n]/);
        expect(f.value.isFinite()).toBe(true);
      }
    }
    expect(count).toBeGreaterThan(400);
  });

  it('reads no figure from document numbers, list markers or month ranges', () => {
    const all = lines.flatMap((line) => figures(line).map((f) => f.raw));
    expect(all.filter((raw) => /号|〔|〕|—/.test(raw))).toEqual([]);
    const listItems = lines.filter((l) => /^\d{1,2}[.、]/.test(l));
    expect(listItems.length).toBeGreaterThan(10);
    for (const line of listItems) expect(figures(line)[0]?.start ?? 1).toBeGreaterThan(0);
    const withMonthRange = lines.find((l) => l.includes('1—12月'))!;
    expect(figures(withMonthRange).some((f) => f.raw.includes('月'))).toBe(false);
  });
});
