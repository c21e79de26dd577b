/**
 * Inline directives in a .docx are Word comments whose text starts with one
 * ("budget-lint-disable-next-line sum-of-parts -- 已核实"); the comment's anchor is the
 * paragraph or table cell it applies to.
 */
import { positionAt, type Cell, type Directive, type Paragraph } from '../model/document.js';
import { parseDirective } from './parse.js';

/** A Word comment: the text of its first paragraph, and the paragraph or cell it is anchored to. */
export interface WordComment {
  text: string;
  /** Absent when its reference mark is in no paragraph or cell. */
  anchor?: Paragraph | Cell;
}

/**
 * The directives among `comments`, located where their anchors are in the plain-text
 * rendering (so the anchors must have their segments already).
 */
export function directivesInComments(comments: WordComment[]): Directive[] {
  const directives: Directive[] = [];
  for (const { text, anchor } of comments) {
    const directive = text.startsWith('budget-lint-') ? parseDirective(text) : undefined;
    if (!directive) continue;
    if (!anchor) {
      const nowhere = { line: 1, column: 1 };
      directives.push({ ...directive, start: nowhere, end: nowhere });
      continue;
    }
    const start = positionAt(anchor, 0);
    const end = { line: start.line, column: start.column + anchor.text.length };
    directives.push({ ...directive, start, end, place: anchor.place });
  }
  return directives;
}
