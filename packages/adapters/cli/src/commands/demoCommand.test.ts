import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../audit/auditTypes';
import { runCli } from '../cli/runCli';
import { localChromiumDecision } from '../testing/chromiumDecision';
import { testIo } from '../testing/testIo';

// `aftersales demo` as the README runs it: the whole pipeline, from the seeded dealer to the
// summary and the HTML report. What the demo dealer holds is tested in ../demo; here, that the
// command accounts for every record, is deterministic, and writes a report a browser renders.

const dir = mkdtempSync(join(tmpdir(), 'aftersales-demo-'));
let report: AuditReport;
let html: string;

beforeAll(async () => {
  const io = testIo(dir);
  expect(await runCli(['demo', '--format', 'json', '--report', 'report.html'], io)).toBe(0);
  report = JSON.parse(io.out()) as AuditReport;
  html = readFileSync(join(dir, 'report.html'), 'utf8');
}, 120_000);

describe('aftersales demo', () => {
  it('audits the 2024 demo year as of 2025-01-01 (the defaults) and writes the report', () => {
    expect(report.period).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(report.asOf).toBe('2025-01-01');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(report.dealer.name);
  });

  it('accounts for every record: read = accepted + rejected for each input, rejections listed', () => {
    let rejected = 0;
    for (const [input, count] of Object.entries(report.inputs)) {
      expect(count.read, input).toBe(count.accepted + count.rejected);
      rejected += count.rejected;
    }
    expect(report.rejections.length).toBe(rejected);
  });

  it('runs every part of the audit on data that exercises it', () => {
    // Each section has something to say about a year of a realistic dealer.
    expect(report.service.repairOrderAudit.audited).toBeGreaterThan(7000);
    expect(report.service.scorecard.rows.length).toBeGreaterThan(10);
    expect(report.service.trends.length).toBeGreaterThan(5);
    expect(report.service.comebacks.length).toBeGreaterThan(0);
    expect(report.service.complaints.length).toBeGreaterThan(0);
    expect(report.parts.abc.map((row) => row.class)).toEqual(expect.arrayContaining(['A', 'B', 'C']));
    expect(report.parts.suggestedOrder.lines).toBeGreaterThan(0);
    expect(report.warranty.claims.summary.findings).toBeGreaterThan(0);
    // The five 三包 cases of the demo (see ../demo/demoSanbaoCases.ts): three reach a replacement
    // or return, one only a free repair, one nothing.
    expect(report.warranty.sanbao.map((c) => c.decision.outcome).sort()).toEqual([
      'none',
      'repair',
      'replacement_or_return',
      'replacement_or_return',
      'replacement_or_return',
    ]);
  });

  it('gives the same audit for the same seed (nothing reads the clock)', async () => {
    const io = testIo(dir);
    expect(await runCli(['demo', '--format', 'json', '--report', 'again.html'], io)).toBe(0);
    expect(JSON.parse(io.out())).toEqual(report);
  }, 120_000);

  it('exits 2 for a seed that is not a whole number, before generating anything', async () => {
    const io = testIo(dir);
    expect(await runCli(['demo', '--seed', '1.5'], io)).toBe(2);
    expect(io.err()).toContain('--seed must be a whole number');
  });
});

const decision = localChromiumDecision(process.env);
if (decision.kind === 'skip') console.warn(decision.reason);

describe.skipIf(decision.kind === 'skip')('the demo report in headless Chromium', () => {
  it('renders the scorecard, charts and claim summary with the audit numbers', async () => {
    if (decision.kind === 'fail') throw new Error(decision.reason);
    if (decision.kind !== 'run') return;
    const browser = await chromium.launch({
      executablePath: decision.executablePath,
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    try {
      const page = await browser.newPage({ javaScriptEnabled: false });
      await page.goto(pathToFileURL(join(dir, 'report.html')).href);
      const rows = page.locator('[data-testid="scorecard-table"] tbody tr');
      expect(await rows.count()).toBe(Math.min(report.service.scorecard.rows.length, 200));
      const charts = page.locator('figure.chart svg');
      expect(await charts.count()).toBe(report.service.trends.length + 2); // trends + ABC + ageing
      for (const chart of await charts.all())
        expect((await chart.boundingBox())?.height ?? 0).toBeGreaterThan(0);
      const claims = report.warranty.claims.summary;
      expect(await page.locator('[data-testid="claims-summary"]').textContent()).toContain(
        String(claims.read),
      );
    } finally {
      await browser.close();
    }
  }, 60_000);
});
