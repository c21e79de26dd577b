/**
 * Reading a PDF's pages with pdf.js (pdfjs-dist, the legacy build that runs on Node.js): the
 * text items with their positions and the operator list the rules come from. pdf.js loads
 * only when a PDF comes up, and runs in this thread (no worker): the reader is already on a
 * worker thread in a batch.
 *
 * pdf.js rather than MuPDF's WebAssembly build, which reads the same files three to four
 * times faster: MuPDF is licensed under the AGPL, which a tool published under the MIT
 * licence cannot ship; pdf.js is Apache-2.0. Version 4.10 is pinned: later releases declare
 * Node.js 20.16, 20.19 or 22 in their `engines` field, 4.10 declares 20.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PageContent, Run } from './geometry.js';
import { textClipsOf, visibleRuns, type ClipCodes } from './clips.js';
import { compose, rulingsOf, type Matrix, type OperatorCodes } from './rulings.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

/** Why pdf.js could not open a file. */
export type OpenFailure = 'encrypted' | 'corrupt';

export class PdfOpenError extends Error {
  constructor(readonly failure: OpenFailure, message: string) {
    super(message);
    this.name = 'PdfOpenError';
  }
}

let loaded: Promise<PdfJs> | undefined;

function pdfjs(): Promise<PdfJs> {
  loaded ??= (async () => {
    // The worker's code runs in this thread: pdf.js looks for it here before loading a file.
    const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loaded;
}

/** Where pdf.js keeps the character maps that Chinese fonts without embedded ones need. */
function dataFolder(name: string): string {
  const packageJson = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  return `${path.join(path.dirname(packageJson), name)}${path.sep}`;
}

/** An open PDF: its page count and its pages' content, one at a time. */
export interface OpenPdf {
  pageCount: number;
  page(number: number): Promise<PageContent>;
  close(): Promise<void>;
}

export async function openPdf(bytes: Uint8Array): Promise<OpenPdf> {
  const lib = await pdfjs();
  const task = lib.getDocument({
    data: bytes,
    cMapUrl: dataFolder('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: dataFolder('standard_fonts'),
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: lib.VerbosityLevel.ERRORS,
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    const name = (error as { name?: string } | undefined)?.name;
    throw new PdfOpenError(name === 'PasswordException' ? 'encrypted' : 'corrupt', error instanceof Error ? error.message : String(error));
  }
  const codes = lib.OPS as unknown as OperatorCodes & ClipCodes;
  return {
    pageCount: doc.numPages,
    page: (number) => readPage(doc, number, codes),
    close: () => task.destroy(),
  };
}

async function readPage(doc: PdfDocument, number: number, codes: OperatorCodes & ClipCodes): Promise<PageContent> {
  const page = await doc.getPage(number);
  const viewport = page.getViewport({ scale: 1 });
  const transform = viewport.transform as unknown as Matrix;
  const text = await page.getTextContent();
  const runs: Run[] = [];
  let unmapped = 0;
  for (const item of text.items) {
    if (!('str' in item)) continue;
    const run = runOf(item.str, item.transform as unknown as Matrix, item.width, item.height, transform);
    if (run) runs.push(run);
    unmapped += item.str.match(PRIVATE_USE)?.length ?? 0;
  }
  const ops = await page.getOperatorList();
  const rulings = rulingsOf(ops, codes, transform);
  const shown = visibleRuns(runs, textClipsOf(ops, codes, transform));
  page.cleanup();
  return { number, width: viewport.width, height: viewport.height, runs: withoutOverprints(shown), rulings, unmapped };
}

/**
 * A text item in page space, or undefined for white space and for text that is not upright
 * (rotated stamps and watermarks), which a reader of the printed page does not read as part
 * of the text.
 */
function runOf(str: string, itemTransform: Matrix, width: number, height: number, viewport: Matrix): Run | undefined {
  const text = withoutPrivateUse(str);
  if (text.trim() === '') return undefined;
  const [a, b, c, d, x, baseline] = compose(viewport, itemTransform);
  const upright = a > 0 && d < 0 && Math.abs(b) <= 0.05 * a && Math.abs(c) <= 0.05 * -d;
  if (!upright) return undefined;
  const size = height > 0 ? height : -d;
  return { text, x0: x, x1: x + Math.max(width, 0), top: baseline - 0.85 * size, bottom: baseline + 0.15 * size, baseline, size };
}

/**
 * Glyphs of a font that maps them to no character come out of the text layer in Unicode's
 * private use areas: they read as nothing (a footnote mark drawn with a symbol font, say).
 */
const PRIVATE_USE = /[\ue000-\uf8ff]|[\udb80-\udbff][\udc00-\udfff]/g;

function withoutPrivateUse(text: string): string {
  return text.replace(PRIVATE_USE, '');
}

/**
 * Text drawn twice at (almost) the same spot: PDFs make bold type that way, and a reader
 * sees it once.
 */
function withoutOverprints(runs: Run[]): Run[] {
  const byPlace = [...runs].sort((p, q) => (p.text < q.text ? -1 : p.text > q.text ? 1 : p.baseline - q.baseline || p.x0 - q.x0));
  const dropped = new Set<Run>();
  for (let i = 1; i < byPlace.length; i += 1) {
    const run = byPlace[i]!;
    for (let j = i - 1; j >= 0; j -= 1) {
      const earlier = byPlace[j]!;
      if (earlier.text !== run.text || run.baseline - earlier.baseline > 0.2 * run.size) break;
      if (!dropped.has(earlier) && Math.abs(run.x0 - earlier.x0) <= 0.2 * run.size) {
        dropped.add(run);
        break;
      }
    }
  }
  return dropped.size === 0 ? runs : runs.filter((r) => !dropped.has(r));
}
