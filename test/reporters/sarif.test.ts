import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { SARIF_SCHEMA, sarif, sarifLog, type SarifLog } from '../../src/reporters/sarif.js';
import { cli, scratch, UNREADABLE, WRONG_TOTAL } from '../cli/helpers.js';
import { infoNote, result, shareWarning, sumError, unreadable } from './fixtures.js';

const zh = { lang: 'zh', color: false, cwd: '/reports' } as const;
/** The shared note fixture ends on the line it starts on. */
const note = { ...infoNote, endLine: infoNote.line };
const en = { ...zh, lang: 'en' } as const;

/**
 * Checks the parts of a log that budget-lint writes against SARIF 2.1.0 (§3 of the spec and
 * its JSON schema): required properties, enumerations, minimums, and no property the schema
 * does not define (its objects are closed with additionalProperties: false).
 */
function sarifProblems(log: SarifLog): string[] {
  const problems: string[] = [];
  const allowed = (where: string, value: object, names: string[]): void => {
    for (const key of Object.keys(value)) if (!names.includes(key)) problems.push(`${where}: unknown property ${key}`);
  };
  const required = (where: string, value: Record<string, unknown>, names: string[]): void => {
    for (const name of names) if (value[name] === undefined) problems.push(`${where}: missing ${name}`);
  };
  const message = (where: string, m: { text?: unknown; markdown?: unknown } | undefined): void => {
    if (m === undefined) return;
    allowed(where, m, ['text', 'markdown', 'id', 'arguments', 'properties']);
    if (typeof m.text !== 'string') problems.push(`${where}: text must be a string`);
  };
  const isUriReference = (uri: string): boolean => !/[\s"<>\\^`{|}]/.test(uri) && /^[\x21-\x7e]+$/.test(uri);
  const artifactLocation = (where: string, a: { uri: string; uriBaseId?: string }): void => {
    allowed(where, a, ['uri', 'uriBaseId', 'index', 'description', 'properties']);
    if (!isUriReference(a.uri)) problems.push(`${where}: uri is not a URI reference: ${a.uri}`);
    if (a.uriBaseId === undefined && !/^[a-z][a-z0-9+.-]*:/.test(a.uri)) problems.push(`${where}: relative uri without uriBaseId`);
  };

  allowed('log', log, ['$schema', 'version', 'runs', 'inlineExternalProperties', 'properties']);
  required('log', log as unknown as Record<string, unknown>, ['version', 'runs']);
  if (log.version !== '2.1.0') problems.push('log: version must be 2.1.0');
  log.runs.forEach((run, r) => {
    const at = `runs[${r}]`;
    required(at, run as unknown as Record<string, unknown>, ['tool']);
    const driver = run.tool.driver;
    allowed(`${at}.tool.driver`, driver, ['name', 'version', 'semanticVersion', 'informationUri', 'rules', 'notifications', 'properties']);
    if (!driver.name) problems.push(`${at}.tool.driver: missing name`);
    if (!/^\d+\.\d+\.\d+/.test(driver.semanticVersion)) problems.push(`${at}.tool.driver: semanticVersion is not semver`);
    const ids = driver.rules.map((d) => d.id);
    if (new Set(ids).size !== ids.length) problems.push(`${at}: duplicate rule ids`);
    driver.rules.forEach((d, i) => {
      const where = `${at}.rules[${i}]`;
      allowed(where, d, ['id', 'name', 'shortDescription', 'fullDescription', 'help', 'helpUri', 'defaultConfiguration', 'properties']);
      if (!d.id) problems.push(`${where}: missing id`);
      message(`${where}.shortDescription`, d.shortDescription);
      message(`${where}.fullDescription`, d.fullDescription);
      message(`${where}.help`, d.help);
      if (d.helpUri !== undefined && !/^[a-z]+:\/\//.test(d.helpUri)) problems.push(`${where}: helpUri must be absolute`);
      const level = d.defaultConfiguration?.level;
      if (level !== undefined && !['none', 'note', 'warning', 'error'].includes(level)) problems.push(`${where}: bad level`);
    });
    allowed(at, run, ['tool', 'invocations', 'originalUriBaseIds', 'language', 'columnKind', 'results', 'artifacts', 'properties']);
    if (!/^[a-zA-Z]{2}(-[a-zA-Z]{2})?$/.test(run.language)) problems.push(`${at}: bad language`);
    if (!['utf16CodeUnits', 'unicodeCodePoints'].includes(run.columnKind)) problems.push(`${at}: bad columnKind`);
    for (const [id, base] of Object.entries(run.originalUriBaseIds)) {
      if (!base.uri.endsWith('/')) problems.push(`${at}.originalUriBaseIds.${id}: uri must end with /`);
    }
    run.invocations.forEach((inv, i) => {
      const where = `${at}.invocations[${i}]`;
      allowed(where, inv, ['executionSuccessful', 'toolExecutionNotifications', 'exitCode', 'properties']);
      if (typeof inv.executionSuccessful !== 'boolean') problems.push(`${where}: executionSuccessful is required`);
      inv.toolExecutionNotifications.forEach((n, j) => {
        allowed(`${where}.notifications[${j}]`, n, ['message', 'level', 'locations', 'descriptor', 'properties']);
        message(`${where}.notifications[${j}].message`, n.message);
        n.locations.forEach((l) => artifactLocation(`${where}.notifications[${j}]`, l.physicalLocation.artifactLocation));
      });
    });
    run.results.forEach((res, i) => {
      const where = `${at}.results[${i}]`;
      allowed(where, res, ['ruleId', 'ruleIndex', 'level', 'message', 'locations', 'properties']);
      message(`${where}.message`, res.message);
      if (!['none', 'note', 'warning', 'error'].includes(res.level)) problems.push(`${where}: bad level ${res.level}`);
      if (driver.rules[res.ruleIndex]?.id !== res.ruleId) problems.push(`${where}: ruleIndex does not point at ${res.ruleId}`);
      res.locations.forEach((loc, j) => {
        allowed(`${where}.locations[${j}]`, loc, ['physicalLocation', 'logicalLocations', 'message', 'properties']);
        const physical = loc.physicalLocation;
        allowed(`${where}.physicalLocation`, physical, ['artifactLocation', 'region', 'contextRegion', 'properties']);
        artifactLocation(`${where}.artifactLocation`, physical.artifactLocation);
        const region = physical.region;
        allowed(`${where}.region`, region, ['startLine', 'startColumn', 'endLine', 'endColumn', 'snippet', 'message', 'properties']);
        for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn'] as const) {
          if (!Number.isInteger(region[key]) || region[key] < 1) problems.push(`${where}.region: ${key} must be an integer ≥ 1`);
        }
        if (region.endLine < region.startLine) problems.push(`${where}.region: ends before it starts`);
        if (region.endLine === region.startLine && region.endColumn < region.startColumn) problems.push(`${where}.region: ends before it starts`);
        for (const logical of loc.logicalLocations ?? []) allowed(`${where}.logicalLocations`, logical, ['name', 'kind', 'fullyQualifiedName', 'properties']);
      });
    });
  });
  return problems;
}

describe('sarif reporter', () => {
  it('writes a SARIF 2.1.0 log that follows the specification', () => {
    const log = JSON.parse(
      sarif([result('/reports/a.docx', [sumError, shareWarning], 'docx'), result('/reports/b.md', [note], 'md'), unreadable], zh),
    ) as SarifLog;
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(sarifProblems(log)).toEqual([]);
  });

  it('names the tool and lists every rule with its description in the chosen language', async () => {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const driver = sarifLog([], zh).runs[0]!.tool.driver;
    expect(driver.name).toBe('budget-lint');
    expect(driver.version).toBe(pkg.version);
    expect(driver.rules.map((d) => d.id)).toEqual(rules.map((r) => r.meta.id));
    const sumOfParts = driver.rules.find((d) => d.id === 'sum-of-parts')!;
    expect(sumOfParts.shortDescription?.text).toBe(rules.find((r) => r.meta.id === 'sum-of-parts')!.meta.description.zh);
    expect(sumOfParts.defaultConfiguration).toEqual({ enabled: true, level: 'error' });
    const english = sarifLog([], en).runs[0]!;
    expect(english.language).toBe('en-US');
    expect(english.tool.driver.rules.find((d) => d.id === 'sum-of-parts')!.shortDescription?.text).toBe(
      rules.find((r) => r.meta.id === 'sum-of-parts')!.meta.description.en,
    );
  });

  it('carries each rule page as help text and points helpUri at it', async () => {
    const driver = sarifLog([], zh).runs[0]!.tool.driver;
    const page = await readFile(new URL('../../docs/rules/sum-of-parts.md', import.meta.url), 'utf8');
    const sumOfParts = driver.rules.find((d) => d.id === 'sum-of-parts')!;
    expect(sumOfParts.help).toEqual({ text: page, markdown: page });
    expect(sumOfParts.helpUri).toMatch(/^file:\/\/.*\/docs\/rules\/sum-of-parts\.md$/);
    expect(sumOfParts.fullDescription?.text).toMatch(/^A total that the report breaks down into parts/);
    for (const descriptor of driver.rules.filter((d) => d.help === undefined)) {
      // A rule whose page is missing still says what it checks, and points nowhere.
      expect(descriptor.fullDescription?.text).toBe(descriptor.shortDescription?.text);
      expect(descriptor.helpUri).toBeUndefined();
    }
  });

  it('reports each finding with its level, message, region and excerpt', () => {
    const run = sarifLog([result('/reports/2024/a.txt', [sumError, shareWarning, note])], zh).runs[0]!;
    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['sum-of-parts', 'error'],
      ['percent-share', 'warning'],
      ['some-note', 'note'],
    ]);
    const [first] = run.results;
    expect(first!.message.text).toBe(sumError.message.zh);
    expect(first!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: '2024/a.txt', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 12, snippet: { text: '支出合计100万元' } },
    });
    expect(first!.locations[0]!.logicalLocations).toBeUndefined();
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///reports/' } });
    // A rule id budget-lint does not list (here a test's own) still gets a descriptor to point at.
    expect(run.tool.driver.rules[run.results[2]!.ruleIndex]!.id).toBe('some-note');
  });

  it('writes the messages in English with --lang en', () => {
    const run = sarifLog([result('/reports/a.txt', [sumError])], en).runs[0]!;
    expect(run.results[0]!.message.text).toBe(sumError.message.en);
  });

  it('gives the Word paragraph or table cell of a .docx finding as a logical location', () => {
    const run = sarifLog([result('/reports/a.docx', [sumError, shareWarning], 'docx')], zh).runs[0]!;
    expect(run.results.map((r) => r.locations[0]!.logicalLocations)).toEqual([
      [{ name: '第2段', kind: 'element' }],
      [{ name: '表3 第2行第4列', kind: 'element' }],
    ]);
    expect(run.results[1]!.locations[0]!.properties).toEqual({ place: { table: 3, row: 2, column: 4 }, renderedText: true });
    const english = sarifLog([result('/reports/a.docx', [shareWarning], 'docx')], en).runs[0]!;
    expect(english.results[0]!.locations[0]!.logicalLocations).toEqual([{ name: 'table 3 row 2 col 4', kind: 'element' }]);
  });

  it('percent-encodes paths and names files outside the folder by absolute URI', () => {
    const run = sarifLog([result('/reports/2024年 决算#1.txt', [sumError]), result('/elsewhere/b.txt', [sumError])], zh).runs[0]!;
    const [inside, outside] = run.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation);
    expect(inside).toEqual({ uri: '2024%E5%B9%B4%20%E5%86%B3%E7%AE%97%231.txt', uriBaseId: '%SRCROOT%' });
    expect(decodeURIComponent(inside!.uri)).toBe('2024年 决算#1.txt');
    expect(outside).toEqual({ uri: 'file:///elsewhere/b.txt' });
  });

  it('lists a file that could not be read as an error notification, not as a result', () => {
    const run = sarifLog([unreadable, result('/reports/a.txt', [])], zh).runs[0]!;
    expect(run.results).toEqual([]);
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: unreadable.fatal!.zh },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'scan.pdf', uriBaseId: '%SRCROOT%' } } }],
          },
        ],
      },
    ]);
    expect(sarifLog([result('/reports/a.txt', [])], zh).runs[0]!.invocations[0]!.executionSuccessful).toBe(true);
  });
});

describe('budget-lint --format sarif', () => {
  let dir: string;
  let remove: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, remove } = await scratch({ 'reports/wrong.txt': WRONG_TOTAL, 'reports/empty.txt': UNREADABLE['empty.txt']! }));
  });
  afterAll(() => remove());

  it('prints a log with the finding located in the file, relative to the current folder', async () => {
    const { code, stdout, stderr } = await cli(['--format', 'sarif', 'reports/wrong.txt'], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const log = JSON.parse(stdout) as SarifLog;
    expect(sarifProblems(log)).toEqual([]);
    const [finding] = log.runs[0]!.results;
    expect(finding!.ruleId).toBe('sum-of-parts');
    expect(finding!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('reports/wrong.txt');
    expect(finding!.locations[0]!.physicalLocation.region.startLine).toBe(1);
  });

  it('still writes the log when a file cannot be read, and exits 2', async () => {
    const { code, stdout, stderr } = await cli(['--format=sarif', 'reports'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain('empty.txt');
    const run = (JSON.parse(stdout) as SarifLog).runs[0]!;
    expect(run.results).toHaveLength(1);
    expect(run.invocations[0]!.toolExecutionNotifications.map((n) => n.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual([
      'reports/empty.txt',
    ]);
  });
});
