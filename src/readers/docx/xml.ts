/**
 * Small DOM helpers for the WordprocessingML parts of a .docx (document.xml, comments.xml …),
 * matched by namespace and local name, never by prefix.
 */
import { childElements } from '../ooxml/xml.js';

/** WordprocessingML, the namespace of document.xml and comments.xml. */
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** Markup compatibility: mc:AlternateContent. */
export const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export function isWord(node: Element, localName: string): boolean {
  return node.namespaceURI === W_NS && node.localName === localName;
}

/** The first child element in the WordprocessingML namespace with this local name. */
export function wordChild(parent: Element, localName: string): Element | undefined {
  return childElements(parent).find((child) => isWord(child, localName));
}

/** A w: attribute's value (`w:val`, `w:id` …), or undefined. */
export function wordAttribute(element: Element, localName: string): string | undefined {
  return element.hasAttributeNS(W_NS, localName) ? element.getAttributeNS(W_NS, localName) ?? undefined : undefined;
}

/** The w:val of the first w:`localName` child, as Word writes most properties (w:numId, w:basedOn …). */
export function childValue(parent: Element, localName: string): string | undefined {
  const child = wordChild(parent, localName);
  return child && wordAttribute(child, 'val');
}

/**
 * Creates a w: element with w: attributes, using the prefix the part binds to the
 * namespace (so the serializer need not declare it again).
 */
export function createWord(doc: Document, localName: string, attributes: Record<string, string> = {}): Element {
  const prefix = doc.documentElement?.lookupPrefix(W_NS) ?? 'w';
  const qualified = (name: string): string => (prefix ? `${prefix}:${name}` : name);
  const element = doc.createElementNS(W_NS, qualified(localName));
  for (const [name, value] of Object.entries(attributes)) element.setAttributeNS(W_NS, qualified(name), value);
  return element;
}

/** A w:t holding `text`, its spaces kept. */
export function createWordText(doc: Document, text: string): Element {
  const t = createWord(doc, 't');
  t.setAttributeNS(XML_NS, 'xml:space', 'preserve');
  t.appendChild(doc.createTextNode(withoutXmlIllegalCharacters(text)));
  return t;
}

/** XML 1.0 cannot hold most control characters, not even escaped. */
function withoutXmlIllegalCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}
