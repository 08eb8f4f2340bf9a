import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testIo } from '../testing/testIo';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'aftersales-cli-'));

// The request of docs/warranty.md: a Huaxia HX5 invoiced 2024-03-01, first maintenance on
// 2024-08-20 at 5,100 km (inside 6 months / 7,500 km), a transmission repair on 2026-05-02 at
// 41,200 km: inside the powertrain coverage (60 months / 150,000 km from 2024-03-01).
const request = (amount: string) => ({
  vehicle: {
    vin: 'LHXAB2C31R0000012',
    brand: 'Huaxia',
    model: 'HX5',
    modelYear: 2024,
    invoiceDate: '2024-03-01',
    use: 'private',
  },
  repair: { date: '2026-05-02', odometerKm: 41_200, system: 'transmission', amount },
  firstMaintenance: { date: '2024-08-20', odometerKm: 5_100 },
});

describe('runCli: commands, help and exit codes', () => {
  it('lists every command in English and in Chinese', async () => {
    const en = testIo(dir);
    expect(await runCli(['--help'], en)).toBe(0);
    for (const words of [
      'demo',
      'audit',
      'kpi',
      'warranty check',
      'claims audit',
      'parts plan',
      'serve',
      'schema',
    ]) {
      expect(en.out()).toContain(`  ${words} `);
    }
    const zh = testIo(dir);
    expect(await runCli(['--lang', 'zh', '--help'], zh)).toBe(0);
    expect(zh.out()).toContain('用法：aftersales <命令>');
  });

  it('exits 2 with a coded message for an unknown command, in the chosen language', async () => {
    const io = testIo(dir, { env: { AFTERSALES_LANG: 'zh' } });
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(io.err()).toContain('[cli.unknown_command] 没有命令“frobnicate”');
  });

  it('exits 2 for an unknown option, never ignoring it', async () => {
    const io = testIo(dir);
    expect(await runCli(['schema', '--colour', 'red'], io)).toBe(2);
    expect(io.err()).toMatch(/\[cli\.invalid_argument\].*--colour/);
    expect(io.err()).toContain('aftersales schema --help');
  });

  it('exits 2 for a bad --lang and a bad --format, naming the option', async () => {
    const lang = testIo(dir);
    expect(await runCli(['--lang', 'fr', 'schema'], lang)).toBe(2);
    expect(lang.err()).toContain('--lang must be one of en, zh');
    const format = testIo(dir);
    expect(await runCli(['warranty', 'check', 'x.json', '--format', 'xml'], format)).toBe(2);
    expect(format.err()).toContain("--format must be one of table, json, csv (received 'xml')");
  });

  it('prints the version (from source: 0.0.0-source; the build puts in the package version)', async () => {
    const io = testIo(dir);
    expect(await runCli(['--version'], io)).toBe(0);
    expect(io.out()).toBe('0.0.0-source\n');
  });

  it('prints the help on stderr and exits 2 when no command is given (a script called it wrong)', async () => {
    const io = testIo(dir);
    expect(await runCli([], io)).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toContain('Usage: aftersales <command>');
  });

  it('prints every command usage in Chinese with --lang zh', async () => {
    for (const words of [
      ['demo'],
      ['audit'],
      ['kpi'],
      ['warranty', 'check'],
      ['claims', 'audit'],
      ['parts', 'plan'],
      ['serve'],
      ['schema'],
    ]) {
      const io = testIo(dir);
      expect(await runCli(['--lang', 'zh', ...words, '--help'], io)).toBe(0);
      expect(io.out().startsWith(`用法：aftersales ${words.join(' ')}`), words.join(' ')).toBe(true);
    }
  });

  it('prints a command usage for --help after its words', async () => {
    const io = testIo(dir);
    expect(await runCli(['claims', 'audit', '--help'], io)).toBe(0);
    expect(io.out()).toMatch(/^Usage: aftersales claims audit/);
  });
});

describe('aftersales warranty check', () => {
  it('exits 0 for a covered repair and prints the cited trace', async () => {
    writeFileSync(join(dir, 'covered.json'), JSON.stringify(request('3000.00')));
    const io = testIo(dir);
    expect(await runCli(['warranty', 'check', 'covered.json'], io)).toBe(0);
    expect(io.out()).toContain('outcome: covered');
    expect(io.out()).toContain('warranty.coverage.period');
    expect(io.out()).toContain('oem:huaxia-2024#');
  });

  it('exits 1 when the amount is above the pre-authorization limit of 5,000.00', async () => {
    writeFileSync(join(dir, 'big.json'), JSON.stringify(request('8600.00')));
    const io = testIo(dir);
    expect(await runCli(['warranty', 'check', 'big.json', '--format', 'json'], io)).toBe(1);
    expect(JSON.parse(io.out()).outcome).toBe('needs_preauthorization');
  });

  it('exits 2 for a missing file and for a request the schema refuses, naming the field', async () => {
    const missing = testIo(dir);
    expect(await runCli(['warranty', 'check', 'nope.json'], missing)).toBe(2);
    expect(missing.err()).toContain('[cli.unreadable_file] request cannot read file nope.json');
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({ ...request('1.00'), repair: { date: '2026-13-01' } }),
    );
    const bad = testIo(dir);
    expect(await runCli(['warranty', 'check', 'bad.json'], bad)).toBe(2);
    expect(bad.err()).toContain('repair.date');
  });
});

describe('aftersales schema', () => {
  it('prints the JSON Schema of a warranty claim with the fields core requires', async () => {
    const io = testIo(dir);
    expect(await runCli(['schema', 'warrantyClaim'], io)).toBe(0);
    const schema = JSON.parse(io.out());
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    // Required in core's WarrantyClaimSchema (no default, not optional), read from its definition.
    expect([...schema.required].sort()).toEqual(
      ['id', 'dealerId', 'vin', 'roId', 'repairDate', 'odometerKm', 'amounts', 'status'].sort(),
    );
    // laborOps, parts and currency have defaults ([], [], CNY): on the input side they may be left out.
    for (const field of ['laborOps', 'parts', 'currency'])
      expect(Object.keys(schema.properties)).toContain(field);
  });

  it('writes one file per input with --out', async () => {
    const io = testIo(dir);
    expect(await runCli(['schema', '--out', 'schemas'], io)).toBe(0);
    const dataset = JSON.parse(readFileSync(join(dir, 'schemas', 'dataset.schema.json'), 'utf8'));
    expect(dataset.required).toEqual(expect.arrayContaining(['dealer', 'period', 'asOf']));
  });

  it('refuses an unknown name with the list of names', async () => {
    const io = testIo(dir);
    expect(await runCli(['schema', 'invoice'], io)).toBe(2);
    expect(io.err()).toContain("no input 'invoice' (names: repairOrder,");
  });
});

describe('aftersales serve', () => {
  it('serves /health until the stop signal, then closes', async () => {
    const stop = new AbortController();
    const io = testIo(dir, { signal: stop.signal });
    const running = runCli(['serve', '--port', '0'], io);
    let url: string | undefined;
    for (let i = 0; i < 100 && url === undefined; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      url = /listening on (http:\/\/\S+)/.exec(io.err())?.[1];
    }
    expect(url).toBeDefined();
    const health = await fetch(`${url}/health`);
    expect(await health.json()).toEqual({ status: 'ok' });
    stop.abort();
    expect(await running).toBe(0);
    expect(io.err()).toContain('aftersales serve: stopped');
  });
});
