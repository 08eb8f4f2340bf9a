import { readFileSync } from 'node:fs';
import { kpiCatalog } from '@aftersales/kpi';
import { describe, expect, it } from 'vitest';
import { renderKpiCatalog } from '../../scripts/kpi-catalog-doc';

describe('docs/kpi-catalog.md', () => {
  const doc = readFileSync(new URL('../../docs/kpi-catalog.md', import.meta.url), 'utf8');

  it('is current (run `pnpm docs:kpis` after changing a KPI)', () => {
    expect(doc).toBe(renderKpiCatalog());
  });

  it('lists every KPI of the catalog once', () => {
    for (const kpi of kpiCatalog) expect(doc.split(`| \`${kpi.id}\` |`).length - 1).toBe(1);
  });
});
