import { textUnits, type Document, type Paragraph } from '../model/document.js';
import { normalizeDigits } from '../extract/numbers.js';
import { markerAt } from '../model/numbering-markers.js';
import { RANK } from './numbering.js';
import { coveredYears, readKind } from './kind.js';
import type { Project, Scope, Section, Structure } from './types.js';

export interface StructureOptions {
  /** Report year given on the command line; wins over the year read from the titles. */
  year?: number;
}

/** "2024年绩效评价报告", "2024年度部门整体绩效自评报告": the title line of a project report. */
const PROJECT_TITLE = /^(?<name>[^，。；：]{0,40}?)(?<year>(?:19|20)\d{2})年度?(?<kind>[^，。；：\d]{0,16}?绩效(?:评价|自评)报告)$/;

/** Titles that name the report's own year: "2024年度部门决算", "2025年部门预算", project titles. */
const YEAR_IN_TITLE = /((?:19|20)\d{2})年度?[^，。；：\d]{0,20}?(?:决算|预算|绩效(?:评价|自评)报告)/;

/** A project's name line: short, not numbered, not a sentence. */
function looksLikeProjectName(p: Paragraph | undefined): p is Paragraph {
  if (!p) return false;
  const text = p.text.trim();
  return text.length > 0 && text.length <= 40 && !/[。；：，]$/.test(text) && !markerAt(text);
}

/**
 * Builds the section tree from Chinese numbering (第一部分, 附件N, project titles, 一、, （一）,
 * 1., （1）, ①), finds the report year, and gives every text unit its scope.
 */
export function buildStructure(doc: Document, options: StructureOptions = {}): Structure {
  const sections: Section[] = [];
  const projects: Project[] = [];
  const units: Structure['units'] = [];
  const open: Section[] = [];
  let project: Project | undefined;
  let previous: Paragraph | undefined;

  const push = (section: Section): void => {
    while (open.length > 0 && RANK[open[open.length - 1]!.style] >= RANK[section.style]) open.pop();
    const parent = open[open.length - 1];
    section.parent = parent;
    (parent ? parent.children : sections).push(section);
    open.push(section);
  };

  for (const unit of textUnits(doc)) {
    if (unit.kind === 'paragraph') {
      const title = projectTitle(unit, previous);
      if (title) {
        push(title.section);
        project = title.project;
        projects.push(project);
        // The name line was seen as a plain paragraph; it belongs to the project it names.
        const nameUnit = units.find((u) => u.unit === title.section.source);
        if (nameUnit) nameUnit.scope = { section: title.section, project };
      } else {
        const marker = markerAt(unit.text);
        if (marker) {
          if (marker.style === 'part' || marker.style === 'annex') project = undefined;
          push({
            style: marker.style,
            marker: marker.text,
            number: marker.number,
            title: unit.text.slice(marker.end).trim(),
            source: unit,
            markerStart: marker.start,
            markerEnd: marker.end,
            unitIndex: units.length,
            children: [],
          });
        }
      }
      previous = unit;
    }
    const scope: Scope = { section: open[open.length - 1], project };
    units.push({ unit, scope });
  }

  const { kind, year: titleYear } = readKind(doc);
  const year = options.year ?? titleYear ?? votedYear(doc);
  return { kind, reportYear: year, years: coveredYears(kind, year), sections, projects, units };

  function projectTitle(unit: Paragraph, before: Paragraph | undefined): { section: Section; project: Project } | undefined {
    const m = PROJECT_TITLE.exec(normalizeDigits(unit.text.trim()));
    if (!m?.groups) return undefined;
    const inline = m.groups['name']!.trim();
    const nameSource = inline ? unit : looksLikeProjectName(before) ? before : undefined;
    if (!nameSource) return undefined;
    const name = inline || nameSource.text.trim();
    const section: Section = {
      style: 'project',
      marker: name,
      number: 0,
      title: unit.text.trim(),
      source: nameSource,
      markerStart: nameSource.text.indexOf(name),
      markerEnd: nameSource.text.indexOf(name) + name.length,
      unitIndex: units.findIndex((u) => u.unit === nameSource),
      children: [],
    };
    if (section.unitIndex < 0) section.unitIndex = units.length;
    return { section, project: { name, titleSource: unit, year: Number(m.groups['year']), section } };
  }
}

/**
 * The year the report is about: the execution year of a 预算执行情况和预算草案 report (its
 * title names it first), else the year its titles name most often.
 */
export function reportYear(doc: Document): number | undefined {
  return readKind(doc).year ?? votedYear(doc);
}

/**
 * The year most often named by the titles (part headings, project report titles). A single
 * stray "2023年绩效评价报告" among 2024 ones is outvoted; ties go to the first title.
 */
function votedYear(doc: Document): number | undefined {
  const votes = new Map<number, number>();
  let first: number | undefined;
  for (const unit of textUnits(doc)) {
    if (unit.kind !== 'paragraph' || unit.text.length > 60) continue;
    const m = YEAR_IN_TITLE.exec(normalizeDigits(unit.text));
    if (!m) continue;
    const year = Number(m[1]);
    first ??= year;
    votes.set(year, (votes.get(year) ?? 0) + 1);
  }
  let best = first;
  for (const [year, count] of votes) if (best === undefined || count > votes.get(best)!) best = year;
  return best;
}
