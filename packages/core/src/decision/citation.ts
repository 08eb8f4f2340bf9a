import { AftersalesError, type IssuePath } from '../errors/AftersalesError';
import { describeValue } from '../errors/guards';

/**
 * Where a rule comes from, as a string with a scheme:
 * - `regulation:<id>#<article>`: a law or regulation, e.g. `regulation:cn-sanbao-2021#24`;
 * - `manual:<key>`: a figure from the dealer manuals (docs: SEED-FIGURES), e.g. `manual:ro.comeback`;
 * - `oem:<policy>#<field>`: a field of a carmaker's policy, e.g. `oem:acme-2024#powertrain.months`.
 */
export type Citation = `regulation:${string}#${string}` | `manual:${string}` | `oem:${string}#${string}`;

/** A citation taken apart. */
export type ParsedCitation =
  | { readonly scheme: 'regulation'; readonly source: string; readonly article: string }
  | { readonly scheme: 'manual'; readonly key: string }
  | { readonly scheme: 'oem'; readonly policy: string; readonly field: string };

const NAME = '[A-Za-z0-9][A-Za-z0-9._-]*';
const REGULATION = new RegExp(`^regulation:(${NAME})#([A-Za-z0-9][A-Za-z0-9.()_-]*)$`);
const MANUAL = new RegExp(`^manual:(${NAME})$`);
const OEM = new RegExp(`^oem:(${NAME})#([A-Za-z0-9][A-Za-z0-9.\\[\\]_-]*)$`);

/**
 * Takes a citation apart, or returns `undefined` when the text is not one.
 *
 * @example
 * readCitation('regulation:cn-sanbao-2021#24'); // { scheme: 'regulation', source: 'cn-sanbao-2021', article: '24' }
 */
export function readCitation(text: unknown): ParsedCitation | undefined {
  if (typeof text !== 'string') return undefined;
  const regulation = REGULATION.exec(text);
  if (regulation?.[1] && regulation[2])
    return { scheme: 'regulation', source: regulation[1], article: regulation[2] };
  const manual = MANUAL.exec(text);
  if (manual?.[1]) return { scheme: 'manual', key: manual[1] };
  const oem = OEM.exec(text);
  if (oem?.[1] && oem[2]) return { scheme: 'oem', policy: oem[1], field: oem[2] };
  return undefined;
}

/**
 * True when `text` is a well-formed {@link Citation}.
 *
 * @example
 * isCitation('manual:parts.fill.rate'); // true
 * isCitation('see the manual'); // false
 */
export function isCitation(text: unknown): text is Citation {
  return readCitation(text) !== undefined;
}

/**
 * Checks a citation and returns it typed.
 *
 * @throws AftersalesError `decision.invalid_citation` when the text is not a citation
 * @example
 * const cite = citation('regulation:cn-sanbao-2021#22');
 */
export function citation(text: string, path: IssuePath = ['cite']): Citation {
  if (isCitation(text)) return text;
  const isPath =
    Array.isArray(path) && path.every((key) => typeof key === 'string' || typeof key === 'number');
  throw AftersalesError.of('decision.invalid_citation', isPath ? path : ['cite'], {
    value: describeValue(text),
  });
}
