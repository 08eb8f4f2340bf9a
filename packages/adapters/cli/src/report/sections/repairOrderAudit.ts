import type { AuditReport } from '../../audit/auditTypes';
import { type Html, html } from '../escape';
import { groupDigits } from '../formatNumbers';
import { renderTable } from '../htmlTable';
import { reportSection } from '../layout';
import { type ReportMessageKey, reportMessage } from '../messages';
import type { RenderContext } from '../renderContext';

/**
 * The repair-order flow audit: how many ROs were audited and had findings, the findings by code,
 * and each finding (RO, code, rule, citation, message).
 *
 * @example
 * const part = repairOrderAuditSection(report, { lang: 'en', maxRows: 200 });
 */
export function repairOrderAuditSection(report: AuditReport, context: RenderContext): Html {
  const { lang } = context;
  const audit = report.service.repairOrderAudit;
  const label = (key: ReportMessageKey) => reportMessage(key, lang);
  const byCode = Object.entries(audit.byCode).map(
    ([code, count]) => html`<span><code>${code}</code> ${count}</span>`,
  );
  const rows = audit.findings.map((finding, index) => ({
    key: `${finding.repairOrderId}:${finding.code}:${index}`,
    cells: [
      finding.repairOrderId,
      html`<code>${finding.code}</code>`,
      finding.rule,
      finding.cite,
      finding.message[lang],
    ],
  }));
  const headers = [label('repairOrder'), label('code'), label('rule'), label('citation'), label('message')];
  return reportSection(
    'repair-order-audit',
    label('repairOrderAudit'),
    html`<p class="chips" data-testid="ro-audit-summary"><span>${label('audited')}: ${groupDigits(String(audit.audited))}</span><span>${label('withFindings')}: ${groupDigits(String(audit.withFindings))}</span>${byCode}</p>
${renderTable({ testId: 'ro-findings-table', headers, rows }, context)}`,
  );
}
