import { writeFileSync } from 'node:fs';
import { renderKpiCatalog } from './kpi-catalog-doc';

writeFileSync(new URL('../docs/kpi-catalog.md', import.meta.url), renderKpiCatalog());
console.log('docs/kpi-catalog.md written');
