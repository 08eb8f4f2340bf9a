import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { errorCodes, isAftersalesError, type LocalizedText } from '@aftersales/core';
import { afterEach, describe, expect, it } from 'vitest';
import { exampleSources } from '../../scripts/error-examples/exampleSources';
import { errorExamples } from '../../scripts/error-examples/index';
import { raisedCodes } from '../../scripts/error-examples/raisedCodes';
import type { ErrorExample } from '../../scripts/error-examples/types';
import { renderErrorsDoc } from '../../scripts/errors-doc';

const root = fileURLToPath(new URL('../../', import.meta.url));
const codes: readonly string[] = errorCodes;
const areas = new Set(codes.map((code) => code.split('.')[0] ?? ''));

/** The messages that came with one occurrence of a code in an example's value. */
type Occurrence = { readonly message: unknown };

/**
 * Every object of `value` (walked through arrays, objects and enumerable getters) whose `code` is
 * `code`. Its message is its own `message`, else its container's: a parts order line records a
 * refusal as a trace step `{ facts: { code }, message }`.
 */
function occurrences(value: unknown, code: string): Occurrence[] {
  const found: Occurrence[] = [];
  const seen = new Set<object>();
  const visit = (node: unknown, parent: Readonly<Record<string, unknown>> | undefined): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const record = node as Readonly<Record<string, unknown>>;
    if (record.code === code) found.push({ message: 'message' in record ? record.message : parent?.message });
    for (const child of Object.values(record)) visit(child, record);
  };
  visit(value, undefined);
  return found;
}

/** The messages the CLI printed for `code` (`aftersales: [code] message`, one line per issue). */
function printed(stderr: string, code: string): string[] {
  return stderr
    .split('\n')
    .filter((line) => line.startsWith(`aftersales: [${code}] `))
    .map((line) => line.slice(`aftersales: [${code}] `.length));
}

const isText = (message: unknown): message is LocalizedText =>
  typeof (message as LocalizedText | null)?.en === 'string' &&
  typeof (message as LocalizedText | null)?.zh === 'string';

/** What running an example gave: the value, or what it threw. */
async function run(example: ErrorExample): Promise<{ value: unknown } | { thrown: unknown }> {
  try {
    const result = example.example();
    // A promise-returning example must be an async arrow, so that the doc shows its `await`.
    if (result instanceof Promise)
      expect(example.example.constructor.name, example.code).toBe('AsyncFunction');
    return { value: await result };
  } catch (thrown) {
    return { thrown };
  }
}

describe('docs/errors.md', () => {
  const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');

  it('is current (run `pnpm docs:errors` after changing a code, a message or an example)', () => {
    expect(doc).toBe(renderErrorsDoc());
  });

  it('has one section per code', () => {
    for (const code of errorCodes) expect(doc.split(`\n### \`${code}\`\n`).length - 1, code).toBe(1);
  });
});

describe('the bad-input catalog (scripts/error-examples)', () => {
  it('has exactly one example per code, and names no other code', () => {
    const named = errorExamples.map((entry) => entry.code);
    expect([...named].sort()).toEqual([...codes].sort());
    for (const entry of errorExamples) {
      expect(entry.meaning.length, entry.code).toBeGreaterThan(20);
      expect(entry.meaningZh.length, entry.code).toBeGreaterThan(8);
      expect(entry.meaningZh, entry.code).not.toBe(entry.meaning);
    }
  });

  it('shows the source of every example, and of nothing else', () => {
    const sources = exampleSources();
    expect([...sources.keys()].sort()).toEqual(errorExamples.map((entry) => entry.code).sort());
    for (const [code, source] of sources) {
      // A program to paste: it imports the packages by name and has no `return` left at the top.
      expect(source, code).toMatch(/^import .* from '@aftersales\/[a-z-]+';$/m);
      expect(source, code).not.toMatch(/^return\b/m);
    }
  });

  // The CLI examples read the language from the environment; leave it as it was found.
  const lang = process.env.AFTERSALES_LANG;
  afterEach(() => {
    if (lang === undefined) delete process.env.AFTERSALES_LANG;
    else process.env.AFTERSALES_LANG = lang;
  });

  describe.each(errorExamples.map((example) => [example.code, example] as const))('%s', (code, example) => {
    it(`${example.outcome} its code, with a message in English and Chinese`, async () => {
      process.env.AFTERSALES_LANG = 'en';
      const outcome = await run(example);
      if (example.outcome === 'throws') {
        if (!('thrown' in outcome)) throw new Error(`${code}: the example did not throw`);
        expect(isAftersalesError(outcome.thrown), String(outcome.thrown)).toBe(true);
        if (!isAftersalesError(outcome.thrown)) return;
        expect(outcome.thrown.code).toBe(code);
        const { en, zh } = outcome.thrown.messages;
        expect([en.length > 0, zh.length > 0, en !== zh]).toEqual([true, true, true]);
        return;
      }
      if ('thrown' in outcome) throw outcome.thrown;
      if (typeof outcome.value === 'string') {
        // The CLI's standard error, in the language AFTERSALES_LANG chooses.
        const en = printed(outcome.value, code);
        process.env.AFTERSALES_LANG = 'zh';
        const again = await run(example);
        const zh = 'value' in again ? printed(String(again.value), code) : [];
        expect(en.length).toBeGreaterThan(0);
        expect(zh).toHaveLength(en.length);
        en.forEach((message, index) => {
          expect(message.length).toBeGreaterThan(0);
          expect(zh[index]).not.toBe(message);
        });
        return;
      }
      const found = occurrences(outcome.value, code);
      expect(found.length).toBeGreaterThan(0);
      for (const { message } of found) {
        expect(isText(message), JSON.stringify(message)).toBe(true);
        if (!isText(message)) continue;
        expect([message.en.length > 0, message.zh.length > 0, message.en !== message.zh]).toEqual([
          true,
          true,
          true,
        ]);
      }
    });
  });
});

describe('the codes the source raises', () => {
  const raised = raisedCodes(root, areas);

  it('finds the places codes are raised (a scan that finds nothing proves nothing)', () => {
    // About 600 places in 300 files when this was written; a scan broken by a refactoring of the
    // raising helpers would find far fewer.
    expect(raised.length).toBeGreaterThan(400);
    expect(new Set(raised.map((place) => place.code)).size).toBeGreaterThan(70);
  });

  it('lists every code it raises in the catalog', () => {
    expect(raised.filter((place) => !codes.includes(place.code))).toEqual([]);
  });

  it('raises every catalog code somewhere in the source', () => {
    const found = new Set(raised.map((place) => place.code));
    expect(codes.filter((code) => !found.has(code))).toEqual([]);
  });
});
