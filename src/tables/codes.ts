import type { SubjectCode } from './types.js';

/**
 * 科目编码 of the two classifications the standard tables use: the function classification
 * (支出功能分类, 类 2xx / 款 2xxxx / 项 2xxxxxx) and the economic classification (支出经济分类,
 * 类 3xx / 款 3xxxx).
 */
export function parseCode(digits: string): SubjectCode | undefined {
  if (/^2\d{2}(?:\d{2}){0,2}$/.test(digits)) return { digits, system: 'function', level: (digits.length - 1) / 2 as 1 | 2 | 3 };
  if (/^3\d{2}(?:\d{2})?$/.test(digits)) return { digits, system: 'economic', level: (digits.length - 1) / 2 as 1 | 2 };
  return undefined;
}

/** The code one level up (2010601 → 20106), or undefined for a 类. */
export function parentCode(code: SubjectCode): string | undefined {
  return code.level === 1 ? undefined : code.digits.slice(0, code.digits.length - 2);
}

/**
 * The 类 of the function classification, each with the words its name carries in every
 * edition of the 政府收支分类科目 (names changed over the years: 医疗卫生与计划生育支出 became
 * 卫生健康支出, 国土海洋气象等支出 became 自然资源海洋气象等支出).
 */
export const FUNCTION_CLASSES: Record<string, { name: string; words: RegExp }> = {
  '201': { name: '一般公共服务支出', words: /一般公共服务/ },
  '202': { name: '外交支出', words: /外交/ },
  '203': { name: '国防支出', words: /国防/ },
  '204': { name: '公共安全支出', words: /公共安全/ },
  '205': { name: '教育支出', words: /^教育/ },
  '206': { name: '科学技术支出', words: /科学技术/ },
  '207': { name: '文化旅游体育与传媒支出', words: /文化|传媒/ },
  '208': { name: '社会保障和就业支出', words: /社会保障和就业/ },
  '209': { name: '社会保险基金支出', words: /社会保险基金/ },
  '210': { name: '卫生健康支出', words: /卫生健康|医疗卫生/ },
  '211': { name: '节能环保支出', words: /节能环保/ },
  '212': { name: '城乡社区支出', words: /城乡社区/ },
  '213': { name: '农林水支出', words: /农林水/ },
  '214': { name: '交通运输支出', words: /交通运输/ },
  '215': { name: '资源勘探工业信息等支出', words: /资源勘探/ },
  '216': { name: '商业服务业等支出', words: /商业服务业/ },
  '217': { name: '金融支出', words: /^金融/ },
  '219': { name: '援助其他地区支出', words: /援助其他地区/ },
  '220': { name: '自然资源海洋气象等支出', words: /海洋气象/ },
  '221': { name: '住房保障支出', words: /住房保障/ },
  '222': { name: '粮油物资储备支出', words: /粮油物资储备/ },
  '223': { name: '国有资本经营预算支出', words: /国有资本经营/ },
  '224': { name: '灾害防治及应急管理支出', words: /灾害防治|应急管理/ },
  '227': { name: '预备费', words: /^预备费/ },
  '229': { name: '其他支出', words: /^其他支出$/ },
  '230': { name: '转移性支出', words: /^转移性支出/ },
  '231': { name: '债务还本支出', words: /债务还本/ },
  '232': { name: '债务付息支出', words: /债务付息/ },
  '233': { name: '债务发行费用支出', words: /债务发行费用/ },
  '234': { name: '抗疫特别国债安排的支出', words: /抗疫特别国债/ },
};

/** The 类 of the economic classification the 基本支出 tables use. */
export const ECONOMIC_CLASSES: Record<string, { name: string; words: RegExp }> = {
  '301': { name: '工资福利支出', words: /^工资福利/ },
  '302': { name: '商品和服务支出', words: /^商品和服务/ },
  '303': { name: '对个人和家庭的补助', words: /^对个人和家庭/ },
  '307': { name: '债务利息及费用支出', words: /^债务利息/ },
  '309': { name: '资本性支出（基本建设）', words: /基本建设/ },
  '310': { name: '资本性支出', words: /^资本性支出$/ },
  '312': { name: '对企业补助', words: /^对企业补助$/ },
  '313': { name: '对社会保障基金补助', words: /^对社会保障基金/ },
  '399': { name: '其他支出', words: /^其他支出$/ },
};

/** The 类 whose name a label carries, if it is one of the listed 类 of that classification. */
export function classNamed(label: string, system: SubjectCode['system']): string | undefined {
  const classes = system === 'function' ? FUNCTION_CLASSES : ECONOMIC_CLASSES;
  const bare = label.replace(/[（(]类[）)]$/, '');
  const found = Object.entries(classes).filter(([, c]) => c.words.test(bare));
  return found.length === 1 ? found[0]![0] : undefined;
}
