/**
 * The SpreadsheetML parts of a workbook: the visible sheets in tab order, the shared strings,
 * the cell styles' number formats, and each sheet's cells as displayed, laid out on the grid
 * of its visible rows and columns with merged ranges filled in.
 */
import type { OpcPackage } from '../ooxml/package.js';
import { childElements } from '../ooxml/xml.js';
import { displayNumber, formatCode } from './number-formats.js';

const S_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Relationship types end the same way in transitional and strict workbooks. */
const WORKSHEET = /\/worksheet$/;
const SHARED_STRINGS = /\/sharedStrings$/;
const STYLES = /\/styles$/;

export interface SheetEntry {
  name: string;
  partName: string;
  /** The ranges the workbook prints of this sheet, when it sets a print area. */
  printArea?: CellRange[];
}

/** Rows and columns from–to, 1-based and inclusive. */
export interface CellRange {
  rows: [number, number];
  columns: [number, number];
}

export interface WorkbookParts {
  sheets: SheetEntry[];
  sharedStrings: string[];
  /** Format code of each cell style (the `s` index of a cell). */
  styleFormats: string[];
}

export interface SheetCell {
  /** As the spreadsheet shows it. */
  text: string;
  /** "B5". */
  address: string;
  /** For a slot inside a merged range other than its first: the first cell's address. */
  mergedFrom?: string;
}

export interface Sheet {
  name: string;
  /** The visible rows from the first to the last holding text, each over the visible columns. */
  rows: SheetCell[][];
}

function children(parent: Element, localName: string): Element[] {
  return childElements(parent).filter((e) => e.namespaceURI === S_NS && e.localName === localName);
}

function child(parent: Element, localName: string): Element | undefined {
  return children(parent, localName)[0];
}

/** All text of an element's t descendants (a rich-text string's runs), phonetic runs aside. */
function textOf(element: Element): string {
  let text = '';
  for (const e of childElements(element)) {
    if (e.localName === 't') text += e.textContent ?? '';
    else if (e.localName === 'r') text += textOf(e);
  }
  return text;
}

export async function readWorkbookParts(pkg: OpcPackage, workbookPart: string): Promise<WorkbookParts> {
  const workbook = (await pkg.readXml(workbookPart)).documentElement!;
  const relationships = await pkg.relationships(workbookPart);
  const sheetsElement = child(workbook, 'sheets');
  const printAreas = printAreasOf(workbook);
  const sheets: SheetEntry[] = [];
  (sheetsElement ? children(sheetsElement, 'sheet') : []).forEach((sheet, index) => {
    const state = sheet.getAttribute('state');
    if (state === 'hidden' || state === 'veryHidden') return;
    const id = sheet.getAttributeNS(R_NS, 'id');
    const target = relationships.find((r) => r.id === id && WORKSHEET.test(r.type));
    if (!target || !pkg.has(target.partName)) return;
    const printArea = printAreas.get(index);
    sheets.push({ name: sheet.getAttribute('name') ?? '', partName: target.partName, ...(printArea ? { printArea } : {}) });
  });
  const strings = await pkg.relatedXml(workbookPart, SHARED_STRINGS);
  const styles = await pkg.relatedXml(workbookPart, STYLES);
  return {
    sheets,
    sharedStrings: strings ? children(strings.documentElement!, 'si').map(textOf) : [],
    styleFormats: styles ? styleFormatsOf(styles.documentElement!) : [],
  };
}

/**
 * The print area of each sheet (by its position among the workbook's sheets): what a report
 * workbook is made to show. Cells outside it are the workings beside the table (a column of
 * page numbers, "非打印区域"), not part of what is published.
 */
function printAreasOf(workbook: Element): Map<number, CellRange[]> {
  const areas = new Map<number, CellRange[]>();
  const names = child(workbook, 'definedNames');
  for (const name of names ? children(names, 'definedName') : []) {
    const sheet = name.getAttribute('localSheetId');
    if (name.getAttribute('name') !== '_xlnm.Print_Area' || sheet === null) continue;
    const ranges = [...(name.textContent ?? '').matchAll(RANGE_REFERENCE)].map(rangeOf);
    if (ranges.length > 0) areas.set(Number(sheet), ranges);
  }
  return areas;
}

/** One range of a reference such as "'01-1 '!$B$1:$H$41,'01-1 '!$J:$K": columns and rows may be left out. */
const RANGE_REFERENCE = /!\$?([A-Z]{0,3})\$?(\d*)(?::\$?([A-Z]{0,3})\$?(\d*))?/g;

function rangeOf(m: RegExpMatchArray): CellRange {
  const [, c0 = '', r0 = '', c1 = c0, r1 = r0] = m;
  const column = (letters: string, fallback: number): number => (letters ? parseAddress(`${letters}1`)!.column : fallback);
  const row = (digits: string, fallback: number): number => (digits ? Number(digits) : fallback);
  return { rows: [row(r0, 1), row(r1, Infinity)], columns: [column(c0, 1), column(c1, Infinity)] };
}

function inArea(area: CellRange[] | undefined, row: number, column: number): boolean {
  return !area || area.some((a) => row >= a.rows[0] && row <= a.rows[1] && column >= a.columns[0] && column <= a.columns[1]);
}

function styleFormatsOf(styles: Element): string[] {
  const custom = new Map<number, string>();
  const numFmts = child(styles, 'numFmts');
  for (const f of numFmts ? children(numFmts, 'numFmt') : []) custom.set(Number(f.getAttribute('numFmtId')), f.getAttribute('formatCode') ?? 'General');
  const cellXfs = child(styles, 'cellXfs');
  return (cellXfs ? children(cellXfs, 'xf') : []).map((xf) => formatCode(Number(xf.getAttribute('numFmtId') ?? 0), custom));
}

export async function readSheet(pkg: OpcPackage, entry: SheetEntry, workbook: WorkbookParts): Promise<Sheet> {
  const worksheet = (await pkg.readXml(entry.partName)).documentElement!;
  const showZeros = !children(child(worksheet, 'sheetViews') ?? worksheet, 'sheetView').some((v) => v.getAttribute('showZeros') === '0');
  const hiddenColumns = hiddenColumnsOf(worksheet);
  const texts = new Map<string, string>();
  const hiddenRows = new Set<number>();
  let maxRow = 0;
  let maxColumn = 0;
  const sheetData = child(worksheet, 'sheetData');
  // Rows and cells may leave out their r attribute: they then follow the one before.
  let r = 0;
  for (const row of sheetData ? children(sheetData, 'row') : []) {
    r = Number(row.getAttribute('r') ?? r + 1) || r + 1;
    if (isHidden(row)) hiddenRows.add(r);
    let column = 0;
    for (const c of children(row, 'c')) {
      column = parseAddress(c.getAttribute('r') ?? '')?.column ?? column + 1;
      if (!inArea(entry.printArea, r, column)) continue;
      const text = cellText(c, workbook, showZeros);
      if (text === '') continue;
      texts.set(`${columnName(column)}${r}`, text);
      maxRow = Math.max(maxRow, r);
      maxColumn = Math.max(maxColumn, column);
    }
  }
  const mergedFrom = mergedRanges(worksheet);
  const rows: SheetCell[][] = [];
  const columns = range(1, maxColumn).filter((c) => !hiddenColumns.has(c));
  for (const r of range(1, maxRow)) {
    if (hiddenRows.has(r)) continue;
    const row = columns.map((c): SheetCell => {
      const address = `${columnName(c)}${r}`;
      const from = mergedFrom.get(address);
      return from ? { text: texts.get(from) ?? '', address, mergedFrom: from } : { text: texts.get(address) ?? '', address };
    });
    if (row.some((cell) => cell.text !== '')) rows.push(row);
  }
  return { name: entry.name, rows };
}

/** The text a cell shows: a shared or inline string, a formula's cached result, a formatted number. */
function cellText(c: Element, workbook: WorkbookParts, showZeros: boolean): string {
  const type = c.getAttribute('t') ?? 'n';
  const value = child(c, 'v')?.textContent ?? '';
  switch (type) {
    case 's':
      return (workbook.sharedStrings[Number(value)] ?? '').trim();
    case 'inlineStr': {
      const is = child(c, 'is');
      return is ? textOf(is).trim() : '';
    }
    case 'b':
      return value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : '';
    case 'str':
    case 'e':
      return value.trim();
    default: {
      if (value === '') return '';
      const number = Number(value);
      const code = workbook.styleFormats[Number(c.getAttribute('s') ?? 0)] ?? 'General';
      return Number.isFinite(number) ? displayNumber(number, code, showZeros) : value;
    }
  }
}

function hiddenColumnsOf(worksheet: Element): Set<number> {
  const hidden = new Set<number>();
  const cols = child(worksheet, 'cols');
  for (const col of cols ? children(cols, 'col') : []) {
    if (!isHidden(col)) continue;
    const min = Number(col.getAttribute('min'));
    // A hidden range running to the sheet's last column (16384) need not be listed one by one.
    const max = Math.min(Number(col.getAttribute('max')), min + 1024);
    for (const c of range(min, max)) hidden.add(c);
  }
  return hidden;
}

/** A row or column the sheet hides (an XML boolean: "1" or "true"). */
function isHidden(element: Element): boolean {
  const hidden = element.getAttribute('hidden');
  return hidden === '1' || hidden === 'true';
}

/** For every cell inside a merged range but its first: that first cell's address. */
function mergedRanges(worksheet: Element): Map<string, string> {
  const mergedFrom = new Map<string, string>();
  const mergeCells = child(worksheet, 'mergeCells');
  for (const m of mergeCells ? children(mergeCells, 'mergeCell') : []) {
    const [from, to] = (m.getAttribute('ref') ?? '').split(':');
    const start = from && parseAddress(from);
    const end = to && parseAddress(to);
    if (!start || !end) continue;
    const origin = `${columnName(start.column)}${start.row}`;
    for (const r of range(start.row, Math.min(end.row, start.row + 1024))) {
      for (const c of range(start.column, Math.min(end.column, start.column + 256))) {
        const address = `${columnName(c)}${r}`;
        if (address !== origin) mergedFrom.set(address, origin);
      }
    }
  }
  return mergedFrom;
}

function range(from: number, to: number): number[] {
  return to < from ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** "B5" → row 5, column 2. */
export function parseAddress(address: string): { row: number; column: number } | undefined {
  const m = /^([A-Z]{1,3})(\d{1,7})$/.exec(address);
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

/** 2 → "B", 28 → "AB". */
export function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
