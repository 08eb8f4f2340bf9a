import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { type AftersalesError, isAftersalesError } from '@aftersales/core';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { genericProfile } from '../profile/genericProfile';
import { importRecords } from './importRecords';
import { streamRecords } from './streamRecords';

const ZONE = 'Asia/Shanghai';
const HEADER = '流水号,配件编号,出入库类型,数量,成本单价,发生时间,工单号';

async function fileError(run: () => Promise<unknown>): Promise<AftersalesError> {
  try {
    await run();
  } catch (error) {
    if (isAftersalesError(error)) return error;
    throw error;
  }
  throw new Error('expected a coded error');
}

describe('importRecords (stock movements, CSV)', () => {
  it('reads a GB18030 file with Chinese headers, codes and local times', async () => {
    const text = `${HEADER}\r\nMV1,G052195M4,维修出库,-4.5,62.00,2024/03/08 14:30,RO-817\r\nMV2,G052195M4,采购入库,"1,200",60.5,2024-03-09 09:05:30,\r\n`;
    const bytes = iconv.encode(text, 'gb18030');
    const { results, summary } = await importRecords(bytes, { kind: 'stockMovements', timeZone: ZONE });
    expect(results).toEqual([
      {
        row: 2,
        ok: true,
        // 维修出库 → issue_ro; 14:30 on the clocks of Shanghai is +08:00 all year (no DST).
        value: {
          id: 'MV1',
          partNumber: 'G052195M4',
          type: 'issue_ro',
          quantity: '-4.5',
          unitCost: '62.00',
          currency: 'CNY',
          occurredAt: '2024-03-08T14:30:00+08:00',
          roId: 'RO-817',
        },
      },
      {
        row: 3,
        ok: true,
        // "1,200" is quoted (it holds the delimiter) and its thousands separator is dropped.
        value: {
          id: 'MV2',
          partNumber: 'G052195M4',
          type: 'receipt',
          quantity: '1200',
          unitCost: '60.5',
          currency: 'CNY',
          occurredAt: '2024-03-09T09:05:30+08:00',
        },
      },
    ]);
    expect(summary).toMatchObject({
      encoding: 'gb18030',
      rowsRead: 2,
      accepted: 2,
      rejected: 0,
      unusedColumns: [],
    });
  });

  it('reads local times in the dealer zone given, never the host one', async () => {
    // 2024-03-10 02:30 does not exist in New York (clocks jump 02:00 → 03:00 EDT, -04:00): moved to 03:30.
    const text = `${HEADER}\nMV1,P1,盘盈,1,1,2024-03-10 02:30,\nMV2,P1,盘亏,-1,1,2024-01-10 02:30,\n`;
    const { results } = await importRecords(
      { text },
      { kind: 'stockMovements', timeZone: 'America/New_York' },
    );
    expect(results.map((result) => (result.ok ? result.value.occurredAt : undefined))).toEqual([
      '2024-03-10T03:30:00-04:00',
      '2024-01-10T02:30:00-05:00',
    ]);
  });

  it('rejects a bad row in the middle with its row, column and code, and reads on', async () => {
    const text = `\uFEFF${HEADER},备注\n1,P1,采购入库,2,5,2024-03-01 08:00,,\nX,P1,挪用,2,5,2024-03-01 08:00,,\n3,P1,维修出库,2,5,2024-03-01 08:00,RO1,\n4,P1,维修出库,-2,5,2024-03-01 08:00,,note\n`;
    const { results, summary } = await importRecords({ text }, { kind: 'stockMovements', timeZone: ZONE });
    expect(results.map((result) => [result.row, result.ok])).toEqual([
      [2, true],
      [3, false],
      [4, false],
      [5, false],
    ]);
    const [, unmapped, wrongSign, noRo] = results;
    expect(unmapped?.ok === false && unmapped.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['file.unmapped_code', ['出入库类型']],
    ]);
    // 维修出库 (issue_ro) takes stock out: +2 is the wrong sign.
    expect(wrongSign?.ok === false && wrongSign.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['input.inconsistent', ['数量']],
    ]);
    // An issue to an RO must name the RO (the schema's own rule, under the field's name: no column had it).
    expect(noRo?.ok === false && noRo.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['input.required', ['工单号']],
    ]);
    expect(summary).toMatchObject({
      rowsRead: 4,
      accepted: 1,
      rejected: 3,
      unusedColumns: ['备注'],
      rejectionsByCode: { 'file.unmapped_code': 1, 'input.inconsistent': 1, 'input.required': 1 },
    });
  });

  it('rejects a row with too few fields as malformed, and skips blank lines', async () => {
    const text = `${HEADER}\n\n1,P1\n,,,,,,\n2,P1,采购入库,2,5,2024-03-01 08:00,\n`;
    const { results, summary } = await importRecords({ text }, { kind: 'stockMovements', timeZone: ZONE });
    expect(results.map((result) => [result.row, result.ok])).toEqual([
      [3, false],
      [5, true],
    ]);
    expect(results[0]?.ok === false && results[0].issues[0]?.code).toBe('file.malformed_row');
    expect(summary).toMatchObject({ rowsRead: 2, blankLines: 2 });
  });

  it('gives one clear error for a file in the wrong encoding', async () => {
    const bytes = iconv.encode(`${HEADER}\n`, 'gb18030');
    const error = await fileError(() =>
      importRecords(bytes, { kind: 'stockMovements', timeZone: ZONE, encoding: 'utf-8' }),
    );
    expect(error.code).toBe('file.encoding');
    expect(error.issues).toHaveLength(1);
  });

  it('gives file.no_header for an empty file and for blank lines only', async () => {
    for (const text of ['', '\r\n\r\n']) {
      const error = await fileError(() =>
        importRecords({ text }, { kind: 'stockMovements', timeZone: ZONE }),
      );
      expect(error.code).toBe('file.no_header');
    }
  });

  it('names each required column that is missing, and a column named twice', async () => {
    const missing = await fileError(() =>
      importRecords(
        { text: '流水号,配件编号,出入库类型,数量,成本单价\n' },
        { kind: 'stockMovements', timeZone: ZONE },
      ),
    );
    expect(missing.issues.map((issue) => [issue.code, issue.params?.field])).toEqual([
      ['file.missing_column', 'occurredAt'],
    ]);
    const twice = await fileError(() =>
      importRecords({ text: `${HEADER},Part Number\n` }, { kind: 'stockMovements', timeZone: ZONE }),
    );
    expect(twice.issues.map((issue) => [issue.code, issue.params?.column])).toEqual([
      ['file.duplicate_column', '配件编号 / Part Number'],
    ]);
  });

  it('fills a column the file lacks from defaults', async () => {
    const text = '流水号,配件编号,出入库类型,数量,成本单价,发生时间\n1,P1,采购入库,2,5,2024-03-01 08:00\n';
    const { results } = await importRecords(
      { text },
      { kind: 'stockMovements', timeZone: ZONE, defaults: { warehouse: '总库', currency: '人民币' } },
    );
    expect(results[0]?.ok && results[0].value).toMatchObject({ warehouse: '总库', currency: 'CNY' });
  });
});

describe('importRecords (sources and profiles)', () => {
  const text = `${HEADER}\nMV1,P1,采购入库,2,5,2024-03-01 08:00,\n`;

  it('reads a file path, a Node Readable and JSON Lines by the file name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'adapter-files-'));
    try {
      const csv = join(dir, 'movements.csv');
      writeFileSync(csv, iconv.encode(text, 'gbk'));
      const fromPath = await importRecords(csv, { kind: 'stockMovements', timeZone: ZONE });
      expect(fromPath.summary).toMatchObject({ encoding: 'gb18030', accepted: 1 });
      const fromStream = await importRecords(Readable.from([Buffer.from(text)]), {
        kind: 'stockMovements',
        timeZone: ZONE,
      });
      expect(fromStream.summary).toMatchObject({ encoding: 'utf-8', accepted: 1 });
      const jsonl = join(dir, 'movements.jsonl');
      writeFileSync(
        jsonl,
        '{"id":"M1","partNumber":"P1","type":"receipt","quantity":"2","unitCost":"5","occurredAt":"2024-03-01 08:00"}\n',
      );
      expect((await importRecords(jsonl, { kind: 'stockMovements', timeZone: ZONE })).summary).toMatchObject({
        format: 'jsonl',
        accepted: 1,
      });
      const missing = await fileError(() =>
        importRecords(join(dir, 'none.csv'), { kind: 'stockMovements', timeZone: ZONE }),
      );
      expect(missing.code).toBe('file.unreadable');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads semicolon files with decimal commas when the profile says so', async () => {
    const profile = { ...genericProfile, id: 'comma', decimal: { separator: ',', thousands: '.' } } as const;
    const csv = `${HEADER.replaceAll(',', ';')}\nMV1;P1;采购入库;1.200,5;1.280,50;2024-03-01 08:00;\n`;
    const { results } = await importRecords(
      { text: csv },
      { kind: 'stockMovements', timeZone: ZONE, profile, delimiter: ';' },
    );
    // 1.200,5 → 1200.5 and 1.280,50 → 1280.50: dots group thousands, the comma is the decimal point.
    expect(results[0]?.ok && [results[0].value.quantity, results[0].value.unitCost]).toEqual([
      '1200.5',
      '1280.50',
    ]);
  });

  it('refuses bad options at once, naming them', async () => {
    const bad = await fileError(async () =>
      importRecords({ text }, { kind: 'stockMovements', timeZone: '+08:00', delimiter: '#' as ',' }),
    );
    expect(bad.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['time.invalid_zone', 'options.timeZone'],
      ['input.invalid_value', 'options.delimiter'],
    ]);
  });
});

describe('streamRecords', () => {
  it('hands out the first rows before the source has been read to the end', async () => {
    const total = 200_000;
    let produced = 0;
    async function* source(): AsyncGenerator<Uint8Array> {
      const encoder = new TextEncoder();
      yield encoder.encode(`${HEADER}\n`);
      for (let start = 0; start < total; start += 1000) {
        let chunk = '';
        for (let i = start; i < start + 1000; i++)
          chunk += `M${i},P${i % 97},采购入库,1,2.50,2024-03-01 08:00,\n`;
        produced = start + 1000;
        yield encoder.encode(chunk);
      }
    }
    const stream = streamRecords(source(), { kind: 'stockMovements', timeZone: ZONE });
    let seen = 0;
    let producedAtFirst = -1;
    for await (const result of stream) {
      if (seen === 0) producedAtFirst = produced;
      if (result.ok) seen += 1;
    }
    // The first result came when at most a couple of the 200 chunks had been produced.
    expect(producedAtFirst).toBeLessThanOrEqual(2000);
    expect(seen).toBe(total);
    expect(stream.summary).toMatchObject({ rowsRead: total, accepted: total, rejected: 0 });
  });

  it('is read once', async () => {
    const stream = streamRecords({ text: `${HEADER}\n` }, { kind: 'stockMovements', timeZone: ZONE });
    for await (const _ of stream) void _;
    const again = await fileError(async () => {
      for await (const _ of stream) void _;
    });
    expect(again.code).toBe('input.invalid');
  });
});
