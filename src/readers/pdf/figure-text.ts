import { tidy } from './text-join.js';

/** A figure alone: "1,234.56", "-3.2", "12.5%", "(1,234.00)". */
const FIGURE = /^[-+−]?\(?[\d,，]*\.?\d+\)?%?$/;

/** Whether a piece of text (a cell, a column's piece of a line) is a figure and nothing else. */
export function isFigureText(text: string): boolean {
  return FIGURE.test(tidy(text));
}
