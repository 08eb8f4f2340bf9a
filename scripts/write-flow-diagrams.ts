import { writeFileSync } from 'node:fs';
import { renderFlowDiagrams } from './flow-diagrams';

writeFileSync(new URL('../docs/flow-diagrams.md', import.meta.url), renderFlowDiagrams());
console.log('docs/flow-diagrams.md written');
