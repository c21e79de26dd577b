/**
 * The tables of a .docx as a spreadsheet, the way a publisher keeps them in Excel: one sheet
 * per table, merged cells merged, and every cell that shows a plain number ("1,234.50",
 * "94.60%") stored as a number with a number format that shows it just so. Written as a flat
 * OpenDocument spreadsheet (.fods) for LibreOffice Calc to save as .xlsx, so that the test
 * reads an .xlsx written by a real spreadsheet program.
 *
 * The tables come from mammoth's HTML (rowspan and colspan as Word keeps them).
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import mammoth from 'mammoth';

/** "1,234.50", "-3", "94.60%": a number written the way a number format shows it. */
const PLAIN_NUMBER = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%?)$/;

interface SheetCell {
  text: string;
  rowSpan: number;
  colSpan: number;
}

/** The .fods text of the tables in `docx`. */
export async function tablesAsFods(docx: Buffer): Promise<string> {
  const html = (await mammoth.convertToHtml({ buffer: docx })).value;
  const tables: Element[] = [];
  const collect = (node: { children?: unknown[] }): void => {
    for (const child of (node.children ?? []) as Element[]) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'table') tables.push(child);
      else collect(child);
    }
  };
  collect(fromHtml(html, { fragment: true }));
  const styles = new Map<string, string>();
  const sheets = tables.map((table, t) => sheetXml(`表${t + 1}`, rowsOf(table), styles));
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>${[...styles.values()].join('')}</office:automatic-styles>
<office:body><office:spreadsheet>${sheets.join('')}</office:spreadsheet></office:body>
</office:document>`;
}

function rowsOf(table: Element): SheetCell[][] {
  const rows: SheetCell[][] = [];
  const visit = (node: Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') {
        rows.push(
          child.children
            .filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'))
            .map((c) => ({ text: toString(c).trim(), rowSpan: Number(c.properties['rowSpan'] ?? 1), colSpan: Number(c.properties['colSpan'] ?? 1) })),
        );
      } else visit(child);
    }
  };
  visit(table);
  return rows;
}

/** A sheet: cells placed on the grid, slots covered by a span written as covered cells. */
function sheetXml(name: string, rows: SheetCell[][], styles: Map<string, string>): string {
  const covered = new Set<string>();
  const xmlRows = rows.map((row, r) => {
    const cells: string[] = [];
    let column = 0;
    const skipCovered = (): void => {
      while (covered.has(`${r}:${column}`)) {
        cells.push('<table:covered-table-cell/>');
        column += 1;
      }
    };
    for (const cell of row) {
      skipCovered();
      for (let dr = 0; dr < cell.rowSpan; dr += 1) for (let dc = 0; dc < cell.colSpan; dc += 1) if (dr + dc > 0) covered.add(`${r + dr}:${column + dc}`);
      const spans = `${cell.rowSpan > 1 ? ` table:number-rows-spanned="${cell.rowSpan}"` : ''}${cell.colSpan > 1 ? ` table:number-columns-spanned="${cell.colSpan}"` : ''}`;
      cells.push(cellXml(cell.text, spans, styles));
      column += 1;
      for (let dc = 1; dc < cell.colSpan; dc += 1) {
        cells.push('<table:covered-table-cell/>');
        column += 1;
      }
    }
    skipCovered();
    return `<table:table-row>${cells.join('')}</table:table-row>`;
  });
  return `<table:table table:name="${name}">${xmlRows.join('')}</table:table>`;
}

function cellXml(text: string, spans: string, styles: Map<string, string>): string {
  const number = PLAIN_NUMBER.exec(text);
  if (!number) return `<table:table-cell office:value-type="string"${spans}><text:p>${escapeXml(text)}</text:p></table:table-cell>`;
  const [, sign, whole, fraction = '', percent] = number;
  const value = Number(`${sign}${whole!.replace(/,/g, '')}.${fraction || '0'}`) / (percent ? 100 : 1);
  const style = numberStyle(fraction.length, whole!.includes(','), percent === '%', styles);
  const type = percent ? 'percentage' : 'float';
  return `<table:table-cell table:style-name="${style}" office:value-type="${type}" office:value="${value}"${spans}><text:p>${escapeXml(text)}</text:p></table:table-cell>`;
}

/** The cell style showing a number with these decimals, grouping and percent sign (made once). */
function numberStyle(decimals: number, grouping: boolean, percent: boolean, styles: Map<string, string>): string {
  const key = `${decimals}-${grouping}-${percent}`;
  const name = `ce-${key}`;
  if (!styles.has(key)) {
    const data = `N-${key}`;
    const number = `<number:number number:decimal-places="${decimals}" number:min-decimal-places="${decimals}" number:min-integer-digits="1"${grouping ? ' number:grouping="true"' : ''}/>`;
    const format = percent
      ? `<number:percentage-style style:name="${data}">${number}<number:text>%</number:text></number:percentage-style>`
      : `<number:number-style style:name="${data}">${number}</number:number-style>`;
    styles.set(key, `${format}<style:style style:name="${name}" style:family="table-cell" style:data-style-name="${data}"/>`);
  }
  return name;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
