import { formatPath } from '@aftersales/core';
import type { AuditReport } from '../../audit/auditTypes';
import { type Html, html } from '../escape';
import { renderTable } from '../htmlTable';
import { reportSection } from '../layout';
import { reportMessage } from '../messages';
import type { RenderContext } from '../renderContext';

/**
 * The records the audit could not use: input, row, the field of each issue and its message.
 *
 * @example
 * const part = rejectionsSection(report, { lang: 'zh', maxRows: 200 });
 */
export function rejectionsSection(report: AuditReport, context: RenderContext): Html {
  const { lang } = context;
  const rows = report.rejections.map((rejection) => ({
    key: `${rejection.input}:${rejection.row}`,
    cells: [
      rejection.input,
      String(rejection.row),
      html`${rejection.issues.map((issue, index) => html`${index > 0 ? html`<br>` : ''}<code>${formatPath(issue.path)}</code>`)}`,
      html`${rejection.issues.map((issue, index) => html`${index > 0 ? html`<br>` : ''}${issue.message[lang]}`)}`,
    ],
  }));
  const headers = [
    reportMessage('input', lang),
    reportMessage('row', lang),
    reportMessage('path', lang),
    reportMessage('message', lang),
  ];
  return reportSection(
    'rejections',
    reportMessage('rejections', lang),
    renderTable({ testId: 'rejections-table', headers, numeric: [1], rows }, context),
  );
}
