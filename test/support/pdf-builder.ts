/**
 * Writes small PDFs for the PDF reader's tests: text placed where a test says, ruling lines
 * stroked or filled, pages with nothing but an image (a scan), and an encryption dictionary
 * (a PDF that wants a password). Chinese and ASCII text are set in the non-embedded CID font
 * STSong-Light through the UniGB-UCS2-H CMap, as Chinese PDFs commonly are, so the text
 * layer's characters are the characters written; ASCII is half as wide as Chinese.
 *
 * Coordinates are those of the reader: points from the top left of the page, `y` the baseline.
 */

export interface PdfText {
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  text: string;
  /** Font size in points (default 12). */
  size?: number;
}

export interface PdfRule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Draw it as a filled thin rectangle (as Excel exports borders) instead of a stroked line. */
  filled?: boolean;
}

export interface PdfPageSpec {
  width?: number;
  height?: number;
  texts?: PdfText[];
  rules?: PdfRule[];
  /** A page with only an image on it: what a scanner makes. */
  image?: boolean;
  /** Clip the page's text to this box (top and bottom from the top of the page): text outside is not printed. */
  clip?: { x0: number; top: number; x1: number; bottom: number };
}

export interface PdfOptions {
  /** Add a standard security handler dictionary whose user password is not empty. */
  encrypted?: boolean;
}

const A4 = { width: 595, height: 842 };

/** The PDF's bytes. */
export function buildPdf(pages: PdfPageSpec[], options: PdfOptions = {}): Buffer {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pageTree = add('');
  const font = add('<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [0 0 R] >>');
  const cidFont = add(
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 5 >> /FontDescriptor 0 0 R /DW 1000 /W [1 95 500] >>',
  );
  const descriptor = add('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>');
  objects[font - 1] = objects[font - 1]!.replace('[0 0 R]', `[${cidFont} 0 R]`);
  objects[cidFont - 1] = objects[cidFont - 1]!.replace('/FontDescriptor 0 0 R', `/FontDescriptor ${descriptor} 0 R`);
  const image = add('<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream');

  const pageIds = pages.map((page) => {
    const { width, height } = { ...A4, ...page };
    const content = contentStream(page, height);
    const stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    return add(
      `<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 ${width} ${height}] /Contents ${stream} 0 R /Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${image} 0 R >> >> >>`,
    );
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pageTree} 0 R >>`;
  objects[pageTree - 1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  const encrypt = options.encrypted
    ? add(`<< /Filter /Standard /V 1 /R 2 /O <${'5a'.repeat(32)}> /U <${'a5'.repeat(32)}> /P -44 >>`)
    : undefined;

  let pdf = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets = objects.map((body, i) => {
    const offset = Buffer.byteLength(pdf, 'latin1');
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const id = `<${'0123456789abcdef'.repeat(2)}>`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /ID [${id} ${id}]${encrypt ? ` /Encrypt ${encrypt} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

function contentStream(page: PdfPageSpec, height: number): string {
  const ops: string[] = [];
  if (page.image) ops.push('q 500 0 0 700 40 80 cm /Im1 Do Q');
  for (const rule of page.rules ?? []) {
    const [x0, y0, x1, y1] = [rule.x0, height - rule.y0, rule.x1, height - rule.y1];
    if (rule.filled) {
      const thin = 0.5;
      const [left, bottom] = [Math.min(x0, x1) - (x0 === x1 ? thin : 0), Math.min(y0, y1) - (y0 === y1 ? thin : 0)];
      const [w, h] = [Math.abs(x1 - x0) || 2 * thin, Math.abs(y1 - y0) || 2 * thin];
      ops.push(`${left} ${bottom} ${w} ${h} re f`);
    } else {
      ops.push(`0.5 w ${x0} ${y0} m ${x1} ${y1} l S`);
    }
  }
  const { clip } = page;
  if (clip) ops.push(`q ${clip.x0} ${height - clip.bottom} ${clip.x1 - clip.x0} ${clip.bottom - clip.top} re W n`);
  for (const t of page.texts ?? []) {
    ops.push(`BT /F1 ${t.size ?? 12} Tf 1 0 0 1 ${t.x} ${height - t.y} Tm <${ucs2(t.text)}> Tj ET`);
  }
  if (clip) ops.push('Q');
  return ops.join('\n');
}

function ucs2(text: string): string {
  return [...text].map((ch) => ch.charCodeAt(0).toString(16).padStart(4, '0')).join('');
}

/** How wide `text` is set at `size` points in the builder's font: ASCII half an em, the rest one. */
export function textWidth(text: string, size = 12): number {
  return [...text].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x80 ? 0.5 : 1) * size, 0);
}
