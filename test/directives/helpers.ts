import { lintFile } from '../../src/cli/lint-file.js';
import type { LintFileOptions } from '../../src/cli/lint-file.js';
import { tempFolder } from '../readers/helpers.js';

/** A parts-don't-add-up sentence (60 + 50 ≠ 100): one sum-of-parts error where it stands. */
export const WRONG_SPENDING = '本年支出合计100万元，其中：基本支出60万元，项目支出50万元。';
export const WRONG_INCOME = '本年收入合计200万元，其中：财政拨款120万元，其他收入70万元。';

/** Writes files into a folder removed after the test file, and lints them. */
export function linting(): (name: string, content: string | Uint8Array, options?: LintFileOptions) => Promise<string[]> {
  const folder = tempFolder();
  return async (name, content, options) => {
    const result = await lintFile(folder.write(name, content), options);
    if (result.fatal) throw new Error(result.fatal.en);
    return result.diagnostics.map((d) => `${d.line}:${d.ruleId}:${d.severity}:${d.message.zh}`);
  };
}
