/**
 * Renders docs/kpi-catalog.md from the KPI definitions (`pnpm docs:kpis` writes it; a test checks
 * it is current): every KPI with its formula, unit, direction, period field, default target and
 * citation, so an auditor can trace each figure to its source without reading the code.
 */
import { type KpiDefinition, type KpiTarget, kpiCatalog, kpiSources } from '@aftersales/kpi';

const AREAS: Readonly<Record<KpiDefinition['area'], string>> = {
  service: 'Service (workshop) — 维修业务',
  care: 'Customer care — 客户关怀',
  parts: 'Parts — 配件',
  warranty: 'Warranty — 索赔',
  network: 'Network, budget and training — 网络、经费与培训',
};
const DIRECTIONS = { higher: '↑', lower: '↓', none: '—' } as const;

function target(value: KpiTarget | undefined): string {
  if (value === undefined) return '—';
  const bounds = [
    value.atLeast === undefined ? undefined : `≥ ${value.atLeast}`,
    value.above === undefined ? undefined : `> ${value.above}`,
    value.atMost === undefined ? undefined : `≤ ${value.atMost}`,
    value.below === undefined ? undefined : `< ${value.below}`,
  ].filter((bound) => bound !== undefined);
  return `${bounds.join(' and ')} (${value.cite})`;
}

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The Markdown text of docs/kpi-catalog.md. */
export function renderKpiCatalog(): string {
  const lines = [
    '# The KPI catalog',
    '',
    'Every KPI `kpiCatalog` computes, generated from the definitions in `packages/kpi/src/catalog/`',
    'by `pnpm docs:kpis`. Formulas are as implemented; the value is numerator ÷ denominator',
    '(× 100 for a percentage), with "no data" and a reason when the denominator is 0. A citation',
    '`manual:<key>` is a figure of the dealer manuals (SEED-FIGURES); `manual:catalog.<id>` is the',
    "after-sales KPI catalog's own definition. Targets are the defaults; a target profile overrides them.",
  ];
  for (const [area, title] of Object.entries(AREAS)) {
    const kpis = kpiCatalog.filter((kpi) => kpi.area === area);
    lines.push(
      '',
      `## ${title}`,
      '',
      '| id | 名称 / name | formula | unit | dir | period by | default target | cite |',
    );
    lines.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const kpi of kpis) {
      lines.push(
        `| \`${kpi.id}\` | ${cell(kpi.name.zh)} / ${cell(kpi.name.en)} | ${cell(kpi.formula.en)} | ${kpi.unit} | ${DIRECTIONS[kpi.direction]} | \`${kpi.source}.${kpi.periodBy}\` | ${cell(target(kpi.target))} | ${kpi.cite} |`,
      );
    }
  }
  lines.push(
    '',
    '## Fact sources',
    '',
    'The rows the KPIs count (`kpiSources`): the key of `computeKpis` records each comes from, the',
    'dimensions it can be grouped by, and its fields with their types. This is also the table layout',
    'a warehouse needs to run the catalog in SQL. Numbers and money are exact decimals of at most four',
    'places; instants are ISO 8601 with an offset; dates are `YYYY-MM-DD`.',
  );
  for (const source of Object.values(kpiSources)) {
    const dimensions = Object.entries(source.dimensions)
      .map(([dimension, field]) => `${dimension} → \`${field}\``)
      .join(', ');
    const fields = Object.entries(source.fields)
      .map(([name, field]) => `\`${name}\` ${field.type}${field.required === true ? ' (required)' : ''}`)
      .join(', ');
    lines.push('', `### \`${source.name}\` — ${source.title.en} / ${source.title.zh}`, '');
    lines.push(`- input: \`${source.input}\`; dimensions: ${dimensions === '' ? '—' : dimensions}`);
    lines.push(`- fields: ${fields}`);
  }
  return `${lines.join('\n')}\n`;
}
