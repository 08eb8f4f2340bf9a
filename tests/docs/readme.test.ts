import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('README', () => {
  it('shows the tour exactly as examples/tour.ts runs it', () => {
    const readme = read('README.md');
    const block = readme.slice(readme.indexOf('<!-- tour:start -->'), readme.indexOf('<!-- tour:end -->'));
    const code = block.slice(block.indexOf('```ts\n') + 6, block.lastIndexOf('```')).trim();
    const tour = read('examples/tour.ts');
    expect(code.length).toBeGreaterThan(200);
    expect(tour.slice(tour.indexOf('import {')).trim()).toBe(code);
  });

  it('gives the two quick-start commands, and .ci/run runs the second one exactly', () => {
    const readme = read('README.md');
    const commands = [
      ...readme.matchAll(/^npx -y pnpm@[\d.]+ install --frozen-lockfile && npx -y pnpm@[\d.]+ [\w ]+$/gm),
    ].map((m) => m[0]);
    expect(commands).toHaveLength(2);
    expect(commands[0]).toMatch(/ aftersales demo$/); // the CLI's main job, run from the sources
    expect(read('.ci/run')).toContain(`\n${commands[1]}\n`);
  });
});
