import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../audit/auditTypes';
import { localChromiumDecision } from '../testing/chromiumDecision';
import { renderHtmlReport } from './renderHtmlReport';
import { auditReportFixture } from './testing';

// The report of the hand-built fixture audit, opened in Debian's headless Chromium with
// JavaScript off: what a person sees is HTML, CSS and the SVG that ECharts drew on the server.
// Expected figures are the fixture's own (see ./testing.ts).

// The test output (report and screenshot) goes to packages/adapters/cli/test-output/ (not committed).
const outputDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-output');
const reportFile = join(outputDir, 'report.html');
const screenshotFile = join(outputDir, 'report.png');
const fixture = auditReportFixture();
const report: AuditReport = {
  ...fixture,
  dealer: { ...fixture.dealer, name: 'Huaxia Motors <b>&" Hangzhou' },
};

/** The browser's `window`, as far as these tests use it (the workspace compiles without the DOM lib). */
interface StyleWindow {
  getComputedStyle(element: unknown): { readonly backgroundColor: string };
}

/** Points and bars: the ECharts SSR elements of the first series, one per drawn data item. */
const dataItems = (chart: Locator): Locator =>
  chart.locator('svg [ecmeta_series_index="0"][ecmeta_data_index]');

async function boxes(items: Locator): Promise<{ x: number; y: number; width: number; height: number }[]> {
  const found = [];
  for (const item of await items.all()) {
    const box = await item.boundingBox();
    if (box === null) throw new Error('a chart item is not rendered');
    found.push(box);
  }
  return found;
}

function browserSuite(executablePath: string): void {
  let browser: Browser | undefined;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(outputDir, { recursive: true });
    rmSync(screenshotFile, { force: true });
    writeFileSync(reportFile, renderHtmlReport(report, { lang: 'en' }));
    browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(reportFile).href);
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('loads nothing but the file itself, without an error', () => {
    expect(requests).toEqual([pathToFileURL(reportFile).href]);
    expect(errors).toEqual([]);
  });

  it('shows the header: the dealer name as text, the period and the counts', async () => {
    expect(await page.getByTestId('dealer-name').textContent()).toBe(
      'Huaxia Motors <b>&" Hangzhou (D0571 · Huaxia · Asia/Shanghai · CNY)',
    );
    expect(await page.getByTestId('report-period').textContent()).toBe('2024-01-01 – 2024-06-30');
    expect(await page.getByTestId('rejections-count').textContent()).toBe('3');
    expect(await page.getByTestId('inputs-table-row').nth(0).locator('td').allInnerTexts()).toEqual([
      'repairOrders',
      '2,400',
      '2,398',
      '2',
    ]);
  });

  it('renders each of the five charts as an SVG with a size', async () => {
    expect(await page.locator('svg').count()).toBe(5);
    for (const id of [
      'trend-chart-ro.comeback',
      'trend-chart-tech.efficiency',
      'trend-chart-ro.dwell',
      'abc-chart',
      'ageing-chart',
    ]) {
      const box = await page.getByTestId(id).locator('svg').boundingBox();
      expect(box?.width, id).toBeGreaterThan(100);
      expect(box?.height, id).toBeGreaterThan(100);
    }
  });

  it('draws a point per month with a value, placed by its value, and the target line', async () => {
    const comeback = page.getByTestId('trend-chart-ro.comeback');
    // 2.4, 2.1, (March: none), 1.9, 1.7, 1.6: five points, each lower on the chart than the last.
    const points = await boxes(dataItems(comeback));
    expect(points).toHaveLength(5);
    for (const [index, point] of points.entries()) {
      expect(point.width).toBeGreaterThan(0);
      if (index > 0) expect(point.y).toBeGreaterThan(points[index - 1]?.y ?? Number.POSITIVE_INFINITY);
    }
    expect(await comeback.locator('text').allTextContents()).toEqual(
      expect.arrayContaining(['2.4', '2.1', '1.9', '1.7', '1.6', 'Target 2']),
    );
    // 101.0 … 107.0, rising every month: each point higher (smaller y) than the last.
    const efficiency = await boxes(dataItems(page.getByTestId('trend-chart-tech.efficiency')));
    expect(efficiency).toHaveLength(6);
    for (let index = 1; index < efficiency.length; index += 1) {
      expect(efficiency[index]?.y).toBeLessThan(efficiency[index - 1]?.y ?? Number.NEGATIVE_INFINITY);
    }
    expect(await dataItems(page.getByTestId('trend-chart-ro.dwell')).count()).toBe(3);
  });

  it('draws a bar per ABC class and age bucket, heights in proportion to the stock values', async () => {
    const abc = page.getByTestId('abc-chart');
    const abcBars = await boxes(dataItems(abc));
    expect(abcBars).toHaveLength(4);
    // A ÷ B = 412,500.00 ÷ 187,320.50 ≈ 2.202; B ÷ C = 187,320.50 ÷ 96,410.25 ≈ 1.943 (bars start at 0).
    const [a, b, c, none] = abcBars.map((bar) => bar.height);
    expect(Math.abs((a ?? 0) / (b ?? 1) - 2.202)).toBeLessThan(0.03);
    expect(Math.abs((b ?? 0) / (c ?? 1) - 1.943)).toBeLessThan(0.03);
    expect(none).toBeGreaterThan(0);
    expect(await abc.locator('text').allTextContents()).toEqual(
      expect.arrayContaining(['412,500.00', '187,320.50', '96,410.25', '15,600.00', 'A (320 parts)']),
    );
    const ageing = page.getByTestId('ageing-chart');
    const ageBars = await boxes(dataItems(ageing));
    expect(ageBars).toHaveLength(4);
    // 402,100.00 ÷ 158,000.25 ≈ 2.545.
    expect(Math.abs((ageBars[0]?.height ?? 0) / (ageBars[1]?.height ?? 1) - 2.545)).toBeLessThan(0.03);
    expect(await ageing.locator('text').allTextContents()).toEqual(
      expect.arrayContaining(['402,100.00', '158,000.25', '96,230.50', '55,500.00']),
    );
  });

  it('shows the scorecard rows with their figures and coloured statuses', async () => {
    const rows = page.getByTestId('scorecard-table-row');
    expect(await rows.count()).toBe(5);
    const revenue = page.locator('[data-testid="scorecard-table-row"][data-key="ro.revenue.avg"] td');
    expect((await revenue.allInnerTexts()).slice(1, 5)).toEqual([
      '1,812.40 CNY',
      '≥ 800 CNY',
      'Met',
      '1,012.40 CNY',
    ]);
    const efficiency = page.locator('[data-testid="scorecard-table-row"][data-key="tech.efficiency"] td');
    expect((await efficiency.allInnerTexts()).slice(1, 5)).toEqual([
      '104.5 %',
      '≥ 110 %',
      'Missed',
      '-5.5 %',
    ]);
    // met green (#e6f4ea), at risk amber (#fef7e0), missed red (#fce8e6): the layout's colours.
    const badge = (key: string) =>
      page
        .locator(`[data-testid="scorecard-table-row"][data-key="${key}"] .status`)
        .evaluate(
          (element) => (globalThis as unknown as StyleWindow).getComputedStyle(element).backgroundColor,
        );
    expect(await badge('ro.comeback')).toBe('rgb(230, 244, 234)');
    expect(await badge('care.csi')).toBe('rgb(254, 247, 224)');
    expect(await badge('tech.efficiency')).toBe('rgb(252, 232, 230)');
  });

  it('shows the claim findings rows: claim, row, code, severity, rule, citation, message', async () => {
    const rows = page.getByTestId('claim-findings-table-row');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(0).locator('td').allInnerTexts()).toEqual([
      'CLM-0007',
      '6',
      'claim.late_submission',
      'Reject',
      'warranty.audit.submission-deadline',
      'oem:huaxia-2024#claims.submitWithinDays',
      'Submitted 41 days after the repair; the limit is 30.',
    ]);
    expect((await rows.nth(2).locator('td').allInnerTexts()).slice(0, 4)).toEqual([
      '–',
      '52',
      'claim.resubmission',
      'Info',
    ]);
  });

  it('shows the 三包 cases with their outcome and cited articles', async () => {
    const rows = page.getByTestId('sanbao-table-row');
    expect(await rows.count()).toBe(2);
    const first = await rows.nth(0).locator('td').allInnerTexts();
    expect(first.slice(0, 3)).toEqual(['LHGCV1650M8012345', 'cn-sanbao-2021', 'Replacement or return']);
    expect(first[3]).toContain('regulation:cn-sanbao-2021#24');
  });

  it('saves a full-page screenshot', async () => {
    await page.screenshot({ path: screenshotFile, fullPage: true });
    expect(statSync(screenshotFile).size).toBeGreaterThan(10_000);
    expect(readFileSync(screenshotFile).subarray(1, 4).toString('latin1')).toBe('PNG');
  });
}

const decision = localChromiumDecision(process.env);
// Without Chromium on a developer's machine the suite is skipped with the reason printed; in CI
// (CI=true) a missing browser is a failing test instead.
if (decision.kind === 'skip') console.warn(decision.reason);
describe.skipIf(decision.kind === 'skip')('the HTML report in Chromium', () => {
  if (decision.kind === 'run') browserSuite(decision.executablePath);
  else {
    it('finds Chromium for the browser tests (required in CI)', () => {
      throw new Error(decision.kind === 'fail' ? decision.reason : 'unreachable');
    });
  }
});
