import type { TraceStep } from '@aftersales/core';
import type { AuditReport } from '../../audit/auditTypes';
import { type Html, html } from '../escape';
import { renderTable } from '../htmlTable';
import { reportSection } from '../layout';
import { codeLabel, type ReportLang, reportMessage } from '../messages';
import type { RenderContext } from '../renderContext';

function stepsList(trace: readonly TraceStep[], lang: ReportLang): Html {
  const cited = trace.filter((step) => step.status !== 'not_applicable');
  if (cited.length === 0) return html`<span class="muted">–</span>`;
  return html`<ul class="steps">${cited.map(
    (step) =>
      html`<li data-status="${step.status}"><code>${step.cite}</code> ${step.message[lang]} <span class="muted">(${reportMessage(step.status === 'passed' ? 'step.passed' : 'step.failed', lang)})</span></li>`,
  )}</ul>`;
}

/**
 * The vehicles whose repair history gives (or nearly gives) 三包 rights: VIN, the rules applied,
 * the outcome, and the steps of the decision that applied or not, each with its article.
 *
 * @example
 * const part = sanbaoCasesSection(report, { lang: 'zh', maxRows: 200 });
 */
export function sanbaoCasesSection(report: AuditReport, context: RenderContext): Html {
  const { lang } = context;
  const rows = report.warranty.sanbao.map((item) => ({
    key: item.vin,
    cells: [
      html`<code>${item.vin}</code>`,
      item.jurisdiction,
      html`<strong data-outcome="${item.decision.outcome}">${codeLabel('outcome', item.decision.outcome, lang)}</strong>`,
      stepsList(item.decision.trace, lang),
    ],
  }));
  const headers = [
    reportMessage('vin', lang),
    reportMessage('jurisdiction', lang),
    reportMessage('outcome', lang),
    reportMessage('citedSteps', lang),
  ];
  return reportSection(
    'sanbao',
    reportMessage('sanbao', lang),
    renderTable({ testId: 'sanbao-table', headers, rows }, context),
  );
}
