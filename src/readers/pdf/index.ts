/**
 * The PDF reader: the text layer of each page, as a reader of the printed report reads it.
 *
 * - Tables are rebuilt cell by cell, from their rules (lattice.ts) or from the alignment of
 *   their columns (stream.ts); a table that runs on over pages is one table (flow.ts,
 *   continued-tables.ts).
 * - The rest of the page is running text: lines in reading order (reading-order.ts), without
 *   the running headers, footers and page numbers (margins.ts), joined into paragraphs
 *   (paragraphs.ts), also over page breaks.
 * - Locations: every paragraph and cell knows its page; line and column refer to the
 *   plain-text rendering (`--print-text`).
 *
 * A PDF without a text layer (a scan), a password-protected or a damaged one gets a ReadError
 * saying so.
 */
import type { Document } from '../../model/document.js';
import { locateInRendering } from '../../model/render-text.js';
import { readError } from '../errors.js';
import { documentFlow } from './flow.js';
import { runningLines } from './margins.js';
import { layoutPage, type PageLayout } from './page-layout.js';
import { openPdf, PdfOpenError, type OpenPdf } from './pdfjs.js';
import { linesOf } from './text-metrics.js';

export async function readPdf(bytes: Buffer, filePath: string): Promise<Document> {
  let pdf: OpenPdf;
  try {
    pdf = await openPdf(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    if (error instanceof PdfOpenError) throw readError(error.failure === 'encrypted' ? 'encrypted-pdf' : 'corrupt-pdf', filePath);
    throw error;
  }
  const pages: PageLayout[] = [];
  try {
    for (let n = 1; n <= pdf.pageCount; n += 1) pages.push(layoutPage(await pdf.page(n)));
  } finally {
    await pdf.close();
  }
  if (pages.every((page) => page.items.length === 0)) {
    const unmapped = pages.some((page) => page.unmapped > 0);
    throw readError('scanned-pdf', filePath, { pages: pages.length, unmappedText: unmapped });
  }
  const { blocks, copies } = documentFlow(withoutRunningLines(pages));
  const rendering = locateInRendering(blocks, copies);
  return { path: filePath, format: 'pdf', blocks, rendering, pages: pages.length };
}

function withoutRunningLines(pages: PageLayout[]): PageLayout[] {
  const running = runningLines(pages.map((page) => ({ height: page.height, lines: linesOf(page) })));
  return pages.map((page) => ({ ...page, items: page.items.filter((item) => item.kind !== 'line' || !running.has(item.line)) }));
}
