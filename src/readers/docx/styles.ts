/**
 * What the reader takes from word/styles.xml: which paragraph styles are headings, and which
 * styles number their paragraphs (a style's w:numPr, inherited through w:basedOn).
 *
 * Heading styles: a paragraph is a heading when its style is one of Word's built-in headings,
 * whatever the document's language calls it. Word names them "heading 1" … "heading 9" in
 * every language (the name shown in the UI is translated), and gives them ids such as
 * "Heading1" or, in documents made in Chinese Word, "1".
 */
import { childElements } from '../ooxml/xml.js';
import { childValue, isWord, wordAttribute, wordChild } from './xml.js';

const HEADING_NAME = /^heading(?: [1-9])?$/i;
const HEADING_ID = /^Heading[1-9]?$/;

/** The ids of the paragraph styles that are headings. */
export function headingStyleIds(styles: Document): Set<string> {
  const ids = new Set<string>();
  for (const style of childElements(styles.documentElement!)) {
    if (!isWord(style, 'style') || wordAttribute(style, 'type') !== 'paragraph') continue;
    const id = wordAttribute(style, 'styleId');
    const name = childValue(style, 'name');
    if (id !== undefined && (HEADING_ID.test(id) || (name !== undefined && HEADING_NAME.test(name)))) ids.add(id);
  }
  return ids;
}

/** The id of a paragraph's style (w:pPr/w:pStyle), if it names one. */
export function paragraphStyleId(p: Element): string | undefined {
  const properties = wordChild(p, 'pPr');
  return properties && childValue(properties, 'pStyle');
}

/** A w:numPr: the list (w:num instance) and the level; either may be left to a style. */
export interface ListReference {
  numId?: string;
  level?: number;
}

/** The w:numPr in paragraph properties (a paragraph's or a style's w:pPr), as written there. */
export function listReferenceIn(properties: Element): ListReference | undefined {
  const numPr = wordChild(properties, 'numPr');
  if (!numPr) return undefined;
  const numId = childValue(numPr, 'numId');
  const level = Number.parseInt(childValue(numPr, 'ilvl') ?? '', 10);
  return { ...(numId !== undefined ? { numId } : {}), ...(Number.isInteger(level) ? { level } : {}) };
}

/** A chain of w:basedOn longer than this is a loop (Word allows far fewer). */
const MAX_BASED_ON = 16;

/**
 * The list each style numbers its paragraphs with (paragraph styles, and the numbering styles
 * that w:numStyleLink points through), its own w:numPr or the one it inherits through
 * w:basedOn; styles that number nothing are left out.
 */
export function styleLists(styles: Document): Map<string, ListReference> {
  const own = new Map<string, { list?: ListReference; basedOn?: string }>();
  for (const style of childElements(styles.documentElement!)) {
    const id = isWord(style, 'style') ? wordAttribute(style, 'styleId') : undefined;
    if (id === undefined) continue;
    const properties = wordChild(style, 'pPr');
    const list = properties && listReferenceIn(properties);
    const basedOn = childValue(style, 'basedOn');
    own.set(id, { ...(list ? { list } : {}), ...(basedOn !== undefined ? { basedOn } : {}) });
  }
  const lists = new Map<string, ListReference>();
  for (const id of own.keys()) {
    const inherited: ListReference = {};
    let current: string | undefined = id;
    for (let depth = 0; current !== undefined && depth < MAX_BASED_ON; depth += 1) {
      const style = own.get(current);
      inherited.numId ??= style?.list?.numId;
      inherited.level ??= style?.list?.level;
      current = style?.basedOn;
    }
    if (inherited.numId !== undefined) lists.set(id, inherited);
  }
  return lists;
}
