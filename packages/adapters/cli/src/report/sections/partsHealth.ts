import type { AuditReport } from '../../audit/auditTypes';
import { type Html, html } from '../escape';
import { formatKpiValue } from '../formatNumbers';
import { formatTarget } from '../formatTarget';
import { renderTable } from '../htmlTable';
import { reportSection } from '../layout';
import { type ReportMessageKey, reportMessage } from '../messages';
import type { RenderContext } from '../renderContext';
import { statusBadge } from '../statusBadge';

/**
 * The parts department's health KPIs against their targets: value, target, coloured status, gap
 * and sentence (the findings are the rows missed or at risk).
 *
 * @example
 * const part = partsHealthSection(report, { lang: 'en', maxRows: 200 });
 */
export function partsHealthSection(report: AuditReport, context: RenderContext): Html {
  const { lang } = context;
  const label = (key: ReportMessageKey) => reportMessage(key, lang);
  const rows = report.parts.health.kpis.map((kpi) => ({
    key: kpi.kpi,
    status: kpi.status,
    cells: [
      html`${kpi.name[lang]} <span class="muted"><code>${kpi.kpi}</code></span>`,
      formatKpiValue(kpi.value, kpi.unit),
      formatTarget(kpi.target, kpi.unit),
      statusBadge(kpi.status, lang),
      formatKpiValue(kpi.gap, kpi.unit),
      (kpi.reason ?? kpi.message)[lang],
    ],
  }));
  const headers = [
    label('kpi'),
    label('value'),
    label('target'),
    label('status'),
    label('gap'),
    label('message'),
  ];
  return reportSection(
    'parts-health',
    label('partsHealth'),
    html`<p class="muted" data-testid="parts-findings-count">${label('findingCount')}: ${report.parts.health.findings.length}</p>
${renderTable({ testId: 'parts-health-table', headers, numeric: [1, 2, 4], rows }, context)}`,
  );
}
