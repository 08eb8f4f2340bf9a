import type { AuditReport, DrillDownItem } from '../../audit/auditTypes';
import { type Html, html } from '../escape';
import { renderTable } from '../htmlTable';
import { reportSection } from '../layout';
import { reportMessage } from '../messages';
import type { RenderContext } from '../renderContext';

const factText = (value: string | number | boolean | null): string => (value === null ? '–' : String(value));

function drillDownTable(testId: string, items: readonly DrillDownItem[], context: RenderContext): Html {
  const { lang } = context;
  const rows = items.map((item) => ({
    key: item.id,
    cells: [
      item.id,
      item.date,
      item.label[lang],
      html`${Object.entries(item.facts).map(([name, value], index) => html`${index > 0 ? html`<br>` : ''}<span class="muted">${name}:</span> ${factText(value)}`)}`,
    ],
  }));
  const headers = [
    reportMessage('id', lang),
    reportMessage('date', lang),
    reportMessage('description', lang),
    reportMessage('facts', lang),
  ];
  return renderTable({ testId, headers, rows }, context);
}

/**
 * The records behind the comeback and complaint KPIs: id, date, what happened and the facts read.
 *
 * @example
 * const part = drillDownsSection(report, { lang: 'zh', maxRows: 200 });
 */
export function drillDownsSection(report: AuditReport, context: RenderContext): Html {
  const { lang } = context;
  return html`${reportSection('comebacks', reportMessage('comebacks', lang), drillDownTable('comebacks-table', report.service.comebacks, context))}
${reportSection('complaints', reportMessage('complaints', lang), drillDownTable('complaints-table', report.service.complaints, context))}`;
}
