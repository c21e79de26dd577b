/**
 * A .docx package: what reading needs beyond the generic package (the parts related to the
 * main document: styles, numbering, notes, comments) and what adding comments needs (find or
 * create the comments part, registered in the part's relationships and in
 * [Content_Types].xml, or Word asks to repair the file).
 */
import path from 'node:path';
import JSZip from 'jszip';
import { OpcPackage, relationshipsPartOf } from '../ooxml/package.js';
import { childElements, parseXml } from '../ooxml/xml.js';
import { W_NS } from './xml.js';

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const CONTENT_TYPES_PART = '[Content_Types].xml';
const COMMENTS_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const COMMENTS_TYPE = /\/comments$/;

/** The parts of a document that the reader uses besides the main one, by relationship type. */
export const RELATED_PARTS = {
  styles: /\/styles$/,
  numbering: /\/numbering$/,
  footnotes: /\/footnotes$/,
  endnotes: /\/endnotes$/,
  comments: COMMENTS_TYPE,
};

/** The main document part in every file Word writes. */
export const DOCUMENT_PART = 'word/document.xml';

export class DocxPackage extends OpcPackage {
  static override async open(bytes: Uint8Array): Promise<DocxPackage> {
    return new DocxPackage(await JSZip.loadAsync(bytes));
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
    this.relationshipsChanged(source);
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

