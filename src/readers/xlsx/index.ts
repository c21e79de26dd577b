/**
 * The spreadsheet reader (.xlsx): every visible sheet becomes a table, each cell as the
 * spreadsheet shows it (number formats applied, zeros hidden where the sheet hides them), a
 * merged range's text given to every slot it covers (marked as merged copies, as in .docx).
 * Hidden sheets, rows and columns are left out: they are not what the publisher shows.
 *
 * A sheet's title rows (rows above the table with one piece of text, such as the table's
 * name or "单位：万元") and its note rows below become paragraphs before and after the table,
 * where the .docx and PDF readers find a table's title and notes; a sheet without a title
 * row gets a paragraph holding the sheet's name.
 *
 * Locations: the sheet and the cell address ("B5") as the spreadsheet shows them, and
 * line/column in the plain-text rendering (`--print-text`).
 *
 * The package is read with the same zip and XML code as .docx, rather than a spreadsheet
 * library: those on the npm registry that keep merged cells and number formats either carry
 * advisories without a fixed release there (SheetJS) or are no longer maintained (exceljs).
 */
import type { Localized } from '../../lint/types.js';
import type { Block, Cell, Document, Paragraph, Table } from '../../model/document.js';
import { locateInRendering } from '../../model/render-text.js';
import { readError } from '../errors.js';
import { BROKEN_ZIP, OpcPackage } from '../ooxml/package.js';
import { XmlPartError } from '../ooxml/xml.js';
import { readSheet, readWorkbookParts, type Sheet, type SheetCell } from './sheets.js';

const NO_WORKBOOK: Localized = { zh: '缺少工作簿部分 xl/workbook.xml', en: 'the workbook part xl/workbook.xml is missing' };
const UNREADABLE_CONTENT: Localized = { zh: '表格内容无法解析', en: 'its content cannot be parsed' };

export async function readXlsx(bytes: Buffer, filePath: string): Promise<Document> {
  let pkg: OpcPackage;
  try {
    pkg = await OpcPackage.open(bytes);
  } catch {
    throw readError('corrupt-xlsx', filePath, { problem: BROKEN_ZIP });
  }
  const workbookPart = await pkg.mainPartName('xl/workbook.xml');
  if (!pkg.has(workbookPart)) throw readError('corrupt-xlsx', filePath, { problem: NO_WORKBOOK });
  let sheets: Sheet[];
  try {
    const workbook = await readWorkbookParts(pkg, workbookPart);
    sheets = [];
    for (const entry of workbook.sheets) sheets.push(await readSheet(pkg, entry, workbook));
  } catch (error) {
    if (error instanceof XmlPartError) throw readError('corrupt-xlsx', filePath, { problem: UNREADABLE_CONTENT });
    throw error;
  }
  const { blocks, copies } = blocksOf(sheets);
  if (blocks.length === 0) throw readError('empty', filePath, { noText: true });
  return { path: filePath, format: 'xlsx', blocks, rendering: locateInRendering(blocks, copies) };
}

/** Each sheet's title rows, table and note rows, in sheet order. */
function blocksOf(sheets: Sheet[]): { blocks: Block[]; copies: Map<Cell, Cell> } {
  const blocks: Block[] = [];
  const copies = new Map<Cell, Cell>();
  let paragraphs = 0;
  let tables = 0;
  const paragraph = (text: string, sheet: string, cell?: string): Paragraph => {
    paragraphs += 1;
    return { kind: 'paragraph', heading: false, text, segments: [], place: { paragraph: paragraphs, sheet, ...(cell ? { cell } : {}) } };
  };
  for (const sheet of sheets) {
    const rows = sheet.rows;
    const lonesOf = (part: SheetCell[][]): Paragraph[] =>
      part.map((row) => {
        const lone = loneText(row)!;
        return paragraph(lone.text, sheet.name, lone.address);
      });
    let first = 0;
    while (first < rows.length && loneText(rows[first]!) !== undefined) first += 1;
    let last = rows.length - 1;
    while (last > first && loneText(rows[last]!) !== undefined) last -= 1;

    if (first === 0 && rows.length > 0) blocks.push({ ...paragraph(sheet.name, sheet.name), heading: true });
    blocks.push(...lonesOf(rows.slice(0, first)));
    // A sheet of lone texts only (a cover, a contents page) is paragraphs.
    if (first === rows.length) continue;
    tables += 1;
    const table: Table = { kind: 'table', table: tables, rows: [] };
    const cellAt = new Map<string, Cell>();
    rows.slice(first, last + 1).forEach((row, r) => {
      table.rows.push(
        row.map((slot, c) => {
          const cell: Cell = {
            kind: 'cell',
            text: slot.text,
            segments: [],
            place: { table: tables, row: r + 1, column: c + 1, sheet: sheet.name, cell: slot.address },
            merged: slot.mergedFrom !== undefined,
          };
          cellAt.set(slot.address, cell);
          // A merged range starts above or to the left: its first cell is already made.
          const original = slot.mergedFrom === undefined ? undefined : cellAt.get(slot.mergedFrom);
          if (original) copies.set(cell, original);
          return cell;
        }),
      );
    });
    blocks.push(table, ...lonesOf(rows.slice(last + 1)));
  }
  return { blocks, copies };
}

/** The one piece of text of a row that holds one (a title, a unit line, a note), if so. */
function loneText(row: SheetCell[]): SheetCell | undefined {
  const written = row.filter((c) => c.text !== '' && c.mergedFrom === undefined);
  return written.length === 1 ? written[0] : undefined;
}
