/**
 * Running headers and footers: what a printed report repeats at the top or bottom of its
 * pages (page numbers, the report's title, the unit's name) is not part of its text. A line
 * near the top or bottom edge is dropped when it is a page number, or when the same words
 * (digits aside) stand there on several pages.
 */

export interface MarginLine {
  text: string;
  top: number;
  bottom: number;
}

export interface MarginPage<L extends MarginLine> {
  height: number;
  lines: readonly L[];
}

/** Share of the page height, from the top or the bottom edge, where headers and footers sit. */
const MARGIN_ZONE = 0.12;
/** A line repeated at the page edge on this many pages (and this share of them) is running. */
const MIN_REPEATS = 3;
const MIN_SHARE = 0.3;

/** "3", "- 3 -", "—3—", "·3·", "第3页", "第3页 共25页", "3/25", "Page 3". */
const PAGE_NUMBER = /^[\s\-—–－_~·•.]*(?:(?:第\s*)?\d{1,4}\s*页?(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?|[ivxlcdm]{1,6})[\s\-—–－_~·•.]*$/i;

function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text);
}

/** The lines of `pages` that are running headers, footers or page numbers. */
export function runningLines<L extends MarginLine>(pages: readonly MarginPage<L>[]): Set<L> {
  const running = new Set<L>();
  const pagesWith = new Map<string, Set<number>>();
  const candidates: { line: L; key: string }[] = [];
  pages.forEach((page, p) => {
    for (const line of page.lines) {
      const zone = edgeZone(line, page.height);
      if (!zone) continue;
      if (isPageNumber(line.text)) {
        running.add(line);
        continue;
      }
      const key = `${zone}:${line.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`;
      candidates.push({ line, key });
      pagesWith.set(key, (pagesWith.get(key) ?? new Set()).add(p));
    }
  });
  const needed = Math.max(MIN_REPEATS, Math.ceil(MIN_SHARE * pages.length));
  for (const { line, key } of candidates) if ((pagesWith.get(key)?.size ?? 0) >= needed) running.add(line);
  return running;
}

function edgeZone(line: MarginLine, height: number): 'top' | 'bottom' | undefined {
  if (line.bottom <= MARGIN_ZONE * height) return 'top';
  if (line.top >= (1 - MARGIN_ZONE) * height) return 'bottom';
  return undefined;
}
