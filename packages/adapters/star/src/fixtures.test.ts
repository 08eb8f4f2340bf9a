import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The package keeps its own copy of STAR's examples so its tests run from a clone alone. Where the
// project's shared fixtures are present (the workspace this product is developed in), the copy
// must be the same bytes, and every shared example must be in it: "every example must import".
const COPY = fileURLToPath(new URL('../fixtures/', import.meta.url));
const SHARED = fileURLToPath(new URL('../../../../../shared/fixtures/star/', import.meta.url));
const shared = existsSync(SHARED);

describe.runIf(shared)('the copy of STAR fixtures', () => {
  it('has every shared example, byte for byte', () => {
    const examples = readdirSync(`${SHARED}examples`).sort();
    expect(readdirSync(`${COPY}examples`).sort()).toEqual(examples);
    for (const name of examples) {
      expect(readFileSync(`${COPY}examples/${name}`), name).toEqual(
        readFileSync(`${SHARED}examples/${name}`),
      );
    }
  });

  it('has the same repair-order schema and licence', () => {
    for (const name of ['repair_order.openapi_schema.yaml', 'LICENSE-EPL-1.0.txt']) {
      expect(readFileSync(`${COPY}${name}`), name).toEqual(readFileSync(`${SHARED}${name}`));
    }
  });
});

it('has the examples the tests read', () => {
  if (!shared) console.log(`shared STAR fixtures not found at ${SHARED}: comparing the copy skipped`);
  expect(readdirSync(`${COPY}examples`).filter((name) => name.endsWith('.json')).length).toBe(10);
});
