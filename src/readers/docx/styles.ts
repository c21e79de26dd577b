/**
 * Heading styles, from word/styles.xml: a paragraph is a heading when its style is one of
 * Word's built-in headings, whatever the document's language calls it. Word names them
 * "heading 1" … "heading 9" in every language (the name shown in the UI is translated), and
 * gives them ids such as "Heading1" or, in documents made in Chinese Word, "1".
 */
import { childElements, isWord, wordAttribute, wordChild } from './xml.js';

const HEADING_NAME = /^heading(?: [1-9])?$/i;
const HEADING_ID = /^Heading[1-9]?$/;

/** The ids of the paragraph styles that are headings. */
export function headingStyleIds(styles: Document): Set<string> {
  const ids = new Set<string>();
  for (const style of childElements(styles.documentElement!)) {
    if (!isWord(style, 'style') || wordAttribute(style, 'type') !== 'paragraph') continue;
    const id = wordAttribute(style, 'styleId');
    const nameElement = wordChild(style, 'name');
    const name = nameElement && wordAttribute(nameElement, 'val');
    if (id !== undefined && (HEADING_ID.test(id) || (name !== undefined && HEADING_NAME.test(name)))) ids.add(id);
  }
  return ids;
}
