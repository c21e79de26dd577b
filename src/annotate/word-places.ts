/**
 * Finds, in word/document.xml, the Word paragraph or table cell that a finding's place
 * (`{paragraph}` or `{table, row, column}`) names. The places are numbered by the walk the
 * .docx reader numbers them with (`readBody`), run over the very body the comments are added
 * to, so every place of the body is found exactly. Footnotes and endnotes, which the reader
 * numbers after the body, have no paragraph of the body: their findings stand on the body's
 * last paragraph or cell, and are reported as approximate.
 */
import type { Place } from '../model/document.js';
import { readBody, type Anchor, type BodyOptions } from '../readers/docx/body.js';

export type { Anchor };

/** Each place of the body, and the Word paragraphs it is anchored on. */
export interface PlaceAnchors {
  /** Undefined only for a body without a paragraph or cell. */
  anchorOf(place: Place): Anchor | undefined;
  /** True when the place is not in the body and a nearby place stands in for it. */
  isApproximate(place: Place): boolean;
}

function placeKey(place: Place): string {
  return 'paragraph' in place ? `p${place.paragraph}` : `t${place.table}r${place.row}c${place.column}`;
}

/** Anchors every place of the body of a document.xml, walked with the reader's `options`. */
export function anchorPlaces(body: Element, options: BodyOptions): PlaceAnchors {
  const exact = new Map<string, Anchor>();
  let last: Anchor | undefined;
  for (const [unit, anchor] of readBody(body, options).anchors) {
    exact.set(placeKey(unit.place), anchor);
    last = anchor;
  }
  return {
    anchorOf: (place) => exact.get(placeKey(place)) ?? last,
    isApproximate: (place) => !exact.has(placeKey(place)),
  };
}
