import { writeFileSync } from 'node:fs';
import { renderRuleTable } from './rule-table';

writeFileSync(new URL('../docs/rules.md', import.meta.url), renderRuleTable());
console.log('docs/rules.md written');
