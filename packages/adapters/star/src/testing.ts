import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Test helpers: STAR's examples and schema, read from the package's fixtures. Not exported. */

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** The parsed JSON of one of STAR's examples (file name without `.json`). */
export function starExample(name: string): unknown {
  return JSON.parse(readFileSync(`${FIXTURES}examples/${name}.json`, 'utf8'));
}

/** The text of STAR's repair-order OpenAPI schema. */
export function starSchemaText(): string {
  return readFileSync(`${FIXTURES}repair_order.openapi_schema.yaml`, 'utf8');
}

/** A VIN with a valid check digit, for documents that carry none. */
export const TEST_VIN = '1FTFW1E51NFA00001';
