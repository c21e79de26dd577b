import { extractProjectMentions, nameForms, type ProjectMention } from '../src/extract/statements/project-mentions.js';
import type { Localized, Rule } from '../src/lint/types.js';

/**
 * A project report that names another project of the same document as its own subject
 * ("根据“工会经费”专项预算项目预算绩效评价指标体系…" in the report of another project) was
 * most likely copied from that project's report and not fully edited.
 * Boilerplate repeated word for word across project reports is common and not reported.
 */
export const rule: Rule = {
  meta: {
    id: 'copy-paste',
    defaultSeverity: 'warning',
    description: {
      zh: '项目报告中写成了本文件另一项目的名称（疑似复制未改）',
      en: "A project report names another project of the document (probably copied and not edited)",
    },
    docs: 'docs/rules/copy-paste.md',
  },
  check({ facts, report }) {
    for (const mention of facts.of(extractProjectMentions)) {
      const [other] = mention.names;
      if (!other || mention.names.includes(mention.within)) continue;
      report({ source: mention.source, start: mention.start, end: mention.end, message: message(mention, other.name) });
    }
  },
};

function message({ quoted, suffix, within }: ProjectMention, other: string): Localized {
  const own = nameForms(within.name)[0]!;
  return {
    zh: `此处位于${quotedName(within.name)}的报告中，却写作“${quoted}”${suffix}，这是本文件另一项目${quotedName(other)}的名称，疑为复制该项目报告后未修改；应为“${own}”`,
    en: `This is in the report of ${quotedName(within.name)}, but it names “${quoted}”${suffix}, which is another project of this document (${quotedName(other)}); it was probably copied from that report and not edited. It should name “${own}”`,
  };
}

/** A project name in quotes, unless it already holds some (“劳动者驿站”运行专项预算项目). */
function quotedName(name: string): string {
  return /[“”"]/.test(name) ? name : `“${name}”`;
}
