import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderFlowDiagrams } from '../../scripts/flow-diagrams';

describe('docs/flow-diagrams.md', () => {
  const doc = readFileSync(new URL('../../docs/flow-diagrams.md', import.meta.url), 'utf8');

  it('is current (run `pnpm docs:flows` after changing a flow)', () => {
    expect(doc).toBe(renderFlowDiagrams());
  });

  it('draws the repair order from the start to delivery, with the guard on delivery', () => {
    expect(doc).toContain('[*] --> new');
    expect(doc).toMatch(/settled --> delivered : deliver \[ro\.final-inspection-passed\]/);
  });
});
