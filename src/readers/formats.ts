/**
 * The formats budget-lint reads, by extension, in the order its messages list them: one list,
 * so that adding a reader changes what is read and what every message says together.
 */
import type { Localized } from '../lint/types.js';

export const READ_EXTENSIONS: readonly string[] = ['.docx', '.doc', '.pdf', '.xlsx', '.md', '.txt'];

/**
 * The extensions as messages list them, the last joined with "and" (".docx、…、.md、.txt";
 * ".docx, …, .md and .txt") or with "or" (".docx、…、.md 或 .txt"; ".docx, …, .md or .txt").
 */
export const EXTENSIONS_LISTED = { and: listed('and'), or: listed('or') };

function listed(conjunction: 'and' | 'or'): Localized {
  const head = READ_EXTENSIONS.slice(0, -1);
  const last = READ_EXTENSIONS[READ_EXTENSIONS.length - 1]!;
  return {
    zh: `${head.join('、')}${conjunction === 'or' ? ' 或 ' : '、'}${last}`,
    en: `${head.join(', ')} ${conjunction} ${last}`,
  };
}
