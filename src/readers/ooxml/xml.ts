/**
 * Parsing and walking the XML parts of Office Open XML packages (.docx, .xlsx) with
 * @xmldom/xmldom. Elements are matched by namespace and local name, never by prefix: a
 * document may bind a namespace to any prefix.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';

/** A part that is not well-formed XML. */
export class XmlPartError extends Error {
  override readonly name = 'XmlPartError';
}

/** Parses one part; a malformed part is an error rather than a silently repaired tree. */
export function parseXml(text: string, partName: string): Document {
  const fail = (message: string): never => {
    throw new XmlPartError(`${partName}: ${message}`);
  };
  const parser = new DOMParser({ errorHandler: { warning: () => undefined, error: fail, fatalError: fail } });
  const doc = parser.parseFromString(text, 'text/xml');
  if (!doc.documentElement) fail('no root element');
  return doc;
}

export function serializeXml(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

/** The element children of `parent`, in order. */
export function childElements(parent: Element): Element[] {
  const children: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE) children.push(node as Element);
  }
  return children;
}
