/**
 * Shared by the adapters' robustness tests: how many runs a property gets, how long a test may
 * take before it counts as hung, and adversarial shapes (nesting, prototype keys, text encodings)
 * built without recursion, so that building them cannot overflow the stack the test looks at.
 */

/**
 * Runs per property (`FUZZ_SCALE=20 npx vitest run …` digs deeper locally), and a test's time
 * limit: shared with the other robustness tests. The limit is not a speed test: tens of times what
 * a test takes, so it only trips on an infinite loop, a catastrophic regular expression or work
 * quadratic in a large input.
 */
export { runs, TEST_TIMEOUT as NO_HANG_MS } from './publicEntryPoints';

/** `levels` arrays, one inside the other, around `inner`. */
export function nestedArrays(levels: number, inner: unknown = 1): unknown {
  let value = inner;
  for (let level = 0; level < levels; level++) value = [value];
  return value;
}

/** `levels` objects, each the only value of the one around it under `key`, around `inner`. */
export function nestedObjects(levels: number, key = 'a', inner: unknown = 1): unknown {
  let value = inner;
  for (let level = 0; level < levels; level++) value = Object.fromEntries([[key, value]]);
  return value;
}

/**
 * JSON text of `levels` nested objects under `key` (`{"k":{"k":…1…}}`), built as text: with
 * `__proto__` as key, `JSON.parse` makes it an own key at every level, as a hostile sender's would.
 */
export function nestedJsonText(levels: number, key: string): string {
  return `${`{${JSON.stringify(key)}:`.repeat(levels)}1${'}'.repeat(levels)}`;
}

/**
 * GB18030 (GBK) bytes of a text of ASCII and Chinese characters, from a table built by decoding
 * every two-byte GBK code with the platform's decoder (this tests the reader, not the decoder).
 *
 * @throws Error for a character with no two-byte GBK code (keep test texts to common Chinese)
 */
export function gbk(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const pair = gbkTable().get(char);
    if (pair === undefined) throw new Error(`no GBK code for ${char}`);
    out.push(...pair);
  }
  return new Uint8Array(out);
}

let table: Map<string, readonly [number, number]> | undefined;
function gbkTable(): Map<string, readonly [number, number]> {
  if (table !== undefined) return table;
  table = new Map();
  const decoder = new TextDecoder('gb18030', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      let char: string;
      try {
        char = decoder.decode(new Uint8Array([lead, trail]));
      } catch {
        continue; // not a character in GB18030
      }
      if (!table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return table;
}

/** UTF-8 bytes of a text. */
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The bytes of `parts` one after the other. */
export function joinBytes(...parts: readonly (Uint8Array | readonly number[])[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** An async iterable handing `bytes` over in pieces cut at `cuts` (byte offsets, any order). */
export function inPieces(bytes: Uint8Array, cuts: readonly number[]): AsyncIterable<Uint8Array> {
  const at = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const ends = [...at, bytes.length];
  return {
    async *[Symbol.asyncIterator]() {
      let start = 0;
      for (const end of ends) {
        yield bytes.subarray(start, end);
        start = end;
      }
    },
  };
}
