/**
 * Every real published report in ../shared/corpus is read without a fatal error, and reads as
 * its pages show it: for each file, its page (or sheet) count, how many tables it holds (a table
 * running over several pages counts once, as the documents' own lists of tables count them),
 * and the first three rows of two of its tables, cell by cell. Each was checked by eye against
 * the pages (and, for the workbook, its sheets): "⇐X" is a slot covered by a merged cell
 * whose text is X.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/document.js';
import { readDocument } from '../../src/readers/index.js';
import { CORPUS, corpusFiles, HAVE_CORPUS } from '../support/corpus.js';

interface Reading {
  pages?: number;
  sheets?: number;
  tables: number;
  /** A table (by number), the page or sheet it starts on (a .docx has neither), and its first three rows. */
  samples: { table: number; at?: number | string; rows: string[][] }[];
}

const READINGS: Record<string, Reading> = {
  '002-shanghai-caizhengju-2025-shiji-danwei-yusuan.pdf': {
    pages: 21,
    tables: 9,
    samples: [
      { table: 1, at: 7, rows: [["本年收入","⇐本年收入","本年支出","⇐本年支出","⇐本年支出","⇐本年支出","⇐本年支出"],["项目","预算数","项目","预算数","⇐预算数","⇐预算数","⇐预算数"],["⇐项目","⇐预算数","⇐项目","合计","基本支出","⇐基本支出","项目支出"]] },
      { table: 5, at: 13, rows: [["项目","⇐项目","⇐项目","⇐项目","一般公共预算支出","⇐一般公共预算支出","⇐一般公共预算支出"],["功能分类科目编码","⇐功能分类科目编码","⇐功能分类科目编码","功能分类科目名称","合计","基本支出","项目支出"],["类","款","项","⇐功能分类科目名称","⇐合计","⇐基本支出","⇐项目支出"]] },
    ],
  },
  '003-shpt-caizhengju-2025-bumen-yusuan.pdf': {
    pages: 24,
    tables: 9,
    samples: [
      { table: 1, at: 9, rows: [["本年收入","⇐本年收入","本年支出","⇐本年支出"],["项目","预算数","项目","预算数"],["一、财政拨款收入","31,214,205.80","一、一般公共服务支出","22,186,440.80"]] },
      { table: 5, at: 15, rows: [["项目","⇐项目","⇐项目","⇐项目","一般公共预算支出","⇐一般公共预算支出","⇐一般公共预算支出"],["功能分类科目编码","⇐功能分类科目编码","⇐功能分类科目编码","功能分类科目名称","合计","基本支出","项目支出"],["类","款","项","⇐功能分类科目名称","⇐合计","⇐基本支出","⇐项目支出"]] },
    ],
  },
  '005-shpt-wanlijiedao-2023-bumen-yusuan.pdf': {
    pages: 35,
    tables: 14,
    samples: [
      { table: 1, at: 10, rows: [["本年收入","⇐本年收入","本年支出","⇐本年支出"],["项目","预算数","项目","预算数"],["一、财政拨款收入","164,978,640","一、一般公共服务支出","2,976,800"]] },
      { table: 7, at: 25, rows: [["项目","⇐项目","⇐项目","⇐项目","国有资本经营财政拨款预算支出","⇐国有资本经营财政拨款预算支出","⇐国有资本经营财政拨款预算支出"],["功能分类科目编码","⇐功能分类科目编码","⇐功能分类科目编码","功能分类科目名称","合计","基本支出","项目支出"],["类","款","项","⇐功能分类科目名称","⇐合计","⇐基本支出","⇐项目支出"]] },
    ],
  },
  '007-henan-pingdingshan-2019-quanshi-juesuan-caoan-shuoming.pdf': {
    pages: 21,
    tables: 0,
    samples: [],
  },
  '008-hebei-2021-shengbenji-quansheng-caizheng-zongjuesuan.pdf': {
    pages: 117,
    tables: 34,
    samples: [
      { table: 1, at: 6, rows: [["预算科目","年初预算数","决算数","完成预算%","比上年（同比）+-％"],["一、税收收入","5490000","5897633","107.4","11.8"],["增值税","3020000","3126852","103.5","8.4"]] },
      { table: 18, at: 46, rows: [["项目","合计","石家庄市","承德市","张家口市","秦皇岛市","唐山市","廊坊市","保定市","沧州市","衡水市","邢台市","邯郸市","定州市","辛集市","雄安新区"],["合计","38383","5610","1166","2972","2078","9116","1633","3405","2997","363","1617","7124","80","186","36"],["国有企业退休人员社会化管理补助资金","38383","5610","1166","2972","2078","9116","1633","3405","2997","363","1617","7124","80","186","36"]] },
    ],
  },
  '010-ningxia-2019-quanqu-zizhiqu-juesuan-biao.pdf': {
    pages: 93,
    tables: 31,
    samples: [
      { table: 1, at: 2, rows: [["项目","预算数","决算数","决算数为预算数的%","决算数为上年决数的%"],["税收收入","3,227,092","2,675,000","83","90"],["增值税","1,469,988","1,142,889","78","85"]] },
      { table: 16, at: 76, rows: [["项目","决算数"],["旅游发展基金支出","4,508"],["大中型水库移民后期扶持基金支出","8,769"]] },
    ],
  },
  '012-hebei-shijiazhuang-2018-yusuan-zhixing-baogao.pdf': {
    pages: 51,
    tables: 28,
    samples: [
      { table: 1, at: 22, rows: [["科目名称","年初预算","实际完成","占年初预算(%)","比上年增长(%)"],["一、税收收入","3537000","3599292","101.8","16"],["国内增值税","1307000","1282871","98.2","11.2"]] },
      { table: 15, at: 37, rows: [["科目名称","2019年预算","比上年增长(%)"],["一、税收收入","3933000","9.3"],["增值税","1360000","6"]] },
    ],
  },
  '013-henan-kaifeng-2019-yusuan-zhixing-baogao.pdf': {
    pages: 29,
    tables: 0,
    samples: [],
  },
  '015-hubei-ezhou-2025-yusuan-zhixing-baogao.pdf': {
    pages: 24,
    tables: 0,
    samples: [],
  },
  '017-jiangxi-jingdezhen-2025-yusuan-zhixing-baogao.pdf': {
    pages: 29,
    tables: 0,
    samples: [],
  },
  '019-hunan-yueyang-2025-yusuan-zhixing-baogao.pdf': {
    pages: 19,
    tables: 0,
    samples: [],
  },
  '021-chongqing-2025-yusuan-zhixing-baogao.pdf': {
    pages: 48,
    tables: 0,
    samples: [],
  },
  '023-jiangxi-nanchang-2025-yiban-gonggong-yusuan-shouru-zhixing-biao.pdf': {
    pages: 2,
    tables: 1,
    samples: [
      { table: 1, at: 1, rows: [["收入项目","二○二四年决算数","二○二五年执行数","二○二五年执行数比二○二四年决算数增减%"],["一、税收收入","3344728","3253453","-2.7"],["增值税","1216411","1269225","4.3"]] },
    ],
  },
  '025-jiangsu-nantong-2025-yusuan-zhixing-baogao.pdf': {
    pages: 20,
    tables: 0,
    samples: [],
  },
  '027-shanxi-jincheng-2025-yusuan-zhixing-baogao.pdf': {
    pages: 28,
    tables: 0,
    samples: [],
  },
  '029-hebei-chengde-2025-yusuan-zhixing-baogao.docx': {
    tables: 6,
    samples: [
      { table: 1, rows: [["附表1","⇐附表1","⇐附表1","⇐附表1","⇐附表1","","⇐","⇐","","⇐","⇐","","⇐","⇐","⇐","","⇐"],["2025年全市一般公共预算收入完成情况表","⇐2025年全市一般公共预算收入完成情况表","⇐2025年全市一般公共预算收入完成情况表","⇐2025年全市一般公共预算收入完成情况表","⇐2025年全市一般公共预算收入完成情况表","⇐2025年全市一般公共预算收入完成情况表","⇐2025年全市一般公共预算收入完成情况表","⇐2025年全市一般公共预算收入完成情况表","⇐2025年全市一般公共预算收入完成情况表","⇐2025年全市一般公共预算收入完成情况表","⇐2025年全市一般公共预算收入完成情况表","⇐2025年全市一般公共预算收入完成情况表","⇐2025年全市一般公共预算收入完成情况表","⇐2025年全市一般公共预算收入完成情况表","⇐2025年全市一般公共预算收入完成情况表","⇐2025年全市一般公共预算收入完成情况表","⇐2025年全市一般公共预算收入完成情况表"],["","⇐","⇐","⇐","⇐","","⇐","⇐","","⇐","⇐","单位:万元","⇐单位:万元","⇐单位:万元","⇐单位:万元","⇐单位:万元","⇐单位:万元"]] },
      { table: 4, rows: [["附表12","","","",""],["2025年市本级国有资本经营预算支出完成情况表","⇐2025年市本级国有资本经营预算支出完成情况表","⇐2025年市本级国有资本经营预算支出完成情况表","⇐2025年市本级国有资本经营预算支出完成情况表","⇐2025年市本级国有资本经营预算支出完成情况表"],["单位：万元","⇐单位：万元","⇐单位：万元","⇐单位：万元","⇐单位：万元"]] },
    ],
  },
  '030-yunnan-lijiang-2025-yusuan-zhixing-2026-caoan-biaoge.xlsx': {
    sheets: 54,
    tables: 52,
    samples: [
      { table: 1, at: "01-1 ", rows: [["表一","","","","","单位：万元"],["项目","2024年决算数","2025年","⇐2025年","比较","⇐比较"],["⇐项目","⇐2024年决算数","预算数","执行数","比2024年决算数增长%","完成2025年预算数的%"]] },
      { table: 27, at: "23", rows: [["表二十三","","","","","单位：万元"],["项目","2025年","⇐2025年","2026年预算数","比较","⇐比较"],["⇐项目","预算数","执行数","⇐2026年预算数","比上年预算数增长%","比上年执行数增长%"]] },
    ],
  },
  'gbc-mof-bumen-juesuan-template.pdf': {
    pages: 23,
    tables: 10,
    samples: [
      { table: 1, at: 4, rows: [["序号","单位名称","备注"],["1","上海市XX局（本级）",""],["2","上海市XX中心",""]] },
      { table: 6, at: 10, rows: [["项目","⇐项目","合计","基本支出","项目支出"],["功能分类科目编码","科目名称","⇐合计","⇐基本支出","⇐项目支出"],["205","教育支出","","",""]] },
    ],
  },
  'gbc-shpt-caizhengju-2024-bumen-juesuan.pdf': {
    pages: 25,
    tables: 10,
    samples: [
      { table: 1, at: 5, rows: [["序号","单位名称","备注"],["1","上海市普陀区财政局（本级）",""],["2","上海市普陀区财政局财政所","预算不单列，并入本级"]] },
      { table: 6, at: 15, rows: [["项目","⇐项目","⇐项目","⇐项目","合计","基本支出","项目支出"],["支出功能分类","⇐支出功能分类","⇐支出功能分类","科目名称","⇐合计","⇐基本支出","⇐项目支出"],["科目编码","⇐科目编码","⇐科目编码","⇐科目名称","⇐合计","⇐基本支出","⇐项目支出"]] },
    ],
  },
  'gbc-shpt-guihuaziyuanju-2024-bumen-juesuan.pdf': {
    pages: 30,
    tables: 10,
    samples: [
      { table: 1, at: 6, rows: [["序号","单位名称","备注"],["1","上海市普陀区规划和自然资源局（本级）",""],["2","上海市普陀区规划和自然资源局执法大队（下属参公事业单位）",""]] },
      { table: 6, at: 14, rows: [["项目","⇐项目","合计","基本支出","项目支出"],["功能分类科目编码","科目名称","⇐合计","⇐基本支出","⇐项目支出"],["208","社会保障和就业支出","754.75","754.75","0.00"]] },
    ],
  },
  'gbc-shpt-shehuigongzuobu-2024-bumen-juesuan.pdf': {
    pages: 24,
    tables: 10,
    samples: [
      { table: 1, at: 4, rows: [["序号","单位名称","备注"],["1","中共上海市普陀区委社会工作部（本级）",""],["2","上海市普陀区社会工作发展服务中心",""]] },
      { table: 6, at: 12, rows: [["项目","⇐项目","合计","基本支出","项目支出"],["功能分类科目编码","科目名称","⇐合计","⇐基本支出","⇐项目支出"],["201","一般公共服务支出","264.87","62.63","202.24"]] },
    ],
  },

};

describe.skipIf(!HAVE_CORPUS)('the real published reports in ../shared/corpus', () => {
  it('has a reading checked for every file in the corpus', () => {
    expect(corpusFiles()).toEqual(Object.keys(READINGS).sort());
  });

  it.each(Object.entries(READINGS))('reads %s as its pages show it', async (file, reading) => {
    const doc = await readDocument(path.join(CORPUS, file));
    const tables = doc.blocks.filter((b): b is Table => b.kind === 'table');
    if (reading.pages !== undefined) expect(doc.pages).toBe(reading.pages);
    if (reading.sheets !== undefined) {
      const sheets = new Set(doc.blocks.map((b) => (b.kind === 'table' ? b.rows[0]![0]!.place.sheet : b.place.sheet)));
      expect(sheets.size).toBe(reading.sheets);
    }
    expect(tables).toHaveLength(reading.tables);
    for (const sample of reading.samples) {
      const table = tables[sample.table - 1]!;
      const first = table.rows[0]![0]!.place;
      if (sample.at !== undefined) expect(first.page ?? first.sheet).toBe(sample.at);
      expect(table.rows.slice(0, 3).map((row) => row.map((c) => (c.merged ? `⇐${c.text}` : c.text)))).toEqual(sample.rows);
    }
  });
});
