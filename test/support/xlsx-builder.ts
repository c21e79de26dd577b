/**
 * Writes small .xlsx workbooks for the spreadsheet reader's tests, in the SpreadsheetML that
 * Excel and WPS write: shared strings, number formats in styles.xml, merged ranges, hidden
 * sheets, rows and columns, print areas, formulas with their cached values.
 */
import JSZip from 'jszip';

/** A cell: text (shared string), a number with a number format, or a formula's cached result. */
export type CellSpec = string | number | { value: number; format?: string; formula?: string } | { inline: string } | null;

export interface SheetSpec {
  name: string;
  /** Rows from row 1, cells from column A. */
  rows: CellSpec[][];
  merges?: string[];
  hidden?: boolean;
  hiddenRows?: number[];
  hiddenColumns?: number[];
  /** The sheet view's "show zeros" turned off. */
  hideZeros?: boolean;
  /** A print area such as "$B$1:$D$9". */
  printArea?: string;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export async function buildXlsx(sheets: SheetSpec[]): Promise<Buffer> {
  const strings: string[] = [];
  const formats: string[] = [];
  const stringIndex = (text: string): number => {
    const at = strings.indexOf(text);
    return at >= 0 ? at : strings.push(text) - 1;
  };
  /** Style index: 0 is General, then one cell style per custom format. */
  const styleIndex = (format: string | undefined): number => {
    if (!format) return 0;
    const at = formats.indexOf(format);
    return (at >= 0 ? at : formats.push(format) - 1) + 1;
  };

  const zip = new JSZip();
  sheets.forEach((sheet, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, worksheetXml(sheet, stringIndex, styleIndex)));
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
      .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
      .join('')}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  );
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const printAreas = sheets.flatMap((s, i) => (s.printArea ? [`<definedName name="_xlnm.Print_Area" localSheetId="${i}">'${s.name}'!${s.printArea}</definedName>`] : []));
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets
      .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`)
      .join('')}</sheets>${printAreas.length > 0 ? `<definedNames>${printAreas.join('')}</definedNames>` : ''}</workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">${sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('')}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('')}</sst>`);
  zip.file(
    'xl/styles.xml',
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><numFmts count="${formats.length}">${formats
      .map((f, i) => `<numFmt numFmtId="${176 + i}" formatCode="${escapeXml(f)}"/>`)
      .join('')}</numFmts><cellXfs count="${formats.length + 1}"><xf numFmtId="0"/>${formats.map((_, i) => `<xf numFmtId="${176 + i}" applyNumberFormat="1"/>`).join('')}</cellXfs></styleSheet>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function worksheetXml(sheet: SheetSpec, stringIndex: (t: string) => number, styleIndex: (f: string | undefined) => number): string {
  const cols = (sheet.hiddenColumns ?? []).map((c) => `<col min="${c}" max="${c}" width="9" hidden="1"/>`).join('');
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row
        .map((cell, c) => {
          const ref = `${columnLetters(c + 1)}${r + 1}`;
          if (cell === null) return '';
          if (typeof cell === 'string') return `<c r="${ref}" t="s"><v>${stringIndex(cell)}</v></c>`;
          if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
          if ('inline' in cell) return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(cell.inline)}</t></is></c>`;
          const formula = cell.formula ? `<f>${escapeXml(cell.formula)}</f>` : '';
          return `<c r="${ref}" s="${styleIndex(cell.format)}">${formula}<v>${cell.value}</v></c>`;
        })
        .join('');
      const hidden = sheet.hiddenRows?.includes(r + 1) ? ' hidden="1"' : '';
      return `<row r="${r + 1}"${hidden}>${cells}</row>`;
    })
    .join('');
  const merges = sheet.merges?.length ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  const view = sheet.hideZeros ? '<sheetViews><sheetView showZeros="0" workbookViewId="0"/></sheetViews>' : '';
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${view}${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${rows}</sheetData>${merges}</worksheet>`;
}

function columnLetters(n: number): string {
  let name = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) name = String.fromCharCode(65 + ((k - 1) % 26)) + name;
  return name;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
