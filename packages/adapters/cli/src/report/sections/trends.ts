import type { AuditReport } from '../../audit/auditTypes';
import { trendChartOption } from '../chartOptions';
import { renderChartSvg } from '../charts';
import { type Html, html } from '../escape';
import { reportSection } from '../layout';
import { reportMessage } from '../messages';
import type { RenderContext } from '../renderContext';

/** Size of one small multiple. */
const TREND_SIZE = { width: 360, height: 200 } as const;

/**
 * KPI trends as small multiples: one line chart per KPI, one point per month with a value, and
 * the target as a dashed line. Each chart is `data-testid="trend-chart-<kpi>"`.
 *
 * @example
 * const part = trendsSection(report, { lang: 'en', maxRows: 200 });
 */
export function trendsSection(report: AuditReport, context: RenderContext): Html {
  const { lang } = context;
  const charts = report.service.trends.map(
    (trend) =>
      html`<figure class="chart" data-testid="trend-chart-${trend.kpi}" data-kpi="${trend.kpi}" data-points="${trend.months.filter((month) => month.value !== null).length}"><figcaption>${trend.name[lang]} <span class="muted">(${trend.unit})</span></figcaption>${renderChartSvg(trendChartOption(trend, lang), TREND_SIZE, trend.name[lang], `trend-chart-${trend.kpi}`)}</figure>`,
  );
  const content =
    charts.length === 0
      ? html`<p class="none">${reportMessage('none', lang)}</p>`
      : html`<div class="charts">${charts}</div>`;
  return reportSection('trends', reportMessage('trends', lang), content);
}
