import { readFileSync } from 'node:fs';
import { errorCodes } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { renderErrorsDoc } from '../../scripts/errors-doc';

describe('docs/errors.md', () => {
  const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');

  it('is current (run `pnpm docs:errors` after changing a code or message)', () => {
    expect(doc).toBe(renderErrorsDoc());
  });

  it('lists every code once', () => {
    for (const code of errorCodes) expect(doc.split(`| \`${code}\` |`).length - 1, code).toBe(1);
  });
});
