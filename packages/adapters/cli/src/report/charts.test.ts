import type { EChartsOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import { renderChartSvg } from './charts';

const bars: EChartsOption = {
  xAxis: { type: 'category', data: ['A', 'B', 'C'] },
  yAxis: { type: 'value' },
  series: [{ type: 'bar', data: ['5', '7', '2'], label: { show: true } }],
};
const size = { width: 300, height: 200 };

/** Every class name and id the SVG defines or uses. */
function names(svg: string): string[] {
  const found = new Set<string>();
  for (const [, list] of svg.matchAll(/\bclass="([^"]*)"/g))
    for (const name of (list ?? '').split(/\s+/)) if (name !== '') found.add(name);
  for (const [, id] of svg.matchAll(/\bid="([^"]*)"/g)) found.add(id ?? '');
  for (const [, name] of svg.matchAll(/^\.([^\s:{]+)/gm)) found.add(name ?? '');
  return [...found].sort();
}

describe('renderChartSvg', () => {
  it('returns the same SVG for the same chart every time in one process', () => {
    // ECharts numbers its instances and CSS classes process-wide: the 1st and 2nd render of one
    // chart came out as zr0-cls-0 and zr1-cls-2, so a report rendered twice differed.
    const once = String(renderChartSvg(bars, size, 'Stock', 'abc-chart'));
    const twice = String(renderChartSvg(bars, size, 'Stock', 'abc-chart'));
    expect(twice).toBe(once);
    expect(once).not.toMatch(/zr\d/);
  });

  it("prefixes every class and id with the chart's key, so two charts on one page never share one", () => {
    // The <style> of an inline SVG applies to the whole page: a class shared by two charts would
    // style both.
    const abc = names(String(renderChartSvg(bars, size, 'Stock', 'abc-chart')));
    const trend = names(String(renderChartSvg(bars, size, 'Trend', 'trend-chart-ro.count')));
    expect(abc.length).toBeGreaterThan(0);
    expect(abc.every((name) => name.startsWith('chart-abc-chart-'))).toBe(true);
    // The dot of the KPI id is not a CSS identifier character: it is written as _2e_.
    expect(trend.every((name) => name.startsWith('chart-trend-chart-ro_2e_count-'))).toBe(true);
    expect(abc.filter((name) => trend.includes(name))).toEqual([]);
  });

  it('numbers the CSS classes of each chart from 0, in the order they appear', () => {
    renderChartSvg(bars, size, 'Warm-up', 'other'); // moves ECharts' process-wide counter on
    const svg = String(renderChartSvg(bars, size, 'Stock', 'abc-chart'));
    const classes = [...svg.matchAll(/class="chart-abc-chart-cls-(\d+)"/g)].map(([, n]) => Number(n));
    expect(classes[0]).toBe(0);
    expect([...new Set(classes)]).toEqual([...new Set(classes)].map((_, index) => index));
  });
});
