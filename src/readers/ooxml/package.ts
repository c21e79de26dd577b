/**
 * An Office Open XML file (.docx, .xlsx) as an Open Packaging Conventions zip: its parts and
 * the relationships between them, read once each.
 */
import path from 'node:path';
import JSZip from 'jszip';
import type { Localized } from '../../lint/types.js';
import { childElements, parseXml, serializeXml } from './xml.js';

/** What a reader says of a package whose zip cannot be opened. */
export const BROKEN_ZIP: Localized = { zh: '压缩包不完整或已损坏', en: 'the zip archive is truncated or damaged' };

/** Relationship types end the same way in transitional and strict documents. */
const OFFICE_DOCUMENT_TYPE = /\/officeDocument$/;

export interface Relationship {
  id: string;
  type: string;
  /** The target as a zip entry name. */
  partName: string;
}

export class OpcPackage {
  /** Each part's relationships, read once: readers ask for several related parts. */
  private readonly relationshipsRead = new Map<string, Promise<Relationship[]>>();

  protected constructor(protected readonly zip: JSZip) {}

  static async open(bytes: Uint8Array): Promise<OpcPackage> {
    return new OpcPackage(await JSZip.loadAsync(bytes));
  }

  /**
   * The main part (word/document.xml, xl/workbook.xml …) as _rels/.rels names it, or `usual`
   * where the package's relationships name none or cannot be read.
   */
  async mainPartName(usual: string): Promise<string> {
    try {
      return (await this.relationships('')).find((r) => OFFICE_DOCUMENT_TYPE.test(r.type))?.partName ?? usual;
    } catch {
      return usual;
    }
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

  toBuffer(): Promise<Buffer> {
    return this.zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }

  /** The relationships of a part ('' for the package itself), with targets as part names. */
  relationships(source: string): Promise<Relationship[]> {
    let read = this.relationshipsRead.get(source);
    if (!read) {
      read = this.readRelationships(source);
      this.relationshipsRead.set(source, read);
    }
    return read;
  }

  /** Forgets what was read of a part's relationships, after they were written anew. */
  protected relationshipsChanged(source: string): void {
    this.relationshipsRead.delete(source);
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
}

/** word/document.xml → word/_rels/document.xml.rels; the package's own: _rels/.rels. */
export function relationshipsPartOf(partName: string): string {
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
