/**
 * SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html), the format
 * code-scanning services read: one run whose driver lists every rule with its documentation,
 * one result per finding, and the files that could not be read as tool execution
 * notifications. Columns are UTF-16 code units and end columns point just past the last
 * character, as SARIF's defaults have them, so locations pass through unchanged.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rules as allRules } from '../../rules/index.js';
import { placeHint } from '../i18n/messages.js';
import type { Diagnostic, Lang, Localized, RuleMeta, Severity, SeveritySetting } from '../lint/types.js';
import { packagePath, packageVersion, readPackageFile } from './package-info.js';
import type { FileResult, ReportContext, Reporter } from './types.js';
import { isRendered } from '../model/document.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** The base that relative artifact URIs are resolved against: the folder budget-lint ran in. */
const SOURCE_ROOT = '%SRCROOT%';

type SarifLevel = 'error' | 'warning' | 'note';

interface SarifMessage {
  text: string;
  markdown?: string;
}

interface SarifArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

export interface SarifReportingDescriptor {
  id: string;
  shortDescription?: SarifMessage;
  fullDescription?: SarifMessage;
  help?: SarifMessage;
  helpUri?: string;
  defaultConfiguration?: { enabled: boolean; level?: SarifLevel };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: {
    physicalLocation: {
      artifactLocation: SarifArtifactLocation;
      region: {
        startLine: number;
        startColumn: number;
        endLine: number;
        endColumn: number;
        snippet: { text: string };
      };
    };
    /** For .docx: the paragraph or table cell, as Word numbers them. */
    logicalLocations?: { name: string; kind: string }[];
    properties?: { place: Diagnostic['location']; renderedText: true };
  }[];
}

export interface SarifNotification {
  level: 'error';
  message: SarifMessage;
  locations: { physicalLocation: { artifactLocation: SarifArtifactLocation } }[];
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: { driver: { name: string; version: string; semanticVersion: string; rules: SarifReportingDescriptor[] } };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: SarifNotification[] }[];
    originalUriBaseIds: Record<string, { uri: string }>;
    language: string;
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
  }[];
}

export const sarif: Reporter = (results, context) => `${JSON.stringify(sarifLog(results, context), null, 2)}\n`;

/** The SARIF log for these results (exported for tests and embedding). */
export function sarifLog(results: FileResult[], { lang, cwd }: ReportContext): SarifLog {
  const version = packageVersion();
  const catalogue = new RuleCatalogue(lang);
  const findings = results.flatMap((r) => r.diagnostics.map((d) => sarifResult(d, r, catalogue, cwd, lang)));
  const notifications = results.filter((r) => r.fatal).map((r) => unreadableNotification(r, r.fatal!, cwd, lang));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'budget-lint', version, semanticVersion: version, rules: catalogue.descriptors } },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: folderUri(cwd) } },
        language: lang === 'zh' ? 'zh-CN' : 'en-US',
        columnKind: 'utf16CodeUnits',
        results: findings,
      },
    ],
  };
}

function sarifResult(d: Diagnostic, file: FileResult, catalogue: RuleCatalogue, cwd: string, lang: Lang): SarifResult {
  const location: SarifResult['locations'][number] = {
    physicalLocation: {
      artifactLocation: artifactLocation(file.filePath, cwd),
      region: {
        startLine: d.line,
        startColumn: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        snippet: { text: d.excerpt },
      },
    },
  };
  if (isRendered(file.format)) {
    // Line and column refer to the plain-text rendering (--print-text); readers of the file need the place.
    location.logicalLocations = [{ name: placeHint(d.location)[lang], kind: 'element' }];
    location.properties = { place: d.location, renderedText: true };
  }
  return {
    ruleId: d.ruleId,
    ruleIndex: catalogue.indexOf(d.ruleId),
    level: LEVEL[d.severity],
    message: { text: d.message[lang] },
    locations: [location],
  };
}

function unreadableNotification(file: FileResult, reason: Localized, cwd: string, lang: Lang): SarifNotification {
  return {
    level: 'error',
    message: { text: reason[lang] },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(file.filePath, cwd) } }],
  };
}

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * A file inside the folder budget-lint ran in is named relative to it (as code-scanning
 * services expect, so they can match it to the repository); any other by its file: URI.
 */
function artifactLocation(filePath: string, cwd: string): SarifArtifactLocation {
  const relative = path.relative(cwd, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return { uri: pathToFileURL(filePath).href };
  }
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * The driver's rule list: every rule budget-lint knows, in its own order, then any rule id a
 * finding carries that is not among them (results must point at a descriptor by index).
 */
class RuleCatalogue {
  readonly descriptors: SarifReportingDescriptor[];
  private readonly index = new Map<string, number>();

  constructor(private readonly lang: Lang) {
    this.descriptors = allRules.map((rule) => ruleDescriptor(rule.meta, lang));
    this.descriptors.forEach((descriptor, i) => this.index.set(descriptor.id, i));
  }

  indexOf(ruleId: string): number {
    const known = this.index.get(ruleId);
    if (known !== undefined) return known;
    this.descriptors.push({ id: ruleId, shortDescription: { text: ruleId } });
    this.index.set(ruleId, this.descriptors.length - 1);
    return this.descriptors.length - 1;
  }
}

function ruleDescriptor(meta: RuleMeta, lang: Lang): SarifReportingDescriptor {
  const page = readPackageFile(meta.docs);
  const pagePath = page === undefined ? undefined : packagePath(meta.docs);
  const descriptor: SarifReportingDescriptor = {
    id: meta.id,
    shortDescription: { text: meta.description[lang] },
    fullDescription: { text: (page === undefined ? undefined : leadParagraph(page)) ?? meta.description[lang] },
    defaultConfiguration: defaultConfiguration(meta.defaultSeverity),
  };
  if (page !== undefined) descriptor.help = { text: page, markdown: page };
  if (pagePath !== undefined) descriptor.helpUri = pathToFileURL(pagePath).href;
  return descriptor;
}

function defaultConfiguration(setting: SeveritySetting): SarifReportingDescriptor['defaultConfiguration'] {
  return setting === 'off' ? { enabled: false } : { enabled: true, level: LEVEL[setting] };
}

/**
 * The first paragraph of prose on a rule's page (after its title and the severity line):
 * what the rule checks, in a sentence or two.
 */
export function leadParagraph(markdown: string): string | undefined {
  const paragraphs = markdown.split(/\r?\n\s*\r?\n/).map((p) => p.trim());
  const prose = paragraphs.find((p) => p !== '' && !/^(#|\*\*|```|[-*] |\|)/.test(p));
  return prose?.replace(/\s*\r?\n\s*/g, ' ');
}
