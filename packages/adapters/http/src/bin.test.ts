import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

/** Runs the bin from source; resolves with its first line of output and the process. */
function startBin(args: string[], env: Record<string, string> = {}) {
  const child = spawn(tsx, ['--conditions=@aftersales/source', join(here, 'bin.ts'), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`the bin exited with ${code}: ${output}`)));
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString('utf8');
  });
  return { child, listening, exited, errors: () => errors };
}

describe('aftersales-http (bin)', () => {
  it('starts on a free port with the key from the environment, answers, and stops on SIGTERM', async () => {
    const bin = startBin(['--port', '0', '--host', '127.0.0.1'], { AFTERSALES_API_KEYS: 'env-key' });
    const url = await bin.listening;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${url}/health`)).status).toBe(200);
    expect((await fetch(`${url}/v1/catalog`)).status).toBe(401);
    expect((await fetch(`${url}/v1/catalog`, { headers: { 'x-api-key': 'env-key' } })).status).toBe(200);
    bin.child.kill('SIGTERM');
    expect(await bin.exited).toBe(0);
  }, 30_000);

  it('exits with 2 and the usage for a bad flag', async () => {
    const bin = startBin(['--port', 'eighty']);
    bin.listening.catch(() => undefined);
    expect(await bin.exited).toBe(2);
    expect(bin.errors()).toContain('--port');
    expect(bin.errors()).toContain('Usage: aftersales-http');
  }, 30_000);
});
