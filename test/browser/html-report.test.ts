/**
 * The HTML report in a real browser: Debian's Chromium (scripts/install-test-tools.sh) driven by
 * playwright-core, which brings no browser of its own. Without Chromium the test is skipped,
 * saying so, except in CI (CI set), where it must run.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonResult } from '../../src/reporters/json.js';
import { cli } from '../cli/helpers.js';

const CHROMIUM = '/usr/bin/chromium';
/** A long report (over 300 lines), so its last findings lie far below the first screen. */
const SAMPLE = fileURLToPath(new URL('../../samples/planted-report.txt', import.meta.url));
/** Headless, and quiet: without the networking flags Chromium keeps calling out on a closed network. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const BROWSER_TIMEOUT = 120_000;

const haveChromium = existsSync(CHROMIUM);
const inCi = Boolean(process.env['CI']);
if (!haveChromium && !inCi) {
  console.warn(`Skipping the HTML report browser test: ${CHROMIUM} not found. Install it with scripts/install-test-tools.sh.`);
}

describe.skipIf(!haveChromium && !inCi)('the HTML report in Chromium', () => {
  let work: string;
  let context: BrowserContext;
  let page: Page;
  let json: JsonResult;
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`CI is set but ${CHROMIUM} is missing: run scripts/install-test-tools.sh first (.ci/run does).`);
    work = await mkdtemp(path.join(tmpdir(), 'budget-lint-browser-'));
    const written = await cli(['--format', 'html', '-o', 'report.html', SAMPLE], { cwd: work });
    expect([written.code, written.stdout, written.stderr]).toEqual([1, '', '']);
    const printed = await cli(['--format', 'json', SAMPLE], { cwd: work });
    json = (JSON.parse(printed.stdout) as JsonResult[])[0]!;

    context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(path.join(work, 'report.html')).href, { waitUntil: 'load' });
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    await context?.close();
    if (work) await rm(work, { recursive: true, force: true });
  }, BROWSER_TIMEOUT);

  it('loads without console errors and fetches nothing but itself', () => {
    expect(problems).toEqual([]);
    expect(requests).toEqual([pathToFileURL(path.join(work, 'report.html')).href]);
  });

  it('shows the same counts as the JSON output', async () => {
    expect(json.errorCount).toBeGreaterThan(0);
    expect(json.warningCount).toBeGreaterThan(0);
    expect(await page.locator('[data-count="error"]').textContent()).toBe(String(json.errorCount));
    expect(await page.locator('[data-count="warning"]').textContent()).toBe(String(json.warningCount));
    expect(await page.locator('li.finding').count()).toBe(json.messages.length);
    expect(await page.locator('#shown-count').textContent()).toBe(String(json.messages.length));
  });

  it('scrolls to a finding’s highlight when the finding is clicked in the list', async () => {
    const id = await lastHighlightedFinding(page);
    const link = page.locator(`li.finding[data-finding="${id}"] a.goto`);
    await link.scrollIntoViewIfNeeded();
    expect(await highlightOnScreen(page, id)).toBe(false);

    await link.click();
    await expect.poll(() => highlightOnScreen(page, id)).toBe(true);
    expect(await page.locator(`mark[data-findings~="${id}"]`).first().getAttribute('class')).toContain('current');
    expect(problems).toEqual([]);
  });

  it('hides the findings and highlights of a rule that is unticked', async () => {
    const rule = json.messages.find((m) => m.ruleId === 'sum-of-parts')!.ruleId!;
    const ofRule = json.messages.filter((m) => m.ruleId === rule).length;
    const box = page.locator(`input[data-rule-filter="${rule}"]`);
    const items = page.locator(`li.finding[data-rule="${rule}"]`);

    await box.uncheck();
    expect(await items.evaluateAll((list) => list.every((li) => (li as HTMLElement).hidden))).toBe(true);
    expect(await page.locator('#shown-count').textContent()).toBe(String(json.messages.length - ofRule));
    const firstId = await items.first().getAttribute('data-finding');
    expect(await page.locator(`mark[data-findings="${firstId}"]`).first().getAttribute('class')).toContain('off');
    expect(await page.locator('li.finding:not([hidden])').count()).toBe(json.messages.length - ofRule);

    await box.check();
    expect(await page.locator('li.finding:not([hidden])').count()).toBe(json.messages.length);
    expect(await page.locator(`mark[data-findings="${firstId}"]`).first().getAttribute('class')).not.toContain('off');
    expect(problems).toEqual([]);
  });
});

/** The id of the last finding in the list that has a highlighted span in the text. */
async function lastHighlightedFinding(page: Page): Promise<string> {
  const ids = await page.locator('li.finding').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['finding']!));
  for (const id of ids.reverse()) {
    if ((await page.locator(`mark[data-findings~="${id}"]`).count()) > 0) return id;
  }
  throw new Error('no finding has a highlight');
}

/** Whether the first highlight of a finding lies within the browser window. */
async function highlightOnScreen(page: Page, id: string): Promise<boolean> {
  return page.locator(`mark[data-findings~="${id}"]`).first().evaluate((mark) => {
    const box = mark.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  });
}
