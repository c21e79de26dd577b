import type { Document } from '../model/document.js';
import type { DocumentKind } from '../structure/kind.js';
import type { Structure } from '../structure/types.js';
import { isGovernmentReport } from '../structure/kind.js';
import { readStandardTables, type ReportTables } from '../tables/index.js';
import type { Figure, TextUnit } from './figure.js';

/**
 * Everything rules read about one document. Statement extractors (totals with parts,
 * shares, changes …) are computed on first use and shared by every rule that asks:
 * `facts.of(extractTotals)`.
 */
export class Facts {
  private readonly cache = new Map<(facts: Facts) => unknown, unknown>();

  constructor(
    readonly doc: Document,
    readonly structure: Structure,
    /** Figures of each text unit, keyed by the unit. */
    readonly figures: Map<TextUnit, Figure[]>,
  ) {}

  get reportYear(): number | undefined {
    return this.structure.reportYear;
  }

  get kind(): DocumentKind {
    return this.structure.kind;
  }

  /** The years the document may name as its own (see Structure.years). */
  get years(): number[] {
    return this.structure.years;
  }

  /**
   * The standard tables of a department's report (收入支出决算总表 …), read on first use. A
   * government's reports have none: their tables share titles (一般公共预算收入决算表) but not
   * the department template the table rules check.
   */
  get tables(): ReportTables {
    return this.of(standardTables);
  }

  figuresOf(unit: TextUnit): Figure[] {
    return this.figures.get(unit) ?? [];
  }

  of<T>(extract: (facts: Facts) => T): T {
    if (!this.cache.has(extract)) this.cache.set(extract, extract(this));
    return this.cache.get(extract) as T;
  }
}

function standardTables(facts: Facts): ReportTables {
  return isGovernmentReport(facts.structure.kind) ? { tables: [] } : readStandardTables(facts.doc);
}
