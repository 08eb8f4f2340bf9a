import { describe, expect, it } from 'vitest';
import { importRecords } from './importRecords';
import { streamRecords } from './streamRecords';

const ZONE = 'Asia/Shanghai';

describe('importRecords (JSON and JSON Lines)', () => {
  it('reads a JSON array of flat objects in the core field names, numbers as decimals', async () => {
    const text = JSON.stringify([
      {
        partNumber: 'P1',
        description: '机油滤清器',
        unit: '个',
        price: 45.5,
        source: 'oem',
        isAccessory: false,
      },
      { partNumber: 'P2', description: '空滤', unit: '个', price: '30', source: 'unknown' },
      'not an object',
    ]);
    const { results, summary } = await importRecords(
      { text },
      { kind: 'parts', timeZone: ZONE, format: 'json' },
    );
    // 45.5 is written "45.5": the shortest decimal form of the JSON number, as the sender wrote it.
    expect(results[0]?.ok && results[0].value).toMatchObject({
      price: '45.5',
      isAccessory: false,
      allowsFractionalQuantity: false,
    });
    expect(results[1]?.ok === false && results[1].issues[0]?.code).toBe('file.unmapped_code');
    expect(results[2]).toMatchObject({ row: 3, ok: false, issues: [{ code: 'file.malformed_row' }] });
    expect(summary).toMatchObject({ format: 'json', rowsRead: 3, accepted: 1, rejected: 2 });
  });

  it('gives file.invalid_json for text that is not a JSON array', async () => {
    await expect(
      importRecords({ text: '{"a":1}' }, { kind: 'parts', timeZone: ZONE, format: 'json' }),
    ).rejects.toMatchObject({
      code: 'file.invalid_json',
    });
    await expect(
      importRecords({ text: '[1,' }, { kind: 'parts', timeZone: ZONE, format: 'json' }),
    ).rejects.toMatchObject({
      code: 'file.invalid_json',
    });
  });

  it('reads JSON Lines line by line: a broken line is a rejection of its own', async () => {
    const text = [
      '{"流水号":"M1","配件编号":"P1","出入库类型":"采购入库","数量":2,"成本单价":"5.00","发生时间":"2024-03-01 08:00","仓库":"总库","备注":"x"}',
      '',
      '{"流水号":"M2",',
      '{"流水号":"M3","配件编号":"P1","出入库类型":"receipt","数量":1,"成本单价":"5.00","发生时间":"2024-03-01T08:00:00Z"}',
    ].join('\n');
    const { results, summary } = await importRecords(
      { text },
      { kind: 'stockMovements', timeZone: ZONE, format: 'jsonl' },
    );
    expect(results.map((result) => [result.row, result.ok])).toEqual([
      [1, true],
      [3, false],
      [4, true],
    ]);
    expect(results[0]?.ok && results[0].value).toMatchObject({
      quantity: '2',
      occurredAt: '2024-03-01T08:00:00+08:00',
      warehouse: '总库',
    });
    expect(results[1]?.ok === false && results[1].issues[0]?.code).toBe('file.malformed_row');
    expect(summary).toMatchObject({
      rowsRead: 3,
      accepted: 2,
      rejected: 1,
      blankLines: 1,
      unusedColumns: ['备注'],
    });
  });

  it('hands out the lines before a JSON line that is too long, then names that line', async () => {
    const stream = streamRecords(
      { text: `{"流水号":"M1"}\n{"流水号":"${'x'.repeat(200)}` },
      { kind: 'stockMovements', timeZone: ZONE, format: 'jsonl', maxRowChars: 64 },
    );
    const rows: number[] = [];
    let error: unknown;
    try {
      for await (const result of stream) rows.push(result.row);
    } catch (thrown) {
      error = thrown;
    }
    expect(rows).toEqual([1]);
    expect(error).toMatchObject({ code: 'file.malformed_row', path: ['row', 2] });
  });

  // Not a speed test: before the fix every small piece joined and split the whole line held so
  // far, about 10^11 character operations here (minutes). The timeout only catches a return of it.
  it('reads a JSON line that arrives in 300,000 small pieces in linear time', async () => {
    async function* pieces(): AsyncGenerator<string> {
      yield '{"流水号":"M1","备注":"';
      for (let i = 0; i < 300_000; i++) yield 'ab';
      yield '"}\n{"流水号":"M2"}\n';
    }
    const { results, summary } = await importRecords(pieces(), {
      kind: 'stockMovements',
      timeZone: ZONE,
      format: 'jsonl',
    });
    // Both lines are read (each lacks the required fields, so each is a rejection of its own).
    expect(results.map((result) => [result.row, result.ok])).toEqual([
      [1, false],
      [2, false],
    ]);
    expect(summary).toMatchObject({ rowsRead: 2, rejected: 2, unusedColumns: ['备注'] });
  }, 10_000);
});
