import type { AuditReport } from '../../audit/auditTypes';
import { type Html, html } from '../escape';
import { groupDigits } from '../formatNumbers';
import { renderTable } from '../htmlTable';
import { reportSection } from '../layout';
import { type ReportMessageKey, reportMessage } from '../messages';
import type { RenderContext } from '../renderContext';

/**
 * The suggested order: its line count and value, and its top lines (part number, quantity, value,
 * reason).
 *
 * @example
 * const part = suggestedOrderSection(report, { lang: 'zh', maxRows: 200 });
 */
export function suggestedOrderSection(report: AuditReport, context: RenderContext): Html {
  const { lang } = context;
  const order = report.parts.suggestedOrder;
  const currency = report.dealer.currency;
  const label = (key: ReportMessageKey) => reportMessage(key, lang);
  const rows = order.top.map((line) => ({
    key: line.partNumber,
    cells: [line.partNumber, groupDigits(line.quantity), groupDigits(line.value), line.reason[lang]],
  }));
  const headers = [
    label('partNumber'),
    label('quantity'),
    `${label('orderValue')} (${currency})`,
    label('reason'),
  ];
  return reportSection(
    'suggested-order',
    label('suggestedOrder'),
    html`<p class="chips" data-testid="order-summary"><span>${label('orderLines')}: ${groupDigits(String(order.lines))}</span><span>${label('orderValue')}: ${groupDigits(order.value)} ${currency}</span></p>
${renderTable({ testId: 'order-table', headers, numeric: [1, 2], rows }, context)}`,
  );
}
