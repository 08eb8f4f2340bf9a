/**
 * Runs doc examples one after the other in this process and writes what each printed and whether
 * it threw, as JSON, to the file named by the first argument. Started by doc-examples.test.ts as
 * `tsx --conditions=@aftersales/source runDocExamples.ts <results.json> <example.ts>…`, so that an
 * example runs as a reader would run it, apart from the test runner.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';

/** What one example did. */
export interface ExampleRun {
  readonly file: string;
  readonly output: readonly string[];
  readonly error: string | null;
  readonly ms: number;
}

const TIMEOUT_MS = 20_000;

async function runOne(file: string): Promise<ExampleRun> {
  const output: string[] = [];
  const saved = { log: console.log, info: console.info, table: console.table };
  const capture = (...args: unknown[]): void => {
    output.push(...format(...args).split('\n'));
  };
  console.log = capture;
  console.info = capture;
  let failure: unknown;
  const onRejection = (reason: unknown): void => {
    failure ??= reason;
  };
  process.on('unhandledRejection', onRejection);
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`did not finish within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
    });
    await Promise.race([import(pathToFileURL(file).href), timeout]);
    // Let rejections of promises the example left behind surface before it is judged.
    await new Promise((resolve) => setImmediate(resolve));
  } catch (error) {
    failure ??= error;
  } finally {
    clearTimeout(timer);
    process.off('unhandledRejection', onRejection);
    Object.assign(console, saved);
  }
  const error =
    failure === undefined
      ? null
      : failure instanceof Error
        ? (failure.stack ?? failure.message)
        : String(failure);
  return { file, output, error, ms: Math.round(performance.now() - started) };
}

const [resultsFile, ...files] = process.argv.slice(2);
if (resultsFile === undefined) throw new Error('usage: runDocExamples.ts <results.json> <example.ts>…');
const runs: ExampleRun[] = [];
for (const file of files) runs.push(await runOne(file));
writeFileSync(resultsFile, JSON.stringify(runs));
