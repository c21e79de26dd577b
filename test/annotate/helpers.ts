/**
 * Reading an annotated .docx back the ways its users will: the comments part as Word keeps
 * it, mammoth (where each comment's mark lands, numbered as the reader numbers places), and
 * LibreOffice (does it open the file, and see every comment).
 */
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { textUnits, type Place } from '../../src/model/document.js';
import { htmlBlocks } from '../support/mammoth-blocks.js';
import { convertWithOffice } from '../support/office.js';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface WordComment {
  id: string;
  author: string;
  initials: string;
  date: string;
  /** The text of each of the comment's paragraphs. */
  lines: string[];
}

/** The comments of word/comments.xml, in order. */
export async function commentsOf(docx: Uint8Array): Promise<WordComment[]> {
  const xml = await partText(docx, 'word/comments.xml');
  if (xml === undefined) return [];
  const comments = new DOMParser().parseFromString(xml, 'text/xml').getElementsByTagNameNS(W_NS, 'comment');
  return Array.from({ length: comments.length }, (_, i) => {
    const comment = comments.item(i)!;
    const paragraphs = comment.getElementsByTagNameNS(W_NS, 'p');
    return {
      id: comment.getAttributeNS(W_NS, 'id') ?? '',
      author: comment.getAttributeNS(W_NS, 'author') ?? '',
      initials: comment.getAttributeNS(W_NS, 'initials') ?? '',
      date: comment.getAttributeNS(W_NS, 'date') ?? '',
      lines: Array.from({ length: paragraphs.length }, (_, k) => paragraphs.item(k)!.textContent ?? ''),
    };
  });
}

/**
 * The text of the Word paragraph (or, in a table, the cell) holding the reference mark of
 * comment `id` in word/document.xml.
 */
export async function textAtMark(docx: Uint8Array, id: string): Promise<string | undefined> {
  const xml = new DOMParser().parseFromString((await partText(docx, 'word/document.xml')) ?? '', 'text/xml');
  const references = xml.getElementsByTagNameNS(W_NS, 'commentReference');
  for (let i = 0; i < references.length; i += 1) {
    const reference = references.item(i)!;
    if (reference.getAttributeNS(W_NS, 'id') !== id) continue;
    const holder = enclosing(reference, 'tc') ?? enclosing(reference, 'p');
    const texts = holder!.getElementsByTagNameNS(W_NS, 't');
    return Array.from({ length: texts.length }, (_, k) => texts.item(k)!.textContent ?? '').join('');
  }
  return undefined;
}

function enclosing(node: Node, localName: string): Element | undefined {
  for (let parent = node.parentNode; parent; parent = parent.parentNode) {
    if ((parent as Element).localName === localName) return parent as Element;
  }
  return undefined;
}

export async function partText(docx: Uint8Array, partName: string): Promise<string | undefined> {
  return (await JSZip.loadAsync(docx)).file(partName)?.async('string');
}

/**
 * Where mammoth shows each comment's reference mark, as a place numbered the way the .docx
 * reader numbers them (comment id → place; a mark in a merged cell counts where the merge
 * starts), and mammoth's warnings.
 */
export async function markPlaces(docx: Uint8Array): Promise<{ places: Map<string, Place>; marks: number; warnings: string[] }> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(docx) }, { styleMap: ['comment-reference => sup'] });
  let marks = 0;
  const html = result.value.replace(/<a href="#comment-(\d+)" id="comment-ref-\1">[^<]*<\/a>/g, (_, id: string) => {
    marks += 1;
    return `⟦${id}⟧`;
  });
  const places = new Map<string, Place>();
  for (const unit of textUnits({ path: '', format: 'docx', blocks: htmlBlocks(html) })) {
    if (unit.kind === 'cell' && unit.merged) continue;
    for (const [, id] of unit.text.matchAll(/⟦(\d+)⟧/g)) places.set(id!, unit.place);
  }
  return { places, marks, warnings: result.messages.map((m) => m.message) };
}

export { OFFICE_SKIP_REASON } from '../support/office.js';

/**
 * Has LibreOffice convert `docx` to PDF with comments exported as PDF notes; returns the PDF
 * and how many notes it holds.
 */
export async function convertToPdf(docx: string, outDir: string, profile: string): Promise<{ pdf: Buffer; notes: number }> {
  const exportNotes = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}';
  const pdf = await convertWithOffice(docx, exportNotes, outDir, profile);
  return { pdf, notes: pdf.toString('latin1').match(/\/Subtype\s*\/Text(?![A-Za-z])/g)?.length ?? 0 };
}
