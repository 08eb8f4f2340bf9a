import { writeFileSync } from 'node:fs';
import { renderErrorsDoc } from './errors-doc';

writeFileSync(new URL('../docs/errors.md', import.meta.url), renderErrorsDoc());
console.log('docs/errors.md written');
