import type { Lang, Localized, Severity } from '../lint/types.js';
import type { Place } from '../model/document.js';
import { EXTENSIONS_LISTED } from '../readers/formats.js';
import type { ProblemCounts } from '../reporters/counts.js';

/** The text of `message` in the chosen language. */
export function say(message: Localized, lang: Lang): string {
  return message[lang];
}

export const HELP: Localized = {
  zh: `用法：budget-lint [选项] [文件|目录|通配符…]

检查部门决算、部门预算及绩效评价报告中的数字是否前后一致：合计与各项之和、占比、
增减幅度、人数 × 标准、年度、指标目标值与完成值等。支持 .docx、.doc、.pdf、.xlsx、.md、
.txt 文件；目录会递归查找其中的这些文件（跳过 node_modules、以 . 开头的目录和
.budget-lintignore 中列出的文件）。

选项：
  --format 格式           输出格式：stylish（默认）、json（与 ESLint 兼容）、sarif（代码扫描）、
                          csv（表格，可用 Excel 打开）、html（在原文中高亮问题的网页）
  -o, --output-file 文件  把报告写入该文件，不输出到屏幕（所有格式均可）
  --lang zh|en            提示信息的语言，默认 zh（中文）
  --quiet                 只报告错误，不报告警告和提示
  --max-warnings N        警告超过 N 个时也以退出码 1 结束
  --year YYYY             指定报告年度（默认从标题中识别）
  --print-text            输出每个文件的纯文本（.docx、.doc、.pdf、.xlsx 的行列号以它为准），不做检查
  --annotate 输出.docx    另存一份 Word 副本，每个问题在其所在段落或单元格加一条批注
                          （只用于单个 .docx 文件；原文件不会被修改；其他格式请用 --format html）
  --config 文件           用该配置文件检查所有文件（不再查找 budget-lint.config.json）
  --rule 规则名:级别      设置规则的级别（off、warn、error、info），优先于配置文件；可重复，
                          如 --rule year-label:off
  --concurrency auto|off|N
                          用几个线程并行检查（默认 auto：每 50 个文件一个，至多 CPU 数的一半；
                          off：不开线程）
  --cache                 只检查内容有变化的文件，其余沿用上次结果
  --cache-location 路径   缓存位置（默认 node_modules/.cache/budget-lint/）
  --suppress-all          把现有的全部错误记入基线 budget-lint-suppressions.json，
                          以后只报告基线之外新出现的错误
  --prune-suppressions    从基线中去掉已不再出现的错误
  --suppressions-location 文件
                          基线文件的位置（默认当前目录下的 budget-lint-suppressions.json）
  --summary               最后在 stderr 输出汇总：按规则计数、问题最多的文件、无法读取的文件
                          （stylish 格式在终端中检查多个文件时默认输出）
  -h, --help              显示本帮助
  -v, --version           显示版本号

退出码：
  0  未发现错误（且警告不超过 --max-warnings）
  1  发现错误，或警告超过 --max-warnings
  2  选项有误、没有找到要检查的文件，或有文件无法读取

示例：
  budget-lint 2024年部门决算.docx
  budget-lint --format json 报告/ > 结果.json
  budget-lint --format html -o 检查报告.html 2024年部门决算.docx
  budget-lint "报告/**/*.md" --max-warnings 0
`,
  en: `Usage: budget-lint [options] [files|dirs|globs...]

Checks Chinese government budget disclosures (部门决算, 部门预算) and their performance
reports (绩效评价报告) for figures that disagree: totals and their parts, shares, growth
rates, headcount × standard, year labels, indicator targets and actuals. Reads .docx, .doc,
.pdf, .xlsx, .md and .txt files; directories are searched recursively for them
(node_modules, folders starting with "." and what .budget-lintignore files list are
skipped).

Options:
  --format NAME           output format: stylish (default), json (ESLint-compatible),
                          sarif (code scanning), csv (spreadsheets), html (a page with
                          each finding highlighted in the text)
  -o, --output-file FILE  write the report to FILE instead of stdout (any format)
  --lang zh|en            language of the messages, default zh (Chinese)
  --quiet                 report errors only, no warnings or notes
  --max-warnings N        also exit with code 1 when there are more than N warnings
  --year YYYY             the report year (default: read from the titles)
  --print-text            print the plain text of each file (what line and column numbers
                          of .docx, .doc, .pdf and .xlsx refer to) instead of checking it
  --annotate out.docx     write a copy of the Word file with a comment on the paragraph
                          or cell of each finding (one .docx file only; the original is
                          never modified; for other formats use --format html)
  --config FILE           use this configuration file for every file (instead of the
                          nearest budget-lint.config.json)
  --rule ID:SEVERITY      set a rule's severity (off, warn, error, info) over the
                          configuration; repeatable, e.g. --rule year-label:off
  --concurrency auto|off|N
                          threads to check files on (default auto: one per 50 files,
                          at most half the CPUs; off: none)
  --cache                 check only files that changed since the last run
  --cache-location PATH   where the cache goes (default node_modules/.cache/budget-lint/)
  --suppress-all          record every current error in the baseline
                          budget-lint-suppressions.json; later runs report only errors
                          beyond it
  --prune-suppressions    remove errors that no longer occur from the baseline
  --suppressions-location FILE
                          the baseline file (default budget-lint-suppressions.json in
                          the current folder)
  --summary               end with a summary on stderr: counts by rule, the files with
                          most findings, unreadable files (default for stylish output
                          on a terminal with several files)
  -h, --help              show this help
  -v, --version           show the version number

Exit codes:
  0  no errors (and no more warnings than --max-warnings)
  1  errors found, or more warnings than --max-warnings
  2  bad option, no files found, or a file could not be read

Examples:
  budget-lint 2024-final-accounts.docx
  budget-lint --format json reports/ > results.json
  budget-lint --format html -o report.html 2024-final-accounts.docx
  budget-lint "reports/**/*.md" --max-warnings 0
`,
};

const SEE_HELP: Localized = { zh: '运行 budget-lint --help 查看用法。', en: 'Run budget-lint --help for usage.' };

/** A usage problem: what is wrong, then where to look. */
function usage(zh: string, en: string): Localized {
  return { zh: `${zh}\n${SEE_HELP.zh}`, en: `${en}\n${SEE_HELP.en}` };
}

export const cliMessages = {
  noArguments: usage('没有指定要检查的文件。', 'No files to check were given.'),
  unknownOption: (option: string): Localized => usage(`未知选项：${option}`, `Unknown option: ${option}`),
  missingValue: (option: string, expected: string): Localized =>
    usage(`选项 ${option} 缺少取值（应为 ${expected}）。`, `Option ${option} needs a value (${expected}).`),
  badValue: (option: string, value: string, expected: string): Localized =>
    usage(
      `选项 ${option} 的取值“${value}”无效，应为 ${expected}。`,
      `Invalid value "${value}" for ${option}: expected ${expected}.`,
    ),
  unexpectedValue: (option: string): Localized =>
    usage(`选项 ${option} 不接受取值。`, `Option ${option} does not take a value.`),
  /** A usage problem worded elsewhere (a bad --rule, say), with the pointer to --help. */
  usageProblem: (problem: Localized): Localized => usage(problem.zh, problem.en),
  noMatch: (pattern: string): Localized => ({
    zh: `没有找到与“${pattern}”匹配的文件。请检查路径或通配符（支持 ${EXTENSIONS_LISTED.and.zh}）。`,
    en: `No files match "${pattern}". Check the path or pattern (${EXTENSIONS_LISTED.and.en} are read).`,
  }),
  emptyDirectory: (dir: string): Localized => ({
    zh: `${dir}：目录中没有 ${EXTENSIONS_LISTED.or.zh} 文件，没有可检查的内容。`,
    en: `${dir}: the folder holds no ${EXTENSIONS_LISTED.or.en} files; nothing to check.`,
  }),
  /** Files in the folders searched that are no report formats, by extension. */
  passedOver: (byExtension: ReadonlyMap<string, number>): Localized => {
    const total = [...byExtension.values()].reduce((a, b) => a + b, 0);
    const kinds = [...byExtension].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const zh = kinds.map(([ext, n]) => `${ext || '无扩展名'} ${n} 个`).join('、');
    const en = kinds.map(([ext, n]) => `${n} ${ext || 'without extension'}`).join(', ');
    return {
      zh: `目录中另有 ${total} 个文件不是报告格式，未检查（${zh}）。`,
      en: `${total} other file${total === 1 ? '' : 's'} in the folders searched ${total === 1 ? 'is' : 'are'} not in a report format and ${total === 1 ? 'was' : 'were'} not checked (${en}).`,
    };
  },
  unreadableDirectory: (dir: string, reason: string): Localized => ({
    zh: `${dir}：无法读取目录（${reason}）。请检查路径和访问权限。`,
    en: `${dir}: cannot read the folder (${reason}). Check the path and permissions.`,
  }),
  /** A file the reader could not read; the reader's text says what is wrong and what to do. */
  unreadableFile: (file: string, reason: Localized): Localized => ({
    zh: `${file}：${reason.zh}`,
    en: `${file}: ${reason.en}`,
  }),
  internalFileError: (reason: string): Localized => ({
    zh: `检查此文件时 budget-lint 内部出错（${reason}）。这是 budget-lint 的缺陷，请附上该文件报告此问题。`,
    en: `budget-lint failed internally while checking this file (${reason}). This is a bug; please report it with the file.`,
  }),
  tooManyWarnings: (warnings: number, max: number): Localized => ({
    zh: `警告有 ${warnings} 个，超过了 --max-warnings 允许的 ${max} 个。`,
    en: `${warnings} warnings, more than the ${max} allowed by --max-warnings.`,
  }),
  internalError: (reason: string): Localized => ({
    zh: `budget-lint 内部出错（${reason}）。这是 budget-lint 的缺陷，请报告此问题。`,
    en: `budget-lint failed internally (${reason}). This is a bug; please report it.`,
  }),
};

export const SEVERITY_LABEL: Record<Severity, Localized> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
};

/** "✖ 3 个问题（2 个错误，1 个警告）" / "✖ 3 problems (2 errors, 1 warning)". */
export function problemSummary({ errors, warnings, infos }: ProblemCounts): Localized {
  const total = errors + warnings + infos;
  const zhParts = [`${errors} 个错误`, `${warnings} 个警告`];
  const enParts = [plural(errors, 'error'), plural(warnings, 'warning')];
  if (infos > 0) {
    zhParts.push(`${infos} 个提示`);
    enParts.push(plural(infos, 'note'));
  }
  return {
    zh: `✖ ${total} 个问题（${zhParts.join('，')}）`,
    en: `✖ ${plural(total, 'problem')} (${enParts.join(', ')})`,
  };
}

export function noProblems(files: number): Localized {
  return {
    zh: `✔ 已检查 ${files} 个文件，未发现问题`,
    en: `✔ ${plural(files, 'file')} checked, no problems found`,
  };
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * Where to find a finding in the file as its reader shows it: in Word "第27段" / "表3 第2行第4列";
 * in a PDF the page, "第3页" / "第3页 表2 第4行第5列"; in a spreadsheet the sheet and the cell,
 * "工作表“01-1” B5".
 */
export function placeHint(place: Place): Localized {
  if (place.sheet !== undefined) {
    const cell = place.cell ? ` ${place.cell}` : '';
    return { zh: `工作表“${place.sheet}”${cell}`, en: `sheet "${place.sheet}"${cell}` };
  }
  const page: Localized = place.page === undefined ? { zh: '', en: '' } : { zh: `第${place.page}页`, en: `page ${place.page}` };
  if ('paragraph' in place) {
    return place.page === undefined ? { zh: `第${place.paragraph}段`, en: `paragraph ${place.paragraph}` } : page;
  }
  const cell: Localized = {
    zh: `表${place.table} 第${place.row}行第${place.column}列`,
    en: `table ${place.table} row ${place.row} col ${place.column}`,
  };
  return place.page === undefined ? cell : { zh: `${page.zh} ${cell.zh}`, en: `${page.en}, ${cell.en}` };
}
