/**
 * A .docx as an Open Packaging Conventions zip: its parts, their relationships and content
 * types. What reading needs (the main document part and the parts related to it: styles,
 * notes, comments) and what adding comments needs (find or create the comments part,
 * registered in the part's relationships and in [Content_Types].xml, or Word asks to repair
 * the file).
 */
import path from 'node:path';
import JSZip from 'jszip';
import { childElements, parseXml, serializeXml, W_NS } from './xml.js';

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const CONTENT_TYPES_PART = '[Content_Types].xml';
const COMMENTS_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
/** Relationship types end the same way in transitional and strict documents. */
const OFFICE_DOCUMENT_TYPE = /\/officeDocument$/;
const COMMENTS_TYPE = /\/comments$/;

/** The parts of a document that the reader uses besides the main one, by relationship type. */
export const RELATED_PARTS = {
  styles: /\/styles$/,
  numbering: /\/numbering$/,
  footnotes: /\/footnotes$/,
  endnotes: /\/endnotes$/,
  comments: COMMENTS_TYPE,
};

interface Relationship {
  id: string;
  type: string;
  /** The target as a zip entry name. */
  partName: string;
}

export class DocxPackage {
  /** Each part's relationships, read once: the reader asks for several related parts. */
  private readonly relationshipsRead = new Map<string, Promise<Relationship[]>>();

  private constructor(private readonly zip: JSZip) {}

  static async open(bytes: Uint8Array): Promise<DocxPackage> {
    return new DocxPackage(await JSZip.loadAsync(bytes));
  }

  /** The main document part (word/document.xml in every file Word writes), from _rels/.rels. */
  async mainPartName(): Promise<string> {
    const target = (await this.relationships('')).find((r) => OFFICE_DOCUMENT_TYPE.test(r.type));
    return target ? target.partName : 'word/document.xml';
  }

  has(partName: string): boolean {
    return this.zip.file(partName) !== null;
  }

  /** The XML of the part related to `source` by a relationship of this type, if there is one. */
  async relatedXml(source: string, type: RegExp): Promise<Document | undefined> {
    const target = (await this.relationships(source)).find((r) => type.test(r.type));
    return target && this.zip.file(target.partName) ? this.readXml(target.partName) : undefined;
  }

  async readXml(partName: string): Promise<Document> {
    const file = this.zip.file(partName);
    if (!file) throw new Error(`${partName} is missing`);
    return parseXml(await file.async('string'), partName);
  }

  writeXml(partName: string, xml: Document): void {
    this.zip.file(partName, serializeXml(xml));
  }

  /**
   * The comments part of `mainPart`: the one the document already has, or a new empty one,
   * registered so that Word and LibreOffice find it. Write it back with writeXml.
   */
  async commentsPart(mainPart: string): Promise<{ partName: string; xml: Document }> {
    const existing = (await this.relationships(mainPart)).find((r) => COMMENTS_TYPE.test(r.type));
    if (existing && this.zip.file(existing.partName)) {
      return { partName: existing.partName, xml: await this.readXml(existing.partName) };
    }
    const partName = this.freePartName(path.posix.join(path.posix.dirname(mainPart), 'comments.xml'));
    await this.addRelationship(mainPart, COMMENTS_RELATIONSHIP, partName);
    await this.addContentType(partName, COMMENTS_CONTENT_TYPE);
    const xml = parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NS}"/>`, partName);
    return { partName, xml };
  }

  toBuffer(): Promise<Buffer> {
    return this.zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }

  /** The relationships of a part ('' for the package itself), with targets as part names. */
  private relationships(source: string): Promise<Relationship[]> {
    let read = this.relationshipsRead.get(source);
    if (!read) {
      read = this.readRelationships(source);
      this.relationshipsRead.set(source, read);
    }
    return read;
  }

  private async readRelationships(source: string): Promise<Relationship[]> {
    const rels = this.zip.file(relationshipsPartOf(source));
    if (!rels) return [];
    const xml = parseXml(await rels.async('string'), relationshipsPartOf(source));
    return childElements(xml.documentElement!)
      .filter((e) => e.localName === 'Relationship' && e.getAttribute('TargetMode') !== 'External')
      .map((e) => ({
        id: e.getAttribute('Id') ?? '',
        type: e.getAttribute('Type') ?? '',
        partName: resolveTarget(source, e.getAttribute('Target') ?? ''),
      }));
  }

  private async addRelationship(source: string, type: string, partName: string): Promise<void> {
    const relsName = relationshipsPartOf(source);
    const file = this.zip.file(relsName);
    const xml = parseXml(
      file ? await file.async('string') : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIPS_NS}"/>`,
      relsName,
    );
    const root = xml.documentElement!;
    const ids = new Set(childElements(root).map((e) => e.getAttribute('Id')));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n += 1;
    const relationship = xml.createElementNS(RELATIONSHIPS_NS, 'Relationship');
    relationship.setAttribute('Id', `rId${n}`);
    relationship.setAttribute('Type', type);
    relationship.setAttribute('Target', path.posix.relative(path.posix.dirname(source), partName));
    root.appendChild(relationship);
    this.writeXml(relsName, xml);
    this.relationshipsRead.delete(source);
  }

  private async addContentType(partName: string, contentType: string): Promise<void> {
    const xml = await this.readXml(CONTENT_TYPES_PART);
    const root = xml.documentElement!;
    const wanted = `/${partName}`.toLowerCase();
    const overrides = childElements(root).filter((e) => e.localName === 'Override');
    if (overrides.some((e) => (e.getAttribute('PartName') ?? '').toLowerCase() === wanted)) return;
    const override = xml.createElementNS(CONTENT_TYPES_NS, 'Override');
    override.setAttribute('PartName', `/${partName}`);
    override.setAttribute('ContentType', contentType);
    root.appendChild(override);
    this.writeXml(CONTENT_TYPES_PART, xml);
  }

  /** `wanted`, or wanted with a number added when a part of that name is already there. */
  private freePartName(wanted: string): string {
    const { dir, name, ext } = path.posix.parse(wanted);
    let candidate = wanted;
    for (let n = 1; this.zip.file(candidate); n += 1) candidate = path.posix.join(dir, `${name}${n}${ext}`);
    return candidate;
  }
}

/** word/document.xml → word/_rels/document.xml.rels; the package's own: _rels/.rels. */
function relationshipsPartOf(partName: string): string {
  return path.posix.join(path.posix.dirname(partName), '_rels', `${path.posix.basename(partName)}.rels`);
}

/** A relationship target, relative to its source part's folder or absolute, as a zip entry name. */
function resolveTarget(source: string, target: string): string {
  const decoded = decodedUri(target);
  const resolved = decoded.startsWith('/') ? decoded : path.posix.join(path.posix.dirname(source), decoded);
  return path.posix.normalize(resolved).replace(/^\/+/, '');
}

function decodedUri(uri: string): string {
  try {
    return decodeURI(uri);
  } catch {
    return uri; // a stray "%": take the target as written
  }
}
