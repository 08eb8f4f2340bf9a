import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DocExample, extractExamples } from './docExamples';
import type { ExampleRun } from './runDocExamples';

const root = fileURLToPath(new URL('../../', import.meta.url));
const markdownFiles = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];
const examples = markdownFiles.flatMap((file) =>
  extractExamples(readFileSync(join(root, file), 'utf8'), file),
);
const where = (example: DocExample): string => `${example.file}:${example.line}`;

/**
 * The blocks marked as not run, per file: a new mark must be added here on purpose, so marked
 * blocks cannot silently grow. [no-run, fragment].
 */
const MARKED: Readonly<Record<string, readonly [number, number]>> = {
  'docs/adapter-files.md': [3, 0],
  'docs/adapter-http.md': [1, 0],
  'docs/adapter-sql.md': [1, 0],
  'docs/adapter-star.md': [1, 0],
  'docs/adapter-ui.md': [1, 2],
  'docs/errors.md': [84, 0],
  'docs/flows.md': [1, 0],
  'docs/kpi-warehouse.md': [2, 0],
  'docs/kpis.md': [4, 0],
  'docs/parts.md': [6, 0],
  'docs/warranty.md': [2, 0],
};

// Inside the repository, so `@aftersales/*` resolve as they do for a reader who installed them;
// under node_modules/.cache, so a run that dies leaves nothing the linters or the type-check read.
const cache = join(root, 'node_modules', '.cache');
let dir = '';
const fileOf = new Map<DocExample, { readonly file: string; readonly setupLines: number }>();
const ambientFiles: string[] = [];
let runs: Promise<ExampleRun[]> = Promise.resolve([]);

function runExamples(files: readonly string[]): Promise<ExampleRun[]> {
  const results = join(dir, 'results.json');
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const runner = fileURLToPath(new URL('./runDocExamples.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['--conditions=@aftersales/source', runner, results, ...files], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`the example runner exited with ${code}:\n${stderr}`));
      else resolve(JSON.parse(readFileSync(results, 'utf8')) as ExampleRun[]);
    });
  });
}

function typeCheck(): string[] {
  const config = ts.readConfigFile(join(root, 'tsconfig.base.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const roots = [...ambientFiles, ...[...fileOf.values()].map(({ file }) => file)];
  const program = ts.createProgram(roots, { ...options, noEmit: true });
  const problems: string[] = [];
  for (const [example, { file, setupLines }] of fileOf) {
    const source = program.getSourceFile(file);
    if (source === undefined) throw new Error(`${file} is not in the program`);
    for (const diagnostic of [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ]) {
      const { line } = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      const inBlock = line - setupLines;
      const at =
        inBlock < 0
          ? `${where(example)} (its setup or the block it continues)`
          : `${example.file}:${example.line + 1 + inBlock}`;
      problems.push(`${at}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
    }
  }
  for (const file of ambientFiles) {
    const source = program.getSourceFile(file);
    for (const diagnostic of source ? program.getSemanticDiagnostics(source) : []) {
      problems.push(
        `${file} (a setup's declare module): ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`,
      );
    }
  }
  return problems;
}

/**
 * A setup's `declare module '…' { … }` blocks (types of a client library the repository does not
 * install, such as pg), apart from the rest: they must live in a script file to be ambient.
 */
function splitSetup(setup: string): { ambient: string; local: string } {
  const ambient: string[] = [];
  let local = setup;
  for (;;) {
    const start = local.search(/^declare module '[^']+' \{/m);
    if (start < 0) break;
    let depth = 0;
    let end = local.indexOf('{', start);
    for (; end < local.length; end++) {
      if (local[end] === '{') depth++;
      else if (local[end] === '}' && --depth === 0) break;
    }
    ambient.push(local.slice(start, end + 1));
    local = local.slice(0, start) + local.slice(end + 1);
  }
  return { ambient: ambient.join('\n'), local: local.trim() };
}

describe('the TypeScript examples in README.md and docs/*.md', () => {
  beforeAll(() => {
    mkdirSync(cache, { recursive: true });
    dir = mkdtempSync(join(cache, 'doc-examples-'));
    // The package scope ends at node_modules: say that these files are ES modules.
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    for (const example of examples) {
      if (example.mode === 'fragment') continue;
      const name = `${example.file.replace(/\W+/g, '-')}-L${example.line}.ts`;
      const file = join(dir, name);
      // `export {}` makes every block a module, so that blocks do not share top-level names.
      const { ambient, local } = splitSetup(example.setup);
      if (ambient !== '') {
        const declarations = file.replace(/\.ts$/, '.d.ts');
        writeFileSync(declarations, `${ambient}\n`);
        ambientFiles.push(declarations);
      }
      const text = [local, example.prelude, example.code, 'export {};', '']
        .filter((part) => part !== '')
        .join('\n');
      writeFileSync(file, text);
      const lines = (part: string): number => (part === '' ? 0 : part.split('\n').length);
      fileOf.set(example, { file, setupLines: lines(local) + lines(example.prelude) });
    }
    const toRun = examples.filter((example) => example.mode === 'run');
    runs = runExamples(toRun.map((example) => fileOf.get(example)?.file as string));
    // Awaited by the tests; the type-check below runs in this process meanwhile.
    runs.catch(() => undefined);
  });

  afterAll(async () => {
    await runs.catch(() => undefined);
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it("writes no backtick in a fence's info string (CommonMark would not open a code block there)", () => {
    for (const file of markdownFiles) {
      const fences = readFileSync(join(root, file), 'utf8')
        .split('\n')
        .filter((line) => /^\s*```+[^`]*`/.test(line));
      expect(fences, file).toEqual([]);
    }
  });

  it('finds the blocks, and every mark gives its reason', () => {
    expect(examples.length).toBeGreaterThan(30);
    for (const example of examples) {
      if (example.mode !== 'run') expect(example.reason.length, where(example)).toBeGreaterThan(10);
      if (example.setup !== '')
        expect(example.mode, `${where(example)}: setup is for no-run blocks`).toBe('no-run');
    }
  });

  it('marks only the blocks listed here as not run (a new mark is a deliberate change)', () => {
    const marked: Record<string, [number, number]> = {};
    for (const example of examples) {
      if (example.mode === 'run') continue;
      const counts = marked[example.file] ?? [0, 0];
      counts[example.mode === 'no-run' ? 0 : 1]++;
      marked[example.file] = counts;
    }
    expect(marked).toEqual(MARKED);
  });

  it('type-checks every block that is not a fragment', () => {
    expect(typeCheck()).toEqual([]);
  }, 60_000);

  it('runs every unmarked block without an error, printing what its `// →` comments say', async () => {
    const results = await runs;
    const toRun = examples.filter((example) => example.mode === 'run');
    expect(results).toHaveLength(toRun.length);
    const failures: string[] = [];
    toRun.forEach((example, index) => {
      const run = results[index] as ExampleRun;
      if (run.error !== null)
        failures.push(`${where(example)} threw: ${run.error.split('\n').slice(0, 4).join('\n')}`);
      else if (
        example.expected.length > 0 &&
        JSON.stringify(run.output) !== JSON.stringify(example.expected)
      ) {
        failures.push(
          `${where(example)} printed\n  ${run.output.join('\n  ')}\nbut its comments say\n  ${example.expected.join('\n  ')}`,
        );
      }
    });
    expect(failures).toEqual([]);
  }, 60_000);
});

describe('extractExamples', () => {
  const fence = '```';
  const markdown = [
    '# A page',
    `${fence}sh`,
    'npm install',
    fence,
    `${fence}ts`,
    'console.log(1 + 1); // → 2',
    fence,
    `${fence}ts continues`,
    "console.log('a'); // → a",
    fence,
    '<!-- example-setup',
    'declare const x: number;',
    '-->',
    `${fence}ts no-run needs a server that keeps listening`,
    'x;',
    fence,
    `${fence}ts fragment the shape of one value`,
    '{ a: 1 }',
    fence,
  ].join('\n');
  const [run, continued, noRun, fragment] = extractExamples(markdown, 'page.md');

  it('reads the ts blocks only, each with its line, mark and expected output', () => {
    expect(extractExamples(markdown, 'page.md')).toHaveLength(4);
    expect(run).toMatchObject({ line: 5, mode: 'run', code: 'console.log(1 + 1); // → 2', expected: ['2'] });
    expect(noRun).toMatchObject({ line: 14, mode: 'no-run', reason: 'needs a server that keeps listening' });
    expect(noRun?.setup).toBe('declare const x: number;');
    expect(fragment).toMatchObject({ mode: 'fragment', reason: 'the shape of one value', setup: '' });
  });

  it('goes on from the block above for `continues`, printing what both print', () => {
    expect(continued).toMatchObject({
      line: 8,
      mode: 'run',
      prelude: 'console.log(1 + 1); // → 2',
      expected: ['2', 'a'],
    });
  });

  it('refuses an unknown mark, an unclosed block, and `continues` after a block that is not run', () => {
    expect(() => extractExamples(`${fence}ts maybe\nx;\n${fence}\n`, 'bad.md')).toThrow(
      /bad\.md:1: unknown mark/,
    );
    expect(() => extractExamples(`${fence}ts\nx;\n`, 'open.md')).toThrow(
      /open\.md:1: the code block is not closed/,
    );
    expect(() =>
      extractExamples(
        `${fence}ts fragment a shape only\nx\n${fence}\n${fence}ts continues\ny;\n${fence}\n`,
        'c.md',
      ),
    ).toThrow(/c\.md:4: 'continues' needs a block that is run/);
  });
});
