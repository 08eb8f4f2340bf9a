import { type AftersalesError, isAftersalesError } from '@aftersales/core';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { FileRowResult } from '../types';
import { importRecords } from './importRecords';
import { streamRecords } from './streamRecords';

const ZONE = 'Asia/Shanghai';
const json = { kind: 'parts', timeZone: ZONE, format: 'json' } as const;

/** Reads a stream to its end or its error: the rows handed out, and the error. */
async function drain<T>(rows: AsyncIterable<FileRowResult<T>>) {
  const results: FileRowResult<T>[] = [];
  try {
    for await (const result of rows) results.push(result);
  } catch (error) {
    if (!isAftersalesError(error)) throw error;
    return { results, error: error as AftersalesError };
  }
  return { results, error: undefined };
}

/** Text handed over one character at a time, so that every state of the scanner spans pieces. */
function oneByOne(text: string): AsyncIterable<string> {
  return {
    async *[Symbol.asyncIterator]() {
      for (const char of text) yield char;
    },
  };
}

describe('JSON arrays, streamed element by element', () => {
  it('hands out the first rows of a 200,000-element array before the source has been read', async () => {
    const total = 200_000;
    let produced = 0;
    const encoder = new TextEncoder();
    async function* source(): AsyncGenerator<Uint8Array> {
      yield encoder.encode('[');
      for (let start = 0; start < total; start += 1000) {
        const elements: string[] = [];
        for (let i = start; i < start + 1000; i++) {
          elements.push(
            `{"流水号":"M${i}","配件编号":"P${i % 97}","出入库类型":"采购入库","数量":1,"成本单价":"2.50","发生时间":"2024-03-01 08:00"}`,
          );
        }
        const bytes = encoder.encode(`${start === 0 ? '' : ','}${elements.join(',')}`);
        produced = start + 1000;
        // Cut inside an element (and, at byte 7, inside 流 or 水: 3 bytes each in UTF-8).
        yield bytes.subarray(0, 7);
        yield bytes.subarray(7);
      }
      yield encoder.encode(']');
    }
    const stream = streamRecords(source(), { kind: 'stockMovements', timeZone: ZONE, format: 'json' });
    let seen = 0;
    let producedAtFirst = -1;
    let lastRow = 0;
    for await (const result of stream) {
      if (seen === 0) producedAtFirst = produced;
      if (result.ok) seen += 1;
      lastRow = result.row;
    }
    // The first result came when at most a couple of the 200 groups of 1000 had been produced.
    expect(producedAtFirst).toBeLessThanOrEqual(2000);
    expect([seen, lastRow]).toEqual([total, total]);
    expect(stream.summary).toMatchObject({
      format: 'json',
      encoding: 'utf-8',
      rowsRead: total,
      accepted: total,
    });
  });

  it('reads strings holding brackets, quotes, commas and escapes, split anywhere', async () => {
    const parts = [
      { partNumber: 'P[1]', description: '垫片 "}]\\" ,{ [', unit: '个', price: 1, source: 'oem' },
      { partNumber: 'P2', description: '\\', unit: '}', price: '2.5', source: 'oem', extra: [[{ a: ']' }]] },
    ];
    // JSON.stringify writes the backslash and quote escapes the scanner must step over.
    const text = ` \n[ ${JSON.stringify(parts[0])} ,\n${JSON.stringify(parts[1])}\t]\n `;
    const { results, error } = await drain(streamRecords(oneByOne(text), json));
    expect(error).toBeUndefined();
    expect(results.map((result) => [result.row, result.ok && result.value.description])).toEqual([
      [1, '垫片 "}]\\" ,{ ['],
      [2, '\\'],
    ]);
    expect(results[1]?.ok && results[1].value.unit).toBe('}');
  });

  it('reads a one-line GB18030 array handed over byte by byte', async () => {
    // 配件 and 机油 are two-byte GB18030 characters whose trail bytes (≥ 0x40) are never cut at.
    const text = JSON.stringify([
      { 配件编号: 'P1', 配件名称: '机油', 单位: '升', 销售单价: 98, 配件来源: '纯正件' },
    ]);
    const bytes = iconv.encode(text, 'gb18030');
    async function* source(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < bytes.length; i++) yield bytes.subarray(i, i + 1);
    }
    const stream = streamRecords(source(), { ...json, encoding: 'gb18030' });
    const { results, error } = await drain(stream);
    expect(error).toBeUndefined();
    expect(results[0]?.ok && results[0].value).toMatchObject({
      partNumber: 'P1',
      description: '机油',
      unit: '升',
    });
  });

  it('reads an empty array, and gives one result per element of any kind', async () => {
    expect((await importRecords({ text: ' [ ] ' }, json)).summary.rowsRead).toBe(0);
    const { results } = await importRecords({ text: '[1,"x",null,[],{}]' }, json);
    expect(results.map((result) => [result.row, result.ok])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, false],
      [5, false],
    ]);
    expect(results[3]?.ok === false && results[3].issues[0]?.code).toBe('file.malformed_row');
    // What each element was, in Chinese too: typeof's words and an array, translated; null as written.
    expect(results.map((result) => (result.ok ? undefined : result.issues[0]?.params?.reasonZh))).toEqual([
      '数字不是对象',
      '字符串不是对象',
      'null 不是对象',
      '数组不是对象',
      undefined,
    ]);
  });

  it('stops a malformed array with one coded error at its position; the rows before it stay', async () => {
    // [ at 0, {"partNumber":"P1"} at 1–19 (1 + 12 + 1 + 4 + 1 = 19 characters), comma at 20,
    // so element 2 starts at offset 21.
    const { results, error } = await drain(
      streamRecords(oneByOne('[{"partNumber":"P1"},{"partNumber":}]'), json),
    );
    expect(results.map((result) => result.row)).toEqual([1]);
    expect(error?.code).toBe('file.invalid_json');
    expect(error?.issues[0]?.path).toEqual(['row', 2]);
    expect(error?.issues[0]?.params?.reason).toMatch(/^element 2, at character offset 21, is not JSON/);
    expect(error?.issues[0]?.message.zh).toContain('第 2 个元素（字符偏移 21）');
    // The same text in one piece: element 1 is still handed out before the error.
    const whole = await drain(streamRecords({ text: '[{"partNumber":"P1"},{"partNumber":}]' }, json));
    expect([whole.results.map((result) => result.row), whole.error?.code]).toEqual([
      [1],
      'file.invalid_json',
    ]);
  });

  it.each([
    ['{"a":1}', 'the top level is not an array'],
    ['', 'the text holds no array'],
    ['[{},]', "a missing element before the ']' at character offset 4"], // [0 {1 }2 ,3 ]4
    ['[,{}]', "a missing element before the ',' at character offset 1"],
    ['[{}', 'the text ends inside the array, at character offset 3 (no closing ])'],
    ['[] x', 'text after the closing ] at character offset 3'], // [0 ]1 space 2 x 3
    ['["a\\"]', 'the text ends inside the array, at character offset 6 (no closing ])'], // escaped quote
  ])('refuses %j: %s', async (text, reason) => {
    const { error } = await drain(streamRecords({ text }, json));
    expect(error?.code).toBe('file.invalid_json');
    expect(error?.issues[0]?.params?.reason).toBe(reason);
  });

  it('refuses two values in one element slot, and an element longer than maxRowChars', async () => {
    const two = await drain(streamRecords({ text: '[1 2]' }, json));
    expect(two.error?.issues[0]?.params?.reason).toMatch(/^element 1, at character offset 1, is not JSON/);
    const long = await drain(
      streamRecords({ text: `[{"partNumber":"P1"},"${'x'.repeat(100)}"]` }, { ...json, maxRowChars: 64 }),
    );
    expect(long.results.map((result) => result.row)).toEqual([1]);
    expect(long.error?.code).toBe('file.malformed_row');
    expect(long.error?.issues[0]?.path).toEqual(['row', 2]);
  });
});
