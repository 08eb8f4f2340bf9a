import { type EChartsOption, init } from 'echarts';
import { escapeHtml, type Html, rawHtml } from './escape';

/**
 * The size of a chart, in CSS pixels (the SVG keeps a viewBox and scales down on narrow pages).
 *
 * @example
 * const small: ChartSize = { width: 340, height: 200 };
 */
export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/**
 * Renders an ECharts option to an SVG string on the server (ECharts SSR, SVG renderer), with
 * animation off so the SVG holds the final picture. ECharts escapes the texts it draws; the
 * label names the picture for screen readers (`role="img"`, `aria-label`).
 *
 * @example
 * const svg = renderChartSvg(
 *   { xAxis: { type: 'category', data: ['A'] }, yAxis: { type: 'value' }, series: [{ type: 'bar', data: ['5'] }] },
 *   { width: 300, height: 200 },
 *   'Stock value by class',
 * );
 * String(svg).startsWith('<svg role="img"'); // true
 */
export function renderChartSvg(option: EChartsOption, size: ChartSize, label: string): Html {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ ...option, animation: false });
    const svg = chart.renderToSVGString();
    return rawHtml(svg.replace(/^<svg /, `<svg role="img" aria-label="${escapeHtml(label)}" `));
  } finally {
    chart.dispose();
  }
}
