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

// CSS identifiers: letters, digits and '-' pass; anything else is written as _<hex>_ (so '_' too),
// which keeps two different keys different.
const cssName = (key: string): string =>
  key.replace(/[^A-Za-z0-9-]/g, (char) => `_${(char.codePointAt(0) ?? 0).toString(16)}_`);

/**
 * Renames an SVG's ids and classes after its chart. ECharts names them after its SVG painter (`zr7-c0`)
 * and its CSS classes after a process-wide counter (`zr7-cls-41`), so the same chart came out
 * different the second time a process drew it. Here the painter's prefix becomes the chart's key,
 * and the classes are numbered from 0 in the order they appear: the same chart always gives the
 * same SVG, and two charts with different keys on one page still share no class (the `<style>` of
 * an inline SVG applies to the whole page).
 */
function withStableNames(svg: string, key: string): string {
  // The painter's name (`zr` and its number) is not public: it is read off the first id or class.
  const zrId = /(?:class="|id="|url\(#)(zr\d+)-/.exec(svg)?.[1];
  if (zrId === undefined) return svg;
  const prefix = `chart-${cssName(key)}`;
  const classes = new Map<string, number>();
  return svg
    .replace(new RegExp(`(?<![\\w-])${zrId}-cls-(\\d+)`, 'g'), (_, n: string) => {
      let index = classes.get(n);
      if (index === undefined) {
        index = classes.size;
        classes.set(n, index);
      }
      return `${prefix}-cls-${index}`;
    })
    .replace(new RegExp(`(?<![\\w-])${zrId}-`, 'g'), `${prefix}-`);
}

/**
 * Renders an ECharts option to an SVG string on the server (ECharts SSR, SVG renderer), with
 * animation off so the SVG holds the final picture. ECharts escapes the texts it draws; the
 * label names the picture for screen readers (`role="img"`, `aria-label`). The SVG's ids and
 * classes start with `chart-<key>-`: `key` must be unique in the page (its `data-testid`).
 *
 * @example
 * const svg = renderChartSvg(
 *   { xAxis: { type: 'category', data: ['A'] }, yAxis: { type: 'value' }, series: [{ type: 'bar', data: ['5'] }] },
 *   { width: 300, height: 200 },
 *   'Stock value by class',
 *   'abc-chart',
 * );
 * String(svg).startsWith('<svg role="img"'); // true
 */
export function renderChartSvg(option: EChartsOption, size: ChartSize, label: string, key: string): Html {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ ...option, animation: false });
    const svg = withStableNames(chart.renderToSVGString(), key);
    return rawHtml(svg.replace(/^<svg /, `<svg role="img" aria-label="${escapeHtml(label)}" `));
  } finally {
    chart.dispose();
  }
}
