/**
 * The TypeScript examples of the Markdown docs, as the doc-examples test reads them.
 *
 * A block fenced as ```` ```ts ```` is type-checked and run. Two explicit marks, each followed by
 * the reason, leave a block out:
 *
 * - ```` ```ts no-run <reason> ````: type-checked, not run (it needs a server, a database, a file);
 *   an `<!-- example-setup … -->` comment right above it may declare what the fragment takes as
 *   given (`declare const repairOrders: RepairOrder[];`), for the type-check only;
 * - ```` ```ts fragment <reason> ````: neither (a shape, a piece of a larger program).
 *
 * A block fenced ```` ```ts continues ```` goes on from the block right above it (which must be
 * run too), like the next cell of a notebook: it is checked and run after that block's code, and
 * prints what both print.
 *
 * A line ending in `// → text` is an expected output: a block with such lines must print exactly
 * those lines, in order (console.log, formatted as Node formats it).
 */

/** What the test does with a block. */
export type ExampleMode = 'run' | 'no-run' | 'fragment';

/** One ```ts block of a Markdown file. */
export interface DocExample {
  /** The Markdown file, relative to the repository root (`docs/getting-started.md`). */
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly mode: ExampleMode;
  /** Why the block is not run (marked blocks only); empty when the mark gave none. */
  readonly reason: string;
  readonly code: string;
  /** Declarations from an `example-setup` comment above the block, for the type-check. */
  readonly setup: string;
  /** For a block that `continues` the one above: the code it goes on from (else ''). */
  readonly prelude: string;
  /** The `// → …` expectations, in order. */
  readonly expected: readonly string[];
}

const OPEN = /^```(\S*)[ \t]*(.*)$/;
const CLOSE = /^```[ \t]*$/;
const MARK = /^(no-run|fragment)\b[ \t:—–-]*(.*)$/;
const CONTINUES = 'continues';
const EXPECT = /\/\/ → (.*)$/;
const SETUP_START = '<!-- example-setup';

/** The text of an `<!-- example-setup … -->` comment ending on the line above `index`, or ''. */
function setupAbove(lines: readonly string[], index: number): string {
  let end = index - 1;
  while (end >= 0 && (lines[end] ?? '').trim() === '') end--;
  if (end < 0 || !(lines[end] ?? '').trim().endsWith('-->')) return '';
  let start = end;
  while (start >= 0 && !(lines[start] ?? '').trimStart().startsWith('<!--')) start--;
  if (start < 0 || !(lines[start] ?? '').trimStart().startsWith(SETUP_START)) return '';
  const text = lines.slice(start, end + 1).join('\n');
  return text.slice(text.indexOf(SETUP_START) + SETUP_START.length, text.lastIndexOf('-->')).trim();
}

/**
 * Every ```ts block of a Markdown text, with its mark, setup and expected output.
 *
 * @throws Error on an unclosed fence or an unknown mark (` ```ts maybe `)
 * @example
 * extractExamples('```ts\nconsole.log(1 + 1); // → 2\n```\n', 'x.md')[0]?.expected; // ['2']
 */
export function extractExamples(markdown: string, file: string): DocExample[] {
  const lines = markdown.split('\n');
  const examples: DocExample[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = OPEN.exec(lines[index] ?? '');
    if (!open) continue;
    const [, lang = '', info = ''] = open;
    const body: string[] = [];
    let close = index + 1;
    while (close < lines.length && !CLOSE.test(lines[close] ?? '')) body.push(lines[close++] ?? '');
    if (close >= lines.length) throw new Error(`${file}:${index + 1}: the code block is not closed`);
    if (lang === 'ts') {
      let mode: ExampleMode = 'run';
      let reason = '';
      let above: DocExample | undefined;
      if (info === CONTINUES) {
        above = examples.at(-1);
        if (above?.mode !== 'run') {
          throw new Error(`${file}:${index + 1}: 'continues' needs a block that is run right above it`);
        }
      } else if (info !== '') {
        const mark = MARK.exec(info);
        if (!mark) throw new Error(`${file}:${index + 1}: unknown mark '${info}' (use no-run or fragment)`);
        mode = mark[1] as ExampleMode;
        reason = (mark[2] ?? '').trim();
      }
      const code = body.join('\n');
      const expected = body.flatMap((line) => {
        const match = EXPECT.exec(line);
        return match ? [(match[1] ?? '').trim()] : [];
      });
      examples.push({
        file,
        line: index + 1,
        mode,
        reason,
        code,
        setup: above?.setup ?? setupAbove(lines, index),
        prelude:
          above === undefined ? '' : [above.prelude, above.code].filter((part) => part !== '').join('\n'),
        expected: [...(above?.expected ?? []), ...expected],
      });
    }
    index = close;
  }
  return examples;
}
