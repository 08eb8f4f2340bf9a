import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../audit/auditTypes';
import { renderHtmlReport } from './renderHtmlReport';
import { auditReportFixture } from './testing';

const en = renderHtmlReport(auditReportFixture(), { lang: 'en' });

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/** The text of each cell of the body row with `data-key="<key>"` of a table. */
function rowCells(page: string, testId: string, key: string): string[] {
  const row = new RegExp(`<tr data-testid="${testId}-row" data-key="${key}"[^>]*>(.*?)</tr>`, 's').exec(page);
  if (row?.[1] === undefined) throw new Error(`no row ${key} in ${testId}`);
  return [...row[1].matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map((cell) =>
    (cell[1] ?? '').replace(/<[^>]+>/g, ''),
  );
}

/** The markup of the chart figure with this `data-testid`. */
function figure(page: string, testId: string): string {
  const found = new RegExp(`<figure class="chart" data-testid="${testId}".*?</figure>`, 's').exec(page);
  if (found === null) throw new Error(`no chart ${testId}`);
  return found[0];
}

describe('renderHtmlReport', () => {
  it('returns one HTML document that loads nothing from outside and runs no script', () => {
    expect(en.startsWith('<!doctype html>')).toBe(true);
    expect(en).not.toMatch(/<script/i);
    expect(en).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
    expect(en).not.toMatch(/@import|\burl\(\s*['"]?(https?:)?\/\//i);
    expect(en).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    // The only http(s) URLs are the SVG and XLink namespace names (identifiers, never fetched).
    const urls = count(en, /https?:\/\//g);
    expect(urls).toBe(count(en, /xmlns(:xlink)?="http:\/\/www\.w3\.org\/(2000\/svg|1999\/xlink)"/g));
  });

  it('returns an inline SVG per chart: 3 KPI trends, the ABC chart and the ageing chart', () => {
    expect(count(en, /<svg\b/g)).toBe(5);
    for (const testId of [
      'trend-chart-ro.comeback',
      'trend-chart-tech.efficiency',
      'trend-chart-ro.dwell',
      'abc-chart',
      'ageing-chart',
    ]) {
      expect(figure(en, testId)).toContain('<svg');
    }
  });

  it('draws a point per month with a value and labels it with the decimal string', () => {
    // Comeback rate: 6 months, March without a value → 5 points, the target line has none.
    const comeback = figure(en, 'trend-chart-ro.comeback');
    expect(count(comeback, /ecmeta_series_index="0" ecmeta_data_index="\d+"/g)).toBe(5);
    expect(comeback).not.toContain('ecmeta_data_index="2"');
    for (const value of ['2.4', '2.1', '1.9', '1.7', '1.6', 'Target 2'])
      expect(comeback).toContain(`>${value}</text>`);
    expect(count(figure(en, 'trend-chart-ro.dwell'), /ecmeta_series_index="0"/g)).toBe(3);
  });

  it('draws a bar per ABC class and age bucket, labelled with the stock value grouped by thousands', () => {
    const abc = figure(en, 'abc-chart');
    expect(count(abc, /ecmeta_series_index="0" ecmeta_data_index="\d+"/g)).toBe(4);
    for (const text of [
      '412,500.00',
      '187,320.50',
      '96,410.25',
      '15,600.00',
      'A (320 parts)',
      'No class (230 parts)',
    ]) {
      expect(abc).toContain(`>${text}</text>`);
    }
    const ageing = figure(en, 'ageing-chart');
    expect(count(ageing, /ecmeta_series_index="0" ecmeta_data_index="\d+"/g)).toBe(4);
    for (const text of ['402,100.00', '158,000.25', '96,230.50', '55,500.00'])
      expect(ageing).toContain(`>${text}</text>`);
  });

  it('shows the scorecard rows with their value, target, status, gap and trend', () => {
    expect(rowCells(en, 'scorecard-table', 'ro.revenue.avg').slice(1, 6)).toEqual([
      '1,812.40 CNY',
      '≥ 800 CNY',
      'Met',
      '1,012.40 CNY',
      '–',
    ]);
    expect(rowCells(en, 'scorecard-table', 'tech.efficiency').slice(1, 6)).toEqual([
      '104.5 %',
      '≥ 110 %',
      'Missed',
      '-5.5 %',
      'Improving (previous 103.0 %)',
    ]);
    expect(en).toMatch(/data-key="care\.csi" data-status="at_risk"/);
    expect(en).toContain('<span class="status status-at_risk" data-status="at_risk">At risk</span>');
  });

  it('shows the header counts, the claim findings, the suggested order and the 三包 cases', () => {
    expect(en).toContain('<dd data-testid="rejections-count">3</dd>');
    expect(rowCells(en, 'inputs-table', 'parts.movements')).toEqual([
      'parts.movements',
      '15,000',
      '15,000',
      '0',
    ]);
    expect(rowCells(en, 'claim-findings-table', '30:claim.hours_above_standard')).toEqual([
      'CLM-0031',
      '30',
      'claim.hours_above_standard',
      'Review',
      'warranty.audit.standard-hours',
      'oem:audit-options#laborTimes',
      'Claimed 2.4 h for op 12-100; the standard is 1.8 h.',
    ]);
    expect(rowCells(en, 'claim-findings-table', '52:claim.resubmission')[0]).toBe('–');
    expect(rowCells(en, 'order-table', '04465-0K390')).toEqual([
      '04465-0K390',
      '24',
      '8,640.00',
      'Below the reorder point (class A)',
    ]);
    const sanbao = rowCells(en, 'sanbao-table', 'LHGCV1650M8012345');
    expect(sanbao.slice(0, 3)).toEqual(['LHGCV1650M8012345', 'cn-sanbao-2021', 'Replacement or return']);
    // The steps that applied or not, with their article; the not-applicable 7-day step left out.
    expect(sanbao[3]).toContain('regulation:cn-sanbao-2021#24 Same problem repaired 5 times.');
    expect(sanbao[3]).not.toContain('#22');
  });

  it('escapes the dealer name and every other text from the report', () => {
    const base = auditReportFixture();
    const [trend] = base.service.trends;
    if (trend === undefined) throw new Error('the fixture has trends');
    const report: AuditReport = {
      ...base,
      dealer: { ...base.dealer, name: '<b>&"' },
      service: {
        ...base.service,
        comebacks: [
          {
            id: 'RO<1>',
            date: '2024-04-15',
            label: { en: '<img src=x>', zh: '<img src=x>' },
            facts: { note: '"&"' },
          },
        ],
        trends: [{ ...trend, name: { en: '<i>"x"</i>', zh: '<i>"x"</i>' } }],
      },
    };
    const page = renderHtmlReport(report, { lang: 'en' });
    expect(page).toContain('<dd data-testid="dealer-name">&lt;b&gt;&amp;&quot; <span');
    expect(page).toContain(
      '<title>After-sales audit report · &lt;b&gt;&amp;&quot; · 2024-01-01 – 2024-06-30</title>',
    );
    expect(page).not.toContain('<b>&"');
    expect(page).toContain('data-key="RO&lt;1&gt;"');
    expect(page).toContain('&lt;img src=x&gt;');
    expect(page).not.toMatch(/<img/);
    expect(page).toContain('&quot;&amp;&quot;');
    expect(page).toContain('<svg role="img" aria-label="&lt;i&gt;&quot;x&quot;&lt;/i&gt;" ');
    expect(page).toContain('<figcaption>&lt;i&gt;&quot;x&quot;&lt;/i&gt; <span');
    expect(page).not.toContain('<i>');
  });

  it('writes every label in Chinese with lang zh', () => {
    const zh = renderHtmlReport(auditReportFixture(), { lang: 'zh' });
    expect(zh).toContain('<html lang="zh-CN">');
    for (const label of [
      '售后审计报告',
      'KPI 计分卡',
      'KPI 月度趋势',
      '返修',
      '投诉',
      '按 ABC 分类的库存金额',
      '建议订单',
      '索赔审计发现',
      '三包案例',
    ]) {
      expect(zh).toContain(label);
    }
    expect(rowCells(zh, 'scorecard-table', 'tech.efficiency')[3]).toBe('未达标');
    expect(rowCells(zh, 'scorecard-table', 'ro.comeback')[0]).toContain('返修率');
    expect(rowCells(zh, 'claim-findings-table', '6:claim.late_submission')[3]).toBe('拒付');
    expect(figure(zh, 'trend-chart-ro.comeback')).toContain('>目标 2</text>');
    expect(figure(zh, 'abc-chart')).toContain('>未分类 (230 种)</text>');
    for (const english of ['KPI scorecard', 'Suggested order', 'Missed', 'Comeback rate'])
      expect(zh).not.toContain(english);
  });

  it('shows at most maxRows rows per table and says how many there are', () => {
    const page = renderHtmlReport(auditReportFixture(), { lang: 'en', maxRows: 2 });
    expect(count(page, /data-testid="claim-findings-table-row"/g)).toBe(2);
    expect(page).toContain(
      '<p class="more" data-testid="claim-findings-table-more">Showing 2 of 3; the JSON output lists all.</p>',
    );
    expect(page).toContain(
      '<p class="more" data-testid="scorecard-table-more">Showing 2 of 5; the JSON output lists all.</p>',
    );
  });

  it('says "None." under a table without rows', () => {
    const base = auditReportFixture();
    const page = renderHtmlReport({ ...base, warranty: { ...base.warranty, sanbao: [] } }, { lang: 'en' });
    expect(page).toMatch(
      /<table data-testid="sanbao-table">.*?<tbody><\/tbody><\/table><p class="none">None\.<\/p>/s,
    );
  });
});
