/**
 * A document's text as HTML lines with every finding highlighted in place. Findings may
 * overlap (two rules on one figure, a span inside a longer one), so each line is cut at every
 * span boundary and each piece is marked with all the findings covering it; an empty anchor
 * before the first character of each finding is what the list's links point at.
 */
import type { Severity } from '../../lint/types.js';
import { escapeHtml } from './escape.js';

/** A finding to highlight: its id in the page and its span (1-based; end column exclusive). */
export interface HighlightSpan {
  id: string;
  severity: Severity;
  /** Tooltip of the highlight: the message. */
  title: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The part of one line a finding covers, as offsets into the line. */
interface Piece {
  span: HighlightSpan;
  start: number;
  end: number;
  /** Whether the span starts on this line (its anchor goes here). */
  opens: boolean;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** Line breaks as the readers count lines, so line numbers match the findings'. */
const LINE_BREAK = /\r\n|\r|\n/;

/** `<div class="line">` per line of `text`, with line numbers and the findings marked. */
export function highlightedLines(text: string, spans: readonly HighlightSpan[]): string {
  const lines = text.split(LINE_BREAK);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop(); // the final line break ends the last line
  const pieces = piecesByLine(lines, spans);
  return lines
    .map((line, i) => {
      const body = markedLine(line, pieces.get(i + 1) ?? []);
      return `<div class="line"><span class="ln">${i + 1}</span><span class="lt">${body}</span></div>`;
    })
    .join('\n');
}

/** Each span cut into the pieces it covers on each of its lines, clamped to the text. */
function piecesByLine(lines: readonly string[], spans: readonly HighlightSpan[]): Map<number, Piece[]> {
  const byLine = new Map<number, Piece[]>();
  for (const span of spans) {
    const first = clamp(span.line, 1, lines.length);
    const last = clamp(span.endLine, first, lines.length);
    for (let line = first; line <= last; line += 1) {
      const length = lines[line - 1]!.length;
      const start = line === first ? clamp(span.column - 1, 0, length) : 0;
      const end = line === last && span.endLine === last ? clamp(span.endColumn - 1, start, length) : length;
      const list = byLine.get(line) ?? [];
      list.push({ span, start, end, opens: line === first });
      byLine.set(line, list);
    }
  }
  return byLine;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/**
 * One line's HTML: cut at every piece boundary; each cut covered by some finding becomes a
 * <mark> naming them all, coloured by the most severe. A finding that starts on this line
 * gets its anchor there; a finding of no width is shown by its anchor alone.
 */
function markedLine(line: string, pieces: readonly Piece[]): string {
  if (pieces.length === 0) return escapeHtml(line);
  const cuts = [...new Set([0, line.length, ...pieces.flatMap((p) => [p.start, p.end])])].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i < cuts.length; i += 1) {
    const from = cuts[i]!;
    html += pieces
      .filter((p) => p.opens && p.start === from)
      .map(anchor)
      .join('');
    const to = cuts[i + 1];
    if (to === undefined || to === from) continue;
    const covering = pieces.filter((p) => p.start <= from && p.end >= to).map((p) => p.span);
    const text = escapeHtml(line.slice(from, to));
    html += covering.length === 0 ? text : mark(text, covering);
  }
  return html;
}

function anchor({ span, start, end }: Piece): string {
  if (end > start || span.endLine > span.line) return `<span class="anchor" id="${escapeHtml(span.id)}"></span>`;
  return (
    `<span class="anchor point ${severityClass([span])}" id="${escapeHtml(span.id)}" ` +
    `data-findings="${escapeHtml(span.id)}" title="${escapeHtml(span.title)}"></span>`
  );
}

function mark(text: string, covering: readonly HighlightSpan[]): string {
  const ids = covering.map((s) => s.id).join(' ');
  const title = covering.map((s) => s.title).join('\n');
  return `<mark class="hl ${severityClass(covering)}" data-findings="${escapeHtml(ids)}" title="${escapeHtml(title)}">${text}</mark>`;
}

function severityClass(spans: readonly HighlightSpan[]): string {
  const worst = spans.reduce((a, b) => (SEVERITY_RANK[b.severity] > SEVERITY_RANK[a.severity] ? b : a));
  return `sev-${worst.severity}`;
}
