import type { AuditReport } from '../../audit/auditTypes';
import { barChartOption, type ChartBar } from '../chartOptions';
import { renderChartSvg } from '../charts';
import { type Html, html } from '../escape';
import { groupDigits } from '../formatNumbers';
import { reportMessage } from '../messages';
import type { RenderContext } from '../renderContext';

const SIZE = { width: 480, height: 280 } as const;
const classColours = { A: '#3867d6', B: '#20bf6b', C: '#f7b731', none: '#a5b1c2' } as const;
const ageColours = ['#20bf6b', '#3867d6', '#f7b731', '#fa8231', '#eb3b5a', '#8854d0'] as const;

function chartFigure(testId: string, title: string, bars: readonly ChartBar[]): Html {
  return html`<figure class="chart" data-testid="${testId}" data-bars="${bars.length}"><figcaption>${title}</figcaption>${renderChartSvg(barChartOption(bars), SIZE, title, testId)}</figure>`;
}

/**
 * The stock charts: stock value by ABC class (`abc-chart`, each bar labelled with the value and
 * the class's part count) and by age since the last movement (`ageing-chart`), in the dealer's
 * currency, figures grouped by thousands.
 *
 * @example
 * const part = partsChartsSection(report, { lang: 'en', maxRows: 200 });
 */
export function partsChartsSection(report: AuditReport, context: RenderContext): Html {
  const { lang } = context;
  const currency = report.dealer.currency;
  const abc = report.parts.abc.map((row) => ({
    category: `${row.class === 'none' ? reportMessage('abc.none', lang) : row.class} (${groupDigits(String(row.parts))} ${reportMessage('parts', lang)})`,
    value: row.stockValue,
    text: groupDigits(row.stockValue),
    colour: classColours[row.class],
  }));
  const ageing = report.parts.ageing.map((row, index) => ({
    category: row.label[lang],
    value: row.stockValue,
    text: groupDigits(row.stockValue),
    colour: ageColours[index % ageColours.length] ?? '#3867d6',
  }));
  return html`<section data-testid="parts-stock"><div class="charts">
${chartFigure('abc-chart', `${reportMessage('abc', lang)} (${currency})`, abc)}
${chartFigure('ageing-chart', `${reportMessage('ageing', lang)} (${currency})`, ageing)}
</div></section>`;
}
