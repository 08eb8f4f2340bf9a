import fc from 'fast-check';

/**
 * The adversarial values of issue #9 ("wrong types, huge numbers, negative quantities, dates out
 * of range, invalid VINs, unknown enum values, deep nesting, `__proto__` keys, malformed text"),
 * and near misses of a valid value: the same value with one field, somewhere in its tree, set to
 * one of them (picked to suit what the field holds), removed, given a `__proto__` key, or buried
 * under thousands of levels of nesting.
 *
 * Every shared value is deeply frozen: a function that writes into its input throws a TypeError
 * (strict mode) instead of passing silently, and the next run sees the same values.
 */

type Json = Record<string, unknown>;
type Path = readonly (string | number)[];

function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    // A typed array cannot be frozen; it is the only one here, and nothing writes to it.
    if (node !== null && typeof node === 'object' && !ArrayBuffer.isView(node) && !Object.isFrozen(node)) {
      Object.freeze(node);
      for (const key of Object.getOwnPropertyNames(node)) stack.push((node as Json)[key]);
    }
  }
  return value;
}

/** Far past what JS recursion survives when walked naively (~10k frames), built without recursion. */
const NESTING_DEPTH = 5_000;

function nested(depth: number, wrap: (inner: unknown) => unknown, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = wrap(value);
  return value;
}

/** Objects and arrays 5,000 levels deep, and the same as JSON text that a reader would parse. */
const DEEP = [
  nested(NESTING_DEPTH, (inner) => ({ a: inner }), '1'),
  nested(NESTING_DEPTH, (inner) => [inner], 1),
  nested(NESTING_DEPTH, (inner) => ({ id: 'X', items: [inner] }), null),
  `${'['.repeat(NESTING_DEPTH)}${']'.repeat(NESTING_DEPTH)}`,
];

/** JSON.parse makes `__proto__` an own key (an object literal would set the prototype instead). */
const POLLUTERS = [
  '{"__proto__":{"polluted":"yes","isAdmin":true}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"}}',
  '{"__proto__":null}',
  '{"__proto__":[]}',
  '{"toString":"not a function","valueOf":1,"hasOwnProperty":"x"}',
].map((text) => JSON.parse(text) as unknown);

const WRONG_TYPES: unknown[] = [
  null,
  undefined,
  true,
  false,
  0,
  '',
  ' ',
  [],
  {},
  [null],
  Object.create(null),
  10n,
  -(2n ** 80n),
  Symbol('adversarial'),
  () => 'a function',
  new Map([['a', 1]]),
  new Set([1]),
  new Uint8Array([0xff, 0xfe]),
  new Error('not a record'),
  new Date(0),
];

const HUGE_NUMBERS: unknown[] = [
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER,
  2 ** 53 + 2, // 2 ** 53 + 1 is not a double: it rounds to 2 ** 53
  -(2 ** 53) - 2,
  1e21, // String(1e21) is '1e+21'
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.NaN,
  0.1 + 0.2,
  1e-7, // String(1e-7) is '1e-7'
  '1e400',
  '-1e400',
  '1e308',
  'Infinity',
  'NaN',
  '0x10',
  '1_000',
  '9'.repeat(500),
  `-${'9'.repeat(500)}`,
  `0.${'0'.repeat(499)}1`,
  `${'1'.repeat(250)}.${'1'.repeat(250)}`,
  '9007199254740993', // 2 ** 53 + 1 as text
  '12.3456789',
  ' 12.50 ',
  '12,50',
  '１２.５', // full-width digits
];

const NEGATIVES: unknown[] = [
  -1,
  -0,
  -0.01,
  -1.5,
  '-1',
  '-0',
  '-0.00',
  '-0.01',
  '-12.50',
  '-999999999999.99',
];

/** Dates a `YYYY-MM-DD` field or a `Date` might be given, each wrong or at the edge of the range. */
const BAD_DATES: unknown[] = [
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '+275760-09-13',
  '+275760-09-14',
  '-271821-04-19',
  '2024-02-30',
  '2023-02-29',
  '2024-13-01',
  '2024-00-10',
  '2024-04-31',
  '2024-3-1',
  '20240301',
  '2024/03/01',
  '2024-03-01 ',
  '2024-03-01T00:00:00+08:00',
  new Date(Number.NaN),
  new Date(8.64e15),
  new Date(-8.64e15),
];

/** Instants (ISO 8601 with an offset) out of range or malformed. */
const BAD_INSTANTS: unknown[] = [
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59+14:00',
  '+275760-09-13T00:00:00.000Z',
  '+275760-09-13T00:00:00.001Z',
  '-271821-04-20T00:00:00Z',
  '2024-02-30T10:00:00+08:00',
  '2024-03-01T24:00:01+08:00',
  '2024-03-01T10:60:00+08:00',
  '2024-03-01T10:00:00+25:00',
  '2024-03-01T10:00:00',
  '2024-03-01 10:00:00+08:00',
  '2024-03-01',
  '2024-03-01T10:00:00.1234567890123+08:00',
  1_709_258_400_000,
  new Date(Number.NaN),
];

/** VINs that must be refused: wrong length, I/O/Q, a wrong check digit, odd characters. */
const BAD_VINS: unknown[] = [
  'LSVAU2187N212345', // 16
  'LSVAU2187N21234567', // 18
  'LSVAU2187N2I23456', // I
  'LSVAO2187N2123456', // O
  'QSVAU2187N2123456', // Q
  'LSVAU2180N2123456', // check digit 0, should be 7
  '1M8GDM9A0KP042788', // check digit 0, should be X
  'LSVAU2187N212345６', // a full-width digit
  'LSVAU2187N212345\u0000',
  'LSVAU2187N2\uD800123456',
  '',
];

/** Codes no enum has, and the names of Object.prototype members. */
const UNKNOWN_ENUMS: unknown[] = [
  'not_a_value',
  'CLOSED',
  'Closed',
  'closed ',
  'unknown',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
];

/** Text a decoder or a careless slice can produce: lone surrogates, NUL, mojibake, a BOM. */
const MALFORMED_TEXT: unknown[] = [
  '\uD800',
  '\uDFFF',
  'a\uD800b',
  '\uDFFF\uD800',
  '\u0000',
  '\uFFFE\uFFFF',
  '\uFFFD\uFFFD',
  '锟斤拷烫烫烫', // what GBK bytes read as UTF-8 and back look like
  'ä¸­æ–‡', // UTF-8 bytes read as Latin-1
  '\uFEFFid',
  '\u202Eevil',
  'x'.repeat(100_000),
];

const GENERAL = deepFreeze([
  ...WRONG_TYPES,
  ...HUGE_NUMBERS,
  ...NEGATIVES,
  ...BAD_DATES,
  ...BAD_INSTANTS,
  ...BAD_VINS,
  ...UNKNOWN_ENUMS,
  ...MALFORMED_TEXT,
  ...DEEP,
  ...POLLUTERS,
]);

/** Values that suit what a field holds now, so a near miss stays near. */
function suited(current: unknown): readonly unknown[] {
  if (typeof current === 'number') return [...HUGE_NUMBERS, ...NEGATIVES, '12', 1.5];
  if (typeof current === 'string') {
    if (/^[A-HJ-NPR-Z0-9]{17}$/.test(current)) return BAD_VINS;
    if (/^\d{4}-\d{2}-\d{2}T/.test(current)) return BAD_INSTANTS;
    if (/^\d{4}-\d{2}-\d{2}$/.test(current)) return BAD_DATES;
    if (/^\d{4}-\d{2}$/.test(current)) return ['2024-13', '2024-00', '0000-01', '+275760-09', '2024-1'];
    if (/^-?\d+(\.\d+)?$/.test(current)) return [...HUGE_NUMBERS, ...NEGATIVES];
    if (/^[a-z_]+$/.test(current)) return UNKNOWN_ENUMS;
    return [...MALFORMED_TEXT, ...UNKNOWN_ENUMS];
  }
  if (typeof current === 'boolean') return ['true', 'false', 1, 0, null];
  return [...WRONG_TYPES, ...DEEP, ...POLLUTERS];
}
const SUITED_CACHE = new Map<string, readonly unknown[]>();
function suitedFor(current: unknown): readonly unknown[] {
  const key = typeof current === 'string' ? current : typeof current;
  let values = SUITED_CACHE.get(key);
  if (values === undefined) {
    values = deepFreeze(suited(current));
    SUITED_CACHE.set(key, values);
  }
  return values;
}

/** Only plain objects and arrays are walked: a Money, a Map or a class instance is one leaf. */
function isPlain(value: unknown): value is Json | unknown[] {
  if (Array.isArray(value)) return true;
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const MAX_NODES = 4_000;

/** The paths of a value's nodes (itself first), breadth-first, at most MAX_NODES of them. */
function nodePaths(value: unknown): Path[] {
  const out: Path[] = [];
  const queue: { node: unknown; path: Path }[] = [{ node: value, path: [] }];
  for (let i = 0; i < queue.length && out.length < MAX_NODES; i += 1) {
    const { node, path } = queue[i] as { node: unknown; path: Path };
    out.push(path);
    if (isPlain(node) && path.length < 12) {
      const keys = Array.isArray(node) ? node.map((_, index) => index) : Object.keys(node);
      for (const key of keys) queue.push({ node: (node as Json)[key as string], path: [...path, key] });
    }
  }
  return out;
}
const PATH_CACHE = new WeakMap<object, Path[]>();
function pathsOf(value: unknown): Path[] {
  if (value === null || typeof value !== 'object') return [[]];
  let paths = PATH_CACHE.get(value);
  if (paths === undefined) {
    paths = nodePaths(value);
    PATH_CACHE.set(value, paths);
  }
  return paths;
}

const at = (value: unknown, path: Path): unknown =>
  path.reduce<unknown>((node, key) => (node as Json)[key as string], value);

/** A copy of `value` with `change` applied to the node at `path`: only the nodes on the path are copied. */
function changed(value: unknown, path: Path, change: (node: unknown) => unknown, remove: boolean): unknown {
  if (path.length === 0) return change(value);
  const [head, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(value)) {
    const copy = [...value];
    if (remove && rest.length === 0) copy.splice(Number(head), 1);
    else copy[Number(head)] = changed(copy[Number(head)], rest, change, remove);
    return copy;
  }
  const copy: Json = Object.getPrototypeOf(value) === null ? Object.create(null) : {};
  // Own keys copied with defineProperty, so an own `__proto__` key stays an own key.
  for (const [key, item] of Object.entries(value as Json)) {
    Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
  }
  if (remove && rest.length === 0) delete copy[head];
  else {
    Object.defineProperty(copy, head, {
      value: changed(copy[head], rest, change, remove),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/** One own `__proto__` (or `constructor`) key added to a plain object, the way JSON.parse makes it. */
function withPollutingKey(node: unknown, pick: number): unknown {
  if (!isPlain(node) || Array.isArray(node)) return POLLUTERS[pick % POLLUTERS.length];
  const copy: Json = {};
  for (const [key, item] of Object.entries(node)) copy[key] = item;
  const [key, value] = Object.entries(POLLUTERS[pick % 3] as Json)[0] as [string, unknown];
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

type MutationKind = 'suited' | 'any' | 'delete' | 'proto' | 'nest';
const KINDS: readonly MutationKind[] = [
  'suited',
  'suited',
  'suited',
  'suited',
  'any',
  'delete',
  'proto',
  'nest',
];

/** `base` with one change at its `where`-th node (see the file comment); `pick` chooses the value. */
function mutateOnce(base: unknown, where: number, pick: number, kind: MutationKind): unknown {
  const paths = pathsOf(base);
  // A change at the root replaces the whole value: keep that rare.
  const path = paths.length > 1 ? (paths[1 + (where % (paths.length - 1))] as Path) : [];
  const current = at(base, path);
  switch (kind) {
    case 'suited': {
      const values = suitedFor(current);
      return changed(base, path, () => values[pick % values.length], false);
    }
    case 'any':
      return changed(base, path, () => GENERAL[pick % GENERAL.length], false);
    case 'delete':
      return path.length === 0 ? undefined : changed(base, path, () => undefined, true);
    case 'proto':
      return changed(base, path, (node) => withPollutingKey(node, pick), false);
    case 'nest':
      return changed(base, path, () => DEEP[pick % DEEP.length], false);
  }
}

/** Text of a value for a failure message, cut at depth 6 (fast-check's own printer recurses without end). */
function brief(value: unknown, depth = 0): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…(${value.length})` : value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value !== 'object' || value === null) return String(value);
  if (depth >= 6) return Array.isArray(value) ? '[…]' : '{…}';
  if (Array.isArray(value))
    return `[${value
      .slice(0, 20)
      .map((item) => brief(item, depth + 1))
      .join(',')}]`;
  if (!isPlain(value)) return Object.prototype.toString.call(value);
  const entries = Object.entries(value).slice(0, 30);
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${brief(item, depth + 1)}`).join(',')}}`;
}

/** The value (an array or object), printed by `brief` when fast-check reports it. */
export function printable<T extends object>(value: T): T {
  Object.defineProperty(value, fc.toStringMethod, { value: () => brief(value) });
  return value;
}

/** An adversarial value of any category. */
export const adversarialValue: fc.Arbitrary<unknown> = fc.constantFrom(...GENERAL);

/** Keys a careless `target[key] = …` or deep merge turns into prototype pollution. */
export const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** A near miss of one of `bases`: one change somewhere in its tree. */
export function nearMissOf(bases: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.constantFrom(...bases), fc.nat(), fc.nat(), fc.constantFrom(...KINDS))
    .map(([base, where, pick, kind]) => mutateOnce(base, where, pick, kind));
}

/**
 * A near miss of a valid argument list: one argument changed once (mostly deep inside it),
 * sometimes an argument dropped or one more, adversarial, added.
 */
export function nearMissArguments(calls: readonly (readonly unknown[])[]): fc.Arbitrary<unknown[]> {
  return fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .tuple(fc.constantFrom(...calls), fc.nat(), fc.nat(), fc.nat(), fc.constantFrom(...KINDS))
        .map(([call, which, where, pick, kind]) => {
          if (call.length === 0) return [GENERAL[pick % GENERAL.length]];
          const index = which % call.length;
          const args = [...call];
          args[index] = mutateOnce(call[index], where, pick, kind);
          return printable(args);
        }),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...calls), adversarialValue, fc.boolean())
        .map(([call, extra, drop]) => printable(drop ? call.slice(0, -1) : [...call, extra])),
    },
  );
}
