import type { ScorecardRow } from '@aftersales/kpi';
import type { AuditReport } from '../../audit/auditTypes';
import { type Html, html } from '../escape';
import { formatKpiValue } from '../formatNumbers';
import { formatTarget } from '../formatTarget';
import { renderTable } from '../htmlTable';
import { reportSection } from '../layout';
import { codeLabel, type ReportLang, type ReportMessageKey, reportMessage } from '../messages';
import type { RenderContext } from '../renderContext';
import { statusBadge } from '../statusBadge';

const statuses = ['met', 'at_risk', 'missed', 'no_data', 'no_target'] as const;

function kpiCell(row: ScorecardRow, lang: ReportLang): Html {
  const group = Object.entries(row.group ?? {})
    .map(([dimension, value]) => `${dimension}: ${value ?? '–'}`)
    .join(', ');
  return html`${row.name[lang]} <span class="muted"><code>${row.kpi}</code>${group === '' ? '' : ` · ${group}`}${row.period === undefined ? '' : ` · ${row.period.label}`}</span>`;
}

function trendCell(row: ScorecardRow, lang: ReportLang): string {
  const direction = codeLabel('trend', row.trend.direction, lang);
  if (row.trend.previous === null) return direction;
  return `${direction} (${reportMessage('previous', lang)} ${formatKpiValue(row.trend.previous, row.unit, row.currency)})`;
}

/**
 * The scorecard: the status counts, then per KPI its value, target, coloured status, gap, trend
 * against the previous period and the scorecard's sentence.
 *
 * @example
 * const part = scorecardSection(report, { lang: 'en', maxRows: 200 });
 */
export function scorecardSection(report: AuditReport, context: RenderContext): Html {
  const { lang } = context;
  const { rows, summary } = report.service.scorecard;
  const chips = statuses.map(
    (status) =>
      html`<span data-testid="scorecard-count-${status}">${statusBadge(status, lang)} ${summary.counts[status]}</span>`,
  );
  const tableRows = rows.map((row) => ({
    key: row.kpi,
    status: row.status,
    cells: [
      kpiCell(row, lang),
      formatKpiValue(row.value, row.unit, row.currency),
      formatTarget(row.target, row.unit, row.currency),
      statusBadge(row.status, lang),
      formatKpiValue(row.gap, row.unit, row.currency),
      trendCell(row, lang),
      row.message[lang],
    ],
  }));
  const label = (key: ReportMessageKey) => reportMessage(key, lang);
  const headers = [
    label('kpi'),
    label('value'),
    label('target'),
    label('status'),
    label('gap'),
    label('trend'),
    label('message'),
  ];
  return reportSection(
    'scorecard',
    label('scorecard'),
    html`<p class="chips" data-testid="scorecard-summary">${chips}</p>${renderTable({ testId: 'scorecard-table', headers, numeric: [1, 2, 4], rows: tableRows }, context)}`,
  );
}
