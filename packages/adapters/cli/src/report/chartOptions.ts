import type { EChartsOption } from 'echarts';
import type { KpiTrend } from '../audit/auditTypes';
import { type ReportLang, reportMessage } from './messages';

/** The colour of measured values; the target line's is {@link TARGET_COLOUR}. */
export const VALUE_COLOUR = '#3867d6';
/** The colour of a target line. */
export const TARGET_COLOUR = '#c5221f';

const small = { fontSize: 10 } as const;

// zrender caches text widths in a plain object keyed by the text: a line that is the name of an
// Object.prototype member (`__proto__`, `constructor`, `toString`, …) reaches Object.prototype and
// pollutes it for the whole process. A word joiner (U+2060, invisible, no line break) after the
// first letter of every such name keeps each line of a label, however it wraps, off those keys.
const PROTOTYPE_NAMES = new RegExp(
  Object.getOwnPropertyNames(Object.prototype)
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);

/**
 * A text as handed to ECharts to draw: the same to the eye, never the name of an Object.prototype
 * member on any of its lines (see above).
 *
 * @example
 * chartText('constructor'); // 'c\u2060onstructor'
 * chartText('12.50');       // '12.50'
 */
export function chartText(text: string): string {
  return text.replace(PROTOTYPE_NAMES, (name) => `${name[0]}\u2060${name.slice(1)}`);
}

/**
 * The line chart of one KPI by month: a point (labelled with the report's decimal string) per month
 * that has a value, a gap for a month without, and the target as a dashed line when there is one.
 * Values go to ECharts as decimal strings: ECharts only places them on the axis.
 *
 * @example
 * const option = trendChartOption(
 *   { kpi: 'ro.comeback', name: { en: 'Comeback rate', zh: '返修率' }, unit: 'percent', target: '2',
 *     months: [{ month: '2024-01', value: '2.4' }, { month: '2024-02', value: null }] },
 *   'en',
 * );
 */
export function trendChartOption(trend: KpiTrend, lang: ReportLang): EChartsOption {
  const values = trend.months.map((month) => month.value);
  const target = trend.target;
  return {
    grid: { left: 44, right: target === undefined ? 20 : 72, top: 20, bottom: 28 },
    xAxis: { type: 'category', data: trend.months.map((month) => chartText(month.month)), axisLabel: small },
    yAxis: { type: 'value', scale: true, axisLabel: small },
    series: [
      {
        type: 'line',
        data: [...values],
        connectNulls: false,
        symbol: 'circle',
        symbolSize: 6,
        showSymbol: true,
        showAllSymbol: true,
        color: VALUE_COLOUR,
        label: {
          show: true,
          ...small,
          formatter: (params: { dataIndex: number }) => chartText(values[params.dataIndex] ?? ''),
        },
      },
      ...(target === undefined
        ? []
        : [
            {
              type: 'line' as const,
              data: trend.months.map(() => target),
              showSymbol: false,
              silent: true,
              color: TARGET_COLOUR,
              lineStyle: { type: 'dashed' as const, width: 1 },
              endLabel: {
                show: true,
                ...small,
                formatter: chartText(`${reportMessage('target', lang)} ${target}`),
              },
            },
          ]),
    ],
  };
}

/**
 * One bar of {@link barChartOption}: its category, its value (a decimal string), the text shown on
 * it and its colour.
 *
 * @example
 * const bar: ChartBar = { category: 'A (320)', value: '412500.00', text: '412,500.00', colour: '#3867d6' };
 */
export interface ChartBar {
  readonly category: string;
  readonly value: string;
  readonly text: string;
  readonly colour: string;
}

/**
 * A bar chart of values by category, each bar labelled with its own text (the report's figure).
 *
 * @example
 * const option = barChartOption([{ category: 'A', value: '10.50', text: '10.50', colour: '#3867d6' }]);
 */
export function barChartOption(bars: readonly ChartBar[]): EChartsOption {
  return {
    grid: { left: 72, right: 16, top: 28, bottom: 32 },
    xAxis: {
      type: 'category',
      data: bars.map((bar) => chartText(bar.category)),
      axisLabel: { ...small, interval: 0, width: 96, overflow: 'break' },
    },
    yAxis: { type: 'value', axisLabel: small },
    series: [
      {
        type: 'bar',
        barMaxWidth: 56,
        data: bars.map((bar) => ({ value: bar.value, itemStyle: { color: bar.colour } })),
        label: {
          show: true,
          position: 'top',
          ...small,
          formatter: (params: { dataIndex: number }) => chartText(bars[params.dataIndex]?.text ?? ''),
        },
      },
    ],
  };
}
