import type { TextUnit } from '../extract/figure.js';
import type { MarkerStyle } from '../model/numbering-markers.js';
import type { DocumentKind } from './kind.js';

/**
 * The numbering styles of the section tree: the markers' and 'project', a project name line
 * followed by a "2024年绩效评价报告" line (between 附件 and 一、).
 */
export type NumberingStyle = MarkerStyle | 'project';

export interface Section {
  style: NumberingStyle;
  /** The numbering as written ("一、", "（二）", "附件3"); the project name for 'project'. */
  marker: string;
  /** Ordinal value of the marker (一 → 1, ③ → 3); 0 for project titles. */
  number: number;
  /** The heading text after the marker (may be the whole line). */
  title: string;
  /** The unit the heading is in, and the offsets of the marker in it. */
  source: TextUnit;
  markerStart: number;
  markerEnd: number;
  /** Index into Structure.units of the heading's unit. */
  unitIndex: number;
  parent?: Section;
  children: Section[];
}

/** A project report (绩效评价报告) inside the document. */
export interface Project {
  /** The project name as its title line gives it. */
  name: string;
  /** The "2024年绩效评价报告" line, and the year it names. */
  titleSource: TextUnit;
  year?: number;
  section: Section;
}

/** Where a unit sits: its innermost section and the project report it belongs to, if any. */
export interface Scope {
  section?: Section;
  project?: Project;
}

export interface Structure {
  /** What kind of document this is, from its titles. */
  kind: DocumentKind;
  /** Report year from the titles (or --year); the execution year of a 预算执行情况和预算草案 report. */
  reportYear?: number;
  /**
   * The years the document may name as its own (titles, budget figures, year-end dates): the
   * report year, and for a 预算执行情况和预算草案 report the budget year after it. Empty when
   * the report year is unknown.
   */
  years: number[];
  /** Top-level sections; each holds its children. */
  sections: Section[];
  projects: Project[];
  /** Every text unit in reading order with its scope. */
  units: { unit: TextUnit; scope: Scope }[];
}
