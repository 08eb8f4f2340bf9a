/**
 * Chinese messages are Chinese: no English fragment reaches the `zh` text of an error.
 *
 * A template interpolates parameters that its call sites pass; a call site passes English text
 * (a format name, a type name, a reason). This test reads every call site in the packages' source
 * (the places scripts/error-examples/raisedCodes.ts finds), renders the code's template with the
 * parameters written there and asks the Chinese message for English words; a parameter computed
 * at run time must come with its Chinese twin (`reasonZh`), or be from a closed vocabulary whose
 * every word is rendered here (zod's and `typeof`'s type names, contribution kinds).
 *
 * A twin's own text is not checked: it is written in Chinese by hand, and names fields and
 * options as they are spelled (`days 与 months 只能给出其一`).
 */
import { fileURLToPath } from 'node:url';
import * as core from '@aftersales/core';
import {
  contributionKinds,
  describeError,
  type ErrorCode,
  errorCodes,
  type IssueParams,
  issuesFromZod,
} from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { raisedCodes } from '../../scripts/error-examples/raisedCodes';
import { type CallSite, callSites } from './callSiteParams';
import { englishWords } from './englishWords';

const root = fileURLToPath(new URL('../../', import.meta.url));

// --- The rules -----------------------------------------------------------------------------------

/**
 * Parameters that are prose: a Chinese message needs their Chinese, from a `<name>Zh` twin or
 * core's term table. `expected` and `received` are type names in `input.*` (elsewhere they are
 * currency codes or VIN digits, kept as they are).
 */
const isProse = (code: ErrorCode, name: string): boolean =>
  ['format', 'reason', 'detail', 'what', 'fact', 'readAs', 'list', 'kind', 'soldOn'].includes(name) ||
  (code.startsWith('input.') && ['expected', 'received'].includes(name));

/** True when the template of `code` shows parameter `name` in its Chinese message. */
const shownInZh = (code: ErrorCode, name: string): boolean =>
  describeError(code, { [name]: 'zzshown' }).zh.includes('zzshown');

/**
 * Computed prose kept as it came, each for a reason:
 * - the message of the file system or of `JSON.parse` (`ENOENT: no such file…`), and what a UI
 *   listener threw: not the library's text;
 * - a type name from `typeName`/`typeof` (`received`) and a contribution kind (`kind`): a closed
 *   vocabulary, each of whose words is rendered below.
 */
const KEPT_AS_IS: Readonly<Partial<Record<ErrorCode, readonly string[]>>> = {
  'cli.unreadable_file': ['reason'],
  'cli.unwritable_file': ['reason'],
  'cli.invalid_json': ['reason'],
  'file.unreadable': ['reason'],
  'ui.listener_failed': ['detail'],
  'input.invalid_type': ['received'],
  'registry.unknown': ['kind'],
  'plugin.duplicate_contribution': ['kind'],
};

/** Computed type and format names from a closed vocabulary, each of whose words is rendered below. */
const CLOSED_VOCABULARY: ReadonlySet<string> = new Set([
  // zod's type and format names (`issue.expected`, `issue.format`).
  'packages/core/src/errors/fromZod.ts input.invalid_type.expected',
  'packages/core/src/errors/fromZod.ts input.invalid_format.format',
  // A flow payload field's declared type: 'string', 'number' or 'boolean'.
  'packages/core/src/flow/payload.ts input.invalid_type.expected',
  // `typeof` of a parts-health default (a number or a string).
  'packages/parts/src/health/partsHealthOptions.ts input.invalid_type.expected',
]);

/**
 * Call sites whose Chinese still carries English, left to their packages (`<code> <file>`). Each
 * entry must still be found: delete it once fixed. Empty: every known leak is fixed.
 */
const PENDING: ReadonlySet<string> = new Set<string>([]);

const sites = callSites(root);

/** The parameters to render a site with: each literal in turn, `7` for computed ones, 中文 for twins. */
function renderings(site: CallSite): IssueParams[] {
  const base: Record<string, string | number | boolean> = {};
  for (const [name, value] of site.params) {
    base[name] = name.endsWith('Zh') ? '中文' : (value.texts[0] ?? '7');
  }
  const all: IssueParams[] = [base];
  for (const [name, value] of site.params) {
    if (name.endsWith('Zh')) continue;
    for (const text of value.texts.slice(1)) all.push({ ...base, [name]: text });
  }
  return all;
}

/** What is wrong at one call site. */
interface Finding {
  readonly site: CallSite;
  readonly what: string;
}
const fileOf = (site: CallSite): string => site.at.replace(/:\d+$/, '');
const isPending = (finding: Finding): boolean => PENDING.has(`${finding.site.code} ${fileOf(finding.site)}`);
const shown = (findings: readonly Finding[]): string[] => [
  ...new Set(findings.map(({ site, what }) => `${site.at} ${site.code}: ${what}`)),
];

/** Chinese messages rendered with a site's literal parameters that have English words. */
const english: Finding[] = sites.flatMap((site) =>
  renderings(site).flatMap((params) => {
    const { zh } = describeError(site.code, params);
    return englishWords(zh).length > 0 ? [{ site, what: zh }] : [];
  }),
);

/** Computed prose parameters with no Chinese twin, no term table entry and no reason to keep. */
const untranslated: Finding[] = sites.flatMap((site) =>
  [...site.params].flatMap(([name, value]) =>
    isProse(site.code, name) &&
    value.computed !== undefined &&
    shownInZh(site.code, name) &&
    !site.params.has(`${name}Zh`) &&
    !KEPT_AS_IS[site.code]?.includes(name) &&
    !CLOSED_VOCABULARY.has(`${fileOf(site)} ${site.code}.${name}`)
      ? [{ site, what: `${name} = ${value.computed}` }]
      : [],
  ),
);

describe('the call sites the scan reads', () => {
  it('are the places raisedCodes finds codes raised (the same scan, with the parameters)', () => {
    // raisedCodes also counts `x.code === '…'` comparisons and issue objects, which raise nothing.
    const raising = new Set(sites.map((site) => `${site.code} ${site.at}`));
    const raised = raisedCodes(root, new Set(errorCodes.map((code) => code.split('.')[0] ?? '')));
    expect(raising.size).toBeGreaterThan(raised.length * 0.9);
    expect([...new Set(sites.map((site) => site.code))].sort()).toEqual([...errorCodes].sort());
  });
});

describe('Chinese messages rendered with the parameters of every call site', () => {
  it('have no English word', () => {
    expect(shown(english.filter((finding) => !isPending(finding)))).toEqual([]);
  });

  it('have a Chinese twin for every computed prose parameter', () => {
    expect(shown(untranslated.filter((finding) => !isPending(finding)))).toEqual([]);
  });

  it('still carry English at each pending site (delete an entry of PENDING once it is fixed)', () => {
    const found = new Set(
      [...english, ...untranslated].map((finding) => `${finding.site.code} ${fileOf(finding.site)}`),
    );
    expect([...PENDING].filter((entry) => !found.has(entry))).toEqual([]);
  });
});

describe('englishWords', () => {
  it('finds the English of a leaked phrase, and keeps identifiers, acronyms and quoted values', () => {
    expect(englishWords('repair.date 不是有效的calendar date (YYYY-MM-DD)')).toEqual(['calendar', 'date']);
    expect(englishWords('应为 an integer（实际为 number）')).toEqual(['integer', 'number']);
    expect(
      englishWords(
        '“LSVAU2180N2123456”不是 IANA 时区（如 Asia/Shanghai），见 roNumber、x-api-key、createFlow()',
      ),
    ).toEqual([]);
    expect(englishWords("应为 { en, zh }（实际为 null），值 'whatever text'")).toEqual([]);
  });
});

// --- Closed vocabularies: zod's names, typeof, contribution kinds ---------------------------------

/** One value of each JavaScript type (and NaN), as a caller may pass by mistake. */
const SAMPLES: readonly unknown[] = ['text', 1.5, Number.NaN, true, null, [], {}, 10n, Symbol('s'), () => 0];

interface ZodDef {
  readonly type?: string;
  readonly check?: string;
  readonly format?: string;
  readonly checks?: readonly { readonly _zod?: { readonly def?: ZodDef } }[];
  readonly [key: string]: unknown;
}

/** zod's `expected` names of `invalid_type` (zod 4's $ZodInvalidTypeExpected). */
const ZOD_TYPES: ReadonlySet<string> = new Set(
  'string number boolean bigint symbol null date array object tuple record map set file nan function'.split(
    ' ',
  ),
);

/** The zod types and string formats of every schema core exports, walked through their definitions. */
function zodVocabulary(): { types: Set<string>; formats: Set<string> } {
  const types = new Set<string>();
  const formats = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    const def = (value as { _zod?: { def?: ZodDef } })._zod?.def;
    if (def === undefined) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (Object.getPrototypeOf(value) === Object.prototype) Object.values(value).forEach(visit);
      return;
    }
    const checks = [def, ...(def.checks ?? []).map((check) => check._zod?.def ?? {})];
    for (const check of checks) {
      if (check.check === 'string_format' && check.format) formats.add(check.format);
      if (check.check === 'number_format' && /int/.test(check.format ?? '')) types.add('int');
    }
    if (def.type && ZOD_TYPES.has(def.type)) types.add(def.type);
    for (const [key, child] of Object.entries(def)) {
      if (key !== 'checks' && key !== 'getter') visit(child);
    }
    if (typeof def.getter === 'function') visit((def.getter as () => unknown)());
  };
  Object.values(core).forEach(visit);
  return { types, formats };
}

type ZodError = Parameters<typeof issuesFromZod>[0];
const zodError = (issue: Record<string, unknown>): ZodError =>
  ({
    issues: [{ path: ['vehicle', 'saleDate'], message: 'Invalid input', ...issue }],
  }) as unknown as ZodError;

describe('Chinese messages of closed vocabularies', () => {
  const { types, formats } = zodVocabulary();

  it('finds the types and formats of core’s schemas (a walk that finds nothing proves nothing)', () => {
    for (const type of ['string', 'number', 'int', 'boolean', 'object', 'array'])
      expect(types).toContain(type);
    for (const format of ['date', 'datetime']) expect(formats).toContain(format);
  });

  it('have no English word for each zod type core’s schemas use, whatever was received', () => {
    const english = [...types].flatMap((expected) =>
      SAMPLES.flatMap((received) =>
        issuesFromZod(zodError({ code: 'invalid_type', expected }), {
          vehicle: { saleDate: received },
        }).flatMap((issue) => (englishWords(issue.message.zh).length > 0 ? [issue.message.zh] : [])),
      ),
    );
    expect(english).toEqual([]);
  });

  it('have no English word for each zod format core’s schemas use', () => {
    const english = [...formats].flatMap((format) =>
      issuesFromZod(zodError({ code: 'invalid_format', format }), { vehicle: { saleDate: 'x' } }).flatMap(
        (issue) => (englishWords(issue.message.zh).length > 0 ? [issue.message.zh] : []),
      ),
    );
    expect(english).toEqual([]);
  });

  it('have no English word for a type name from typeof, as expected or as received', () => {
    const names = SAMPLES.map((value) => typeof value);
    const english = names.flatMap((name) =>
      [
        describeError('input.invalid_type', { expected: name, received: 'null' }).zh,
        describeError('input.invalid_type', { expected: 'array', received: name }).zh,
      ].filter((zh) => englishWords(zh).length > 0),
    );
    expect(english).toEqual([]);
  });

  it('have no English word for each kind of contribution', () => {
    const english = contributionKinds.flatMap((kind) =>
      [
        describeError('registry.unknown', { kind, id: 'x' }).zh,
        describeError('plugin.duplicate_contribution', { kind, id: 'x', first: 'a', second: 'b' }).zh,
      ].filter((zh) => englishWords(zh).length > 0),
    );
    expect(english).toEqual([]);
  });
});
