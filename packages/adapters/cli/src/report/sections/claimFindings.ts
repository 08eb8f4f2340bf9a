import type { AuditReport } from '../../audit/auditTypes';
import { type Html, html } from '../escape';
import { groupDigits } from '../formatNumbers';
import { renderTable } from '../htmlTable';
import { reportSection } from '../layout';
import { codeLabel, type ReportMessageKey, reportMessage } from '../messages';
import type { RenderContext } from '../renderContext';

const severities = ['reject', 'review', 'info'] as const;

/**
 * The carmaker's claim audit: claims read, approved, with findings and rejected, findings by
 * severity, then each finding (claim, row, code, severity, rule, citation, message).
 *
 * @example
 * const part = claimFindingsSection(report, { lang: 'en', maxRows: 200 });
 */
export function claimFindingsSection(report: AuditReport, context: RenderContext): Html {
  const { lang } = context;
  const { summary, findings } = report.warranty.claims;
  const label = (key: ReportMessageKey) => reportMessage(key, lang);
  const count = (value: number) => groupDigits(String(value));
  const bySeverity = severities.map(
    (severity) =>
      html`<span class="severity-${severity}">${codeLabel('severity', severity, lang)}: ${count(summary.bySeverity[severity])}</span>`,
  );
  const rows = findings.map((finding) => ({
    key: `${finding.row}:${finding.code}`,
    cells: [
      finding.claimId ?? '–',
      String(finding.row),
      html`<code>${finding.code}</code>`,
      html`<span class="severity-${finding.severity}">${codeLabel('severity', finding.severity, lang)}</span>`,
      finding.rule,
      finding.cite,
      finding.message[lang],
    ],
  }));
  const headers = [
    label('claim'),
    label('row'),
    label('code'),
    label('severity'),
    label('rule'),
    label('citation'),
    label('message'),
  ];
  return reportSection(
    'claims',
    label('claims'),
    html`<p class="chips" data-testid="claims-summary"><span>${label('read')}: ${count(summary.read)}</span><span>${label('approved')}: ${count(summary.approved)}</span><span>${label('withFindings')}: ${count(summary.withFindings)}</span><span>${label('rejected')}: ${count(summary.rejected)}</span>${bySeverity}</p>
${renderTable({ testId: 'claim-findings-table', headers, numeric: [1], rows }, context)}`,
  );
}
