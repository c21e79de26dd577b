/**
 * Every finding on the real 部门决算 and 部门预算 of ../shared/corpus, each read against the
 * document and judged a real inconsistency (the reason says why). A finding that appears or
 * disappears fails the test, so a change in precision or recall on published reports shows up
 * in review. The blank MOF template and 上海市财政局's 2025 单位预算 give none. Each report's
 * plain-text rendering, saved and linted as a .txt, gives the same findings: the tables read
 * from the layout of plain text (a header written once over the columns it spans, no merges)
 * are the tables read from the PDF.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintFile } from '../../src/cli/lint-file.js';
import type { Diagnostic } from '../../src/lint/types.js';
import { readDocument } from '../../src/readers/index.js';
import { CORPUS, HAVE_CORPUS } from '../support/corpus.js';

type Reviewed = [line: number, rule: string, excerpt: string, why: string];

const REVIEWED: Record<string, Reviewed[]> = {
  'gbc-mof-bumen-juesuan-template.pdf': [],
  '002-shanghai-caizhengju-2025-shiji-danwei-yusuan.pdf': [],
  '003-shpt-caizhengju-2025-bumen-yusuan.pdf': [
    [105, 'table-narrative', '887.36万元', '职业年金缴费支出 887.36万元 in the text; the function table gives 873,617.00元 = 87.36万元'],
    [107, 'subject-code', '其它行政事业单位养老支出', 'the text writes 其它 where the tables name 2080599 其他行政事业单位养老支出'],
    [1166, 'empty-table', '注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。', 'the note under the empty 国有资本经营 table speaks of 政府性基金: copied from the table before'],
  ],
  '005-shpt-wanlijiedao-2023-bumen-yusuan.pdf': [
    [105, 'growth-rate', '314.82%', '(45.41 − 11.67) ÷ 11.67 = 289.12%, 11.67 being the item’s own 2022 执行数'],
    [133, 'growth-rate', '60.54%', 'item 16 repeats item 15’s 441.25万元 and 60.54%; over its base 132.59 the rate cannot be 60.54%'],
  ],
  'gbc-shpt-caizhengju-2024-bumen-juesuan.pdf': [
    [2052, 'table-narrative', '上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元', '0.3万元 against the 财政拨款收入支出决算总表 总计 2,961.68万元'],
    [2064, 'percent-share', '71.73%', '2106.66 ÷ 2940.05 = 71.65%'],
    [2064, 'percent-share', '71.73%；社会保障和就业支出（类）326.72万元，占11.11%；卫生健康支出（类）60.99万元，占2.07%；住房保障支出（类）445.69万元，占15.16%', 'the four shares then sum to 100.07%'],
  ],
  'gbc-shpt-guihuaziyuanju-2024-bumen-juesuan.pdf': [
    [1757, 'execution-rate', '95.45%', '9746.50 ÷ 10210.34 = 95.457%: cut off to 95.45%, not rounded'],
    [1767, 'subject-code', '机关事业单位退休人员活动费支出', 'a 项 the tables do not list under 20805 (they have 2080599 其他行政事业单位养老支出)'],
    [1779, 'subject-code', '其他国土资源事务支出', 'the tables name 2200199 其他自然资源事务支出'],
    [1781, 'subject-code', '住房保障支出', 'the 款 of 住房公积金 is 22102 住房改革支出, not 住房保障支出'],
    [1783, 'subject-code', '住房保障支出', 'the same for 购房补贴'],
    [1787, 'table-narrative', '5377.64万元', '一般公共预算财政拨款基本支出 is 5364.75 in its table; 5377.64 is the 支出决算表’s 基本支出 of all funds'],
    [1787, 'table-narrative', '4896.98万元', '人员经费 against the 基本支出 table’s 人员经费合计 4884.09 (the same 12.89 gap)'],
  ],
  'gbc-shpt-shehuigongzuobu-2024-bumen-juesuan.pdf': [
    [1570, 'percent-share', '占9.55%', '29.42 ÷ 307.82 = 9.557%, which rounds to 9.56%'],
  ],
};

describe.skipIf(!HAVE_CORPUS)('findings on the real 部门决算 and 部门预算', () => {
  it.each(Object.keys(REVIEWED))('%s: exactly the reviewed ones', async (file) => {
    const { diagnostics } = await lintFile(path.join(CORPUS, file));
    const actual = diagnostics.map((d) => [d.line, d.ruleId, d.excerpt].join(' '));
    expect(actual.sort()).toEqual(REVIEWED[file]!.map(([line, rule, excerpt]) => [line, rule, excerpt].join(' ')).sort());
  });
});

/** What a finding says, wherever it is: table places and line numbers differ between formats. */
const said = (d: Diagnostic): string => `${d.ruleId} ${d.message.zh.replace(/（[^）]*第\d+行第\d+列）|第\d+行/g, '')}`;

describe.skipIf(!HAVE_CORPUS)('the real 部门决算 and 部门预算 as plain text', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'budget-lint-rendered-'));
  });
  afterAll(() => (work ? rm(work, { recursive: true, force: true }) : undefined));

  it.each(Object.keys(REVIEWED))('%s: the same findings', async (file) => {
    const txt = path.join(work, `${file}.txt`);
    await writeFile(txt, (await readDocument(path.join(CORPUS, file))).rendering!);
    const [pdf, text] = await Promise.all([lintFile(path.join(CORPUS, file)), lintFile(txt)]);
    expect(text.diagnostics.map(said).sort()).toEqual(pdf.diagnostics.map(said).sort());
  });
});
