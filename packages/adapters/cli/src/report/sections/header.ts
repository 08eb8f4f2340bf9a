import type { AuditReport } from '../../audit/auditTypes';
import { type Html, html } from '../escape';
import { groupDigits } from '../formatNumbers';
import { renderTable } from '../htmlTable';
import { type ReportMessageKey, reportMessage } from '../messages';
import type { RenderContext } from '../renderContext';

/**
 * The report's head: title, dealer, period, as-of date, how many findings, and per input how many
 * records were read, accepted and rejected.
 *
 * @example
 * const head = headerSection(report, { lang: 'en', maxRows: 200 });
 */
export function headerSection(report: AuditReport, context: RenderContext): Html {
  const { lang } = context;
  const label = (key: ReportMessageKey) => reportMessage(key, lang);
  const dealer = report.dealer;
  const inputs = Object.entries(report.inputs).map(([input, count]) => ({
    key: input,
    cells: [
      input,
      groupDigits(String(count.read)),
      groupDigits(String(count.accepted)),
      groupDigits(String(count.rejected)),
    ],
  }));
  return html`<header data-testid="report-header">
<h1>${label('title')}</h1>
<dl class="facts">
<dt>${label('dealer')}</dt><dd data-testid="dealer-name">${dealer.name} <span class="muted">(${dealer.id}${dealer.brand === undefined ? '' : ` · ${dealer.brand}`} · ${dealer.timeZone} · ${dealer.currency})</span></dd>
<dt>${label('period')}</dt><dd data-testid="report-period">${report.period.from} – ${report.period.to}</dd>
<dt>${label('asOf')}</dt><dd data-testid="report-as-of">${report.asOf}</dd>
<dt>${label('rejections')}</dt><dd data-testid="rejections-count">${groupDigits(String(report.rejections.length))}</dd>
<dt>${label('findingCount')}</dt><dd data-testid="finding-count">${groupDigits(String(report.findingCount))}</dd>
</dl>
<h3>${label('inputs')}</h3>
${renderTable({ testId: 'inputs-table', headers: [label('input'), label('read'), label('accepted'), label('rejected')], numeric: [1, 2, 3], rows: inputs }, context)}
</header>`;
}
