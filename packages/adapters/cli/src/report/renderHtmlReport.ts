import { parseRecord } from '@aftersales/core';
import type { AuditReport } from '../audit/auditTypes';
import { html } from './escape';
import { renderPage } from './layout';
import { reportMessage } from './messages';
import type { RenderContext } from './renderContext';
import { HtmlReportInputSchema } from './reportSchema';
import { claimFindingsSection } from './sections/claimFindings';
import { drillDownsSection } from './sections/drillDowns';
import { headerSection } from './sections/header';
import { partsChartsSection } from './sections/partsCharts';
import { partsHealthSection } from './sections/partsHealth';
import { rejectionsSection } from './sections/rejections';
import { repairOrderAuditSection } from './sections/repairOrderAudit';
import { sanbaoCasesSection } from './sections/sanbaoCases';
import { scorecardSection } from './sections/scorecard';
import { suggestedOrderSection } from './sections/suggestedOrder';
import { trendsSection } from './sections/trends';

/**
 * Options of {@link renderHtmlReport}.
 *
 * @example
 * const options: HtmlReportOptions = { lang: 'zh', maxRows: 500 };
 */
export interface HtmlReportOptions {
  /** The language of every label (the data's own texts are shown in it too). */
  readonly lang: 'en' | 'zh';
  /** The most rows a table shows; a note under it counts the rest. Default 200. */
  readonly maxRows?: number;
}

/**
 * Renders an audit as one self-contained HTML page: CSS inline, charts as inline SVG drawn by
 * Apache ECharts on the server, no script and nothing loaded from outside. Sections: header
 * (dealer, period, as-of, input counts, rejections), scorecard, KPI trends, RO audit, comebacks
 * and complaints, parts health, ABC and ageing charts, suggested order, claim findings, 三包 cases,
 * rejected records. Every text from the report is HTML-escaped; figures are the report's decimal
 * strings (money grouped by thousands). Charts and tables carry stable `data-testid`s.
 *
 * @param report - the audit, as `aftersales demo` or `aftersales audit` produce it
 * @param options - the language, and how many rows a table shows at most
 * @returns the HTML document, to write to a `.html` file
 * @throws AftersalesError (`input.*`) naming the first field of `report` or `options` that is not
 *   what the renderer reads (`['report', 'service', 'trends', 0, 'months']`, `['options', 'lang']`)
 * @example
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('audit.html', renderHtmlReport(report, { lang: 'zh' }));
 */
export function renderHtmlReport(report: AuditReport, options: HtmlReportOptions): string {
  parseRecord(HtmlReportInputSchema, { report, options });
  const context: RenderContext = { lang: options.lang, maxRows: options.maxRows ?? 200 };
  const body = html`<main>
${headerSection(report, context)}
${scorecardSection(report, context)}
${trendsSection(report, context)}
${repairOrderAuditSection(report, context)}
${drillDownsSection(report, context)}
${partsHealthSection(report, context)}
${partsChartsSection(report, context)}
${suggestedOrderSection(report, context)}
${claimFindingsSection(report, context)}
${sanbaoCasesSection(report, context)}
${rejectionsSection(report, context)}
</main>`;
  const title = `${reportMessage('title', options.lang)} · ${report.dealer.name} · ${report.period.from} – ${report.period.to}`;
  return renderPage({ lang: options.lang, title, body });
}
