/**
 * The sample 部门决算 with the nine standard tables (samples/final-accounts-*.txt and their .md
 * and .docx twins): the consistent one lints clean in every format, the planted one gives
 * exactly the findings below (each read against samples/README.md's list of planted mistakes;
 * a mistyped cell is reported on the total it breaks, from its row and from its column), and
 * the copy without the 国有资本经营 table is told which table it lacks.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintFile } from '../../src/cli/lint-file.js';
import type { Diagnostic } from '../../src/lint/types.js';

const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../samples');
const FORMATS = ['txt', 'md', 'docx'] as const;

async function findings(name: string, format: string): Promise<Diagnostic[]> {
  return (await lintFile(path.join(samples, `${name}.${format}`))).diagnostics;
}

/** What a finding says, wherever it is: the same in every format. */
const said = (d: Diagnostic): string => `${d.ruleId} ${d.severity} ${d.message.zh}`;

const PLANTED: [line: number, rule: string, excerpt: string, why: string][] = [
  [65, 'year-label', '2023年末', '截至2023年末 in a 2024 部门决算'],
  [221, 'table-balance', '4,034.58', '支出 side 总计 ≠ 本年支出合计 + 年末结转和结余 = 4,043.58'],
  [268, 'table-row-sum', '4,013.56', '合计 row ≠ Σ类 (2101102 mistyped and carried up to 210), 本年收入合计 column'],
  [269, 'table-row-sum', '3,943.50', 'the same, 财政拨款收入 column'],
  [327, 'subject-code', '基层政权和社区建设', '2080208 named differently from the other tables'],
  [388, 'table-row-sum', '572.43', '款 20810 ≠ its 项 after 2081005 was mistyped (the column finding is below)'],
  [412, 'table-column-sum', '387.18', '2081005 本年收入合计 ≠ 财政拨款收入 + 事业收入'],
  [460, 'table-row-sum', '121.48', '款 20820 ≠ its 项 after 2082001 was mistyped, 本年收入合计 column'],
  [461, 'table-row-sum', '121.48', 'the same, 财政拨款收入 column'],
  [567, 'subject-code', '卫生健康支出', 'code 221 carries the name of 类 210'],
  [634, 'table-row-sum', '3,880.82', '类 208 ≠ Σ款, 本年支出合计 column'],
  [636, 'table-row-sum', '2,803.50', 'the same, 项目支出 column'],
  [644, 'table-row-sum', '489.58', '款 20802 ≠ its 项 2080201 in 基本支出 (the cell mistyped is 2080201 本年支出合计)'],
  [652, 'table-column-sum', '489.58', '2080201 本年支出合计 ≠ 基本支出 + 项目支出'],
  [814, 'table-cross-check', '55.02', '类 210 in 支出决算表 vs 总表 (卫生健康 and 住房保障 swapped in the 总表)'],
  [822, 'subject-code', '行政单位医疗', 'a 项 of 210 listed without its 款 21011'],
  [841, 'table-cross-check', '88.96', '类 221 in 支出决算表 vs 总表 (the other half of the swap)'],
  [1082, 'table-row-sum', '3,950.80', '财政拨款总表 本年支出合计 ≠ Σ类 after 208 was mistyped, 合计 column'],
  [1083, 'table-row-sum', '3,950.80', 'the same, 一般公共预算财政拨款 column'],
  [1146, 'table-cross-check', '3,806.82', '类 208 in 一般公共预算财政拨款支出决算表 vs 财政拨款总表 3,860.82'],
  [1326, 'table-row-sum', '934.00', '301 ≠ Σ301xx after 30102 was mistyped'],
  [1592, 'table-row-sum', '1,026.46', '人员经费合计 ≠ 301 + 303'],
  [1641, 'table-column-sum', '26.20', '三公 合计 预算数 ≠ the three items'],
  [1645, 'table-column-sum', '25.20', '公务用车购置及运行维护费 小计 预算数 ≠ 购置费 + 运行维护费'],
  [1655, 'empty-table', '政府性基金预算财政拨款收入支出决算表', 'empty, with no note under it'],
  [1721, 'year-label', '2023年度', '第三部分 heading says 2023年度'],
  [1725, 'table-narrative', '云溪县民政局2024年度收入支出总计0万元', '收入支出总计 0万元 against the 总表 总计 4,043.58'],
  [1727, 'table-narrative', '4043.58万元', '支出总计 in the text against the 总表’s 支出 side 总计 4,034.58 (the planted cell, seen from the text)'],
  [1735, 'percent-share', '31.34%', '基本支出 share is 30.34%'],
  [1735, 'percent-share', '31.34%；项目支出2803.50万元，占69.66%', 'the shares then sum to 101.00%'],
  [1741, 'table-narrative', '3934.50万元', '财政拨款收入 against the tables’ 3,943.50'],
  [1751, 'table-narrative', '68.96万元', '住房保障支出（类） against the table’s 88.96'],
  [1755, 'sum-of-parts', '3950.80万元', 'the 16 items’ 支出决算 add to 3,959.80 once item 9 says 421.36'],
  [1761, 'execution-rate', '95.07%', '126.80 ÷ 140.00 = 90.57%'],
  [1765, 'comparison-word', '决算数大于预算数', '118.64 < 121.30'],
  [1773, 'table-narrative', '421.36万元', 'item 9’s 支出决算 against the table’s 412.36'],
  [1779, 'comparison-word', '决算数大于预算数', '23.65 < 25.00'],
  [1783, 'comparison-word', '决算数等于预算数', '36.28 < 37.10'],
  [1787, 'comparison-word', '决算数与年初预算数持平', '88.96 < 90.40'],
  [1823, 'growth-rate', '增长4.52%', '3.44 ÷ 80.92 = 4.25%'],
  [1827, 'sum-of-parts', '186.42万元', '货物 + 工程 + 服务 = 196.42'],
];

describe('the sample 部门决算 with the nine standard tables', () => {
  it.each(FORMATS)('lints clean as .%s', async (format) => {
    expect(await findings('final-accounts-clean', format)).toEqual([]);
  });

  it('gives exactly the reviewed findings on the planted copy', async () => {
    const actual = (await findings('final-accounts-planted', 'txt')).map((d) => [d.line, d.ruleId, d.excerpt].join(' '));
    expect(actual.sort()).toEqual(PLANTED.map(([line, rule, excerpt]) => [line, rule, excerpt].join(' ')).sort());
  });

  it.each(['md', 'docx'])('gives the same findings on the planted copy as .%s', async (format) => {
    const txt = await findings('final-accounts-planted', 'txt');
    expect((await findings('final-accounts-planted', format)).map(said).sort()).toEqual(txt.map(said).sort());
  });

  it.each(FORMATS)('names the one missing table in .%s', async (format) => {
    const found = await findings('final-accounts-missing-table', format);
    expect(found.map((d) => d.ruleId)).toEqual(['missing-table']);
    expect(found[0]!.message.zh).toContain('国有资本经营预算财政拨款收入支出决算表');
  });
});
