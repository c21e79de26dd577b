import type { Diagnostic, Lang, Localized } from '../lint/types.js';
import type { SourceFormat } from '../model/document.js';

/**
 * The outcome of checking one file: its findings, or why it could not be checked.
 * Plain data, so it can cross a worker-thread boundary.
 */
export interface FileResult {
  /** Absolute path. */
  filePath: string;
  /** Format the file was read as; absent when it could not be read. */
  format?: SourceFormat;
  diagnostics: Diagnostic[];
  /** Why the file could not be checked (unreadable, or an internal failure). */
  fatal?: Localized;
  /** The report year (from the titles, or --year), for reporters that list it (csv). */
  reportYear?: number;
  /**
   * The text that line/column locations refer to (the file's own text for .txt/.md, the
   * plain-text rendering for .docx). Kept only when a reporter shows it (html).
   */
  text?: string;
}

export interface ReportContext {
  lang: Lang;
  /** Whether to colour the output. */
  color: boolean;
  /** Directory that displayed paths are relative to. */
  cwd: string;
}

/** Turns results into the text printed on stdout ('' for nothing). */
export type Reporter = (results: FileResult[], context: ReportContext) => string;
