import { describe, expect, it } from 'vitest';
import { parseTxtSource } from '../../src/readers/txt.js';
import { linting, WRONG_INCOME, WRONG_SPENDING } from './helpers.js';

const lint = linting();
const lines = (...text: string[]): string => `${text.join('\n')}\n`;
/** A sentence with a typo (a word typed twice) on top of the wrong total. */
const WRONG_AND_TYPO = `加强日常日常管理。${WRONG_SPENDING}`;

describe('the .txt reader and directive lines', () => {
  it('keeps a directive line out of the text and records where it is', () => {
    const { blocks, directives } = parseTxtSource(lines('标题', '  <!-- budget-lint-disable-next-line sum-of-parts -- 已核实 -->', WRONG_SPENDING));
    expect(blocks.map((b) => (b.kind === 'paragraph' ? [b.text, b.place] : b.kind))).toEqual([
      ['标题', { paragraph: 1 }],
      [WRONG_SPENDING, { paragraph: 2 }],
    ]);
    expect(directives).toEqual([
      {
        kind: 'disable-next-line',
        ruleIds: ['sum-of-parts'],
        reason: '已核实',
        text: 'budget-lint-disable-next-line sum-of-parts -- 已核实',
        start: { line: 2, column: 3 },
        end: { line: 2, column: 61 },
      },
    ]);
  });

  it('reads a table across a directive line as if the line were not there', () => {
    const table = lines('\t项目', '\t金额', '', '<!-- budget-lint-disable-next-line -->', '\t合计', '\t100万元');
    const { blocks } = parseTxtSource(table);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.kind === 'table' && blocks[0]!.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['项目', '金额'],
      ['合计', '100万元'],
    ]);
  });

  it('leaves other comments as text', () => {
    expect(parseTxtSource(lines('<!-- 备注 -->')).blocks).toHaveLength(1);
  });
});

describe('inline directives in .txt', () => {
  it('disable-next-line disables the rule on the next non-blank line only, whatever the reason', async () => {
    const found = await lint('next-line.txt', lines('部门决算说明', '<!-- budget-lint-disable-next-line sum-of-parts -- 已与财务科核对 -->', '', WRONG_SPENDING, WRONG_INCOME));
    expect(found).toEqual([expect.stringMatching(/^5:sum-of-parts:error:财政拨款/)]);
  });

  it('disables only the rules it names; commas separate several', async () => {
    const one = await lint('one.txt', lines('<!-- budget-lint-disable-next-line sum-of-parts -->', WRONG_AND_TYPO));
    expect(one).toEqual([expect.stringMatching(/^2:repeated-word:warning:/)]);
    const both = await lint('both.txt', lines('<!-- budget-lint-disable-next-line sum-of-parts, repeated-word -->', WRONG_AND_TYPO));
    expect(both).toEqual([]);
  });

  it('disables every rule when it names none', async () => {
    expect(await lint('all.txt', lines('<!-- budget-lint-disable-next-line -->', WRONG_AND_TYPO, WRONG_INCOME))).toEqual([
      expect.stringMatching(/^3:sum-of-parts:error:/),
    ]);
  });

  it('disable … enable disables the lines between', async () => {
    const text = lines(
      WRONG_SPENDING,
      '<!-- budget-lint-disable sum-of-parts -- 历年口径不同 -->',
      WRONG_SPENDING,
      WRONG_AND_TYPO,
      '<!-- budget-lint-enable sum-of-parts -->',
      WRONG_INCOME,
    );
    expect((await lint('block.txt', text)).map((f) => f.split(':').slice(0, 2).join(':'))).toEqual(['1:sum-of-parts', '4:repeated-word', '6:sum-of-parts']);
  });

  it('disable without enable lasts to the end; enable of one rule ends only that one', async () => {
    const text = lines('<!-- budget-lint-disable -->', WRONG_AND_TYPO, '<!-- budget-lint-enable repeated-word -->', WRONG_AND_TYPO);
    expect((await lint('open.txt', text)).map((f) => f.split(':').slice(0, 2).join(':'))).toEqual(['4:repeated-word']);
  });

  it('disable-file disables the rule in the whole file, wherever it is written', async () => {
    expect(await lint('file.txt', lines(WRONG_SPENDING, WRONG_AND_TYPO, '<!-- budget-lint-disable-file sum-of-parts -->'))).toEqual([
      expect.stringMatching(/^2:repeated-word:/),
    ]);
  });
});

describe('directives that do nothing', () => {
  it('are reported as warnings at their line', async () => {
    const text = lines('<!-- budget-lint-disable-next-line sum-of-parts -->', '本年支出合计110万元，其中：基本支出60万元，项目支出50万元。', '<!-- budget-lint-disable-file -->');
    expect(await lint('unused.txt', text)).toEqual([
      '1:unused-disable-directive:warning:此处的 budget-lint-disable-next-line sum-of-parts 未屏蔽任何问题，可删除',
      '3:unused-disable-directive:warning:此处的 budget-lint-disable-file 未屏蔽任何问题，可删除',
    ]);
  });

  it('are reported rule by rule, and a directive with no line after it disables nothing', async () => {
    const text = lines('<!-- budget-lint-disable-next-line sum-of-parts, repeated-word -->', WRONG_SPENDING, '<!-- budget-lint-disable-next-line -->');
    expect(await lint('partly.txt', text)).toEqual([
      '1:unused-disable-directive:warning:此处的 budget-lint-disable-next-line repeated-word 未屏蔽任何问题，可删除',
      '3:unused-disable-directive:warning:此处的 budget-lint-disable-next-line 未屏蔽任何问题，可删除',
    ]);
  });

  it('name a rule that does not exist, with the likely one', async () => {
    const found = await lint('unknown.txt', lines('<!-- budget-lint-disable-next-line sum-of-part 已核实 -->', WRONG_SPENDING));
    expect(found).toEqual([
      '1:unused-disable-directive:warning:budget-lint-disable-next-line 中的“sum-of-part”不是 budget-lint 的规则（是否想写 sum-of-parts？），对它的屏蔽不起作用。规则名见 docs/rules/；屏蔽的理由请写在“ -- ”之后',
      '1:unused-disable-directive:warning:budget-lint-disable-next-line 中的“已核实”不是 budget-lint 的规则，对它的屏蔽不起作用。规则名见 docs/rules/；屏蔽的理由请写在“ -- ”之后',
      expect.stringMatching(/^2:sum-of-parts:error:/),
    ]);
  });

  it('go unreported when the configuration turns them off, or take its severity', async () => {
    const text = lines('<!-- budget-lint-disable-next-line sum-of-parts -->', '无数字的一段话。');
    expect(await lint('off.txt', text, { severities: { 'unused-disable-directive': 'off' } })).toEqual([]);
    expect(await lint('error.txt', text, { severities: { 'unused-disable-directive': 'error' } })).toEqual([expect.stringMatching(/^1:unused-disable-directive:error:/)]);
  });
});
