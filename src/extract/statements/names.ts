/**
 * Loose matching of Chinese names: a project named "劳动者驿站项目" in a summary and
 * "“劳动者驿站”运行专项预算项目" in its own report, an indicator "补助“劳动者驿站”数量" and
 * the words "补助的驿站数量" in the text. Chinese has no spaces to split words on, so names
 * are compared by their longest common subsequence of characters.
 */

/**
 * Length of the longest common subsequence of two strings (by UTF-16 unit; names are CJK).
 * Compared by code unit and kept in two reused rows: names are compared by the hundred.
 */
export function commonSubsequenceLength(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const unit = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      current[j] = unit === b.charCodeAt(j - 1) ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    const done = current;
    current = previous;
    previous = done;
  }
  return previous[b.length]!;
}

/** Text without white space, quotes and brackets: what two spellings of a name share. */
export function plainName(text: string): string {
  return text.replace(/[\s“”"‘’'「」《》〈〉]/g, '');
}

/**
 * How alike two names are, from 0 to 1: twice their common subsequence over their total
 * length (the Dice coefficient on characters in order).
 */
export function nameSimilarity(a: string, b: string): number {
  const total = a.length + b.length;
  return total === 0 ? 0 : (2 * commonSubsequenceLength(a, b)) / total;
}

/** A name to quote in a message, its own “…” turned into inner quotes: 补助‘劳动者驿站’数量. */
export function forQuoting(name: string): string {
  return name.replace(/“/g, '‘').replace(/”/g, '’');
}
