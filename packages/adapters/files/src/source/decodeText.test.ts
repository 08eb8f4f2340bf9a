import { isAftersalesError } from '@aftersales/core';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText';

async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function decodeAll(bytes: Uint8Array, encoding: 'utf-8' | 'gb18030' | 'auto', size = 7) {
  const decoded = decodeText(chunksOf(bytes, size), encoding, 1 << 20);
  let text = '';
  for await (const piece of decoded.pieces) text += piece;
  return { text, encoding: decoded.encoding() };
}

async function failure(bytes: Uint8Array, encoding: 'utf-8' | 'gb18030' | 'auto') {
  try {
    await decodeAll(bytes, encoding);
  } catch (error) {
    if (isAftersalesError(error)) return error;
    throw error;
  }
  throw new Error('expected a coded error');
}

describe('decodeText', () => {
  it('reads GB18030 bytes written by iconv-lite back to the Chinese text', async () => {
    // 配 is C5E4 and 件 is BCFE in GB2312, which GBK and GB18030 keep as they are.
    const bytes = iconv.encode('配件编号\n机油\n', 'gb18030');
    expect([...bytes.subarray(0, 4)]).toEqual([0xc5, 0xe4, 0xbc, 0xfe]);
    const read = await decodeAll(bytes, 'gb18030', 3); // 3-byte chunks cut characters in half
    expect(read.text).toBe('配件编号\n机油\n');
  });

  it('reads four-byte GB18030 characters cut across chunks', async () => {
    // U+20000 (𠀀, CJK Extension B) is outside GBK: GB18030 writes it in four bytes, 95 32 82 36.
    const bytes = iconv.encode('名称\n𠀀\n', 'gb18030');
    expect([...bytes.subarray(5, 9)]).toEqual([0x95, 0x32, 0x82, 0x36]);
    for (const size of [1, 2, 3, 6]) expect((await decodeAll(bytes, 'auto', size)).text).toBe('名称\n𠀀\n');
  });

  it('reads GBK bytes as GB18030 (GBK is a subset)', async () => {
    const bytes = iconv.encode('维修出库,客户付费\n', 'gbk');
    expect((await decodeAll(bytes, 'gb18030')).text).toBe('维修出库,客户付费\n');
  });

  it('drops a UTF-8 byte order mark and reads UTF-8 when auto', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('工单号\nRO1\n')]);
    const read = await decodeAll(bytes, 'auto', 1);
    expect(read).toEqual({ text: '工单号\nRO1\n', encoding: 'utf-8' });
  });

  it('takes GB18030 when auto meets bytes that are not UTF-8', async () => {
    const read = await decodeAll(iconv.encode('数量\n1\n', 'gb18030'), 'auto');
    expect(read).toEqual({ text: '数量\n1\n', encoding: 'gb18030' });
  });

  it('reports the offset of the first bad byte when GB18030 bytes are read as UTF-8', async () => {
    // 'id\n' is 3 ASCII bytes; 数 (CA FD in GB18030) follows: 0xCA opens a 2-byte UTF-8 sequence
    // and 0xFD is not a continuation byte, so the decoder stops at offset 4.
    const bytes = new Uint8Array([...new TextEncoder().encode('id\n'), ...iconv.encode('数量\n', 'gb18030')]);
    const error = await failure(bytes, 'utf-8');
    expect(error.code).toBe('file.encoding');
    expect(error.issues[0]?.params).toEqual({ encoding: 'UTF-8', offset: 4 });
  });

  it('refuses a UTF-8 file with a byte order mark when GB18030 is asked', async () => {
    const error = await failure(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0a]), 'gb18030');
    expect(error.code).toBe('file.encoding');
  });

  it('names the bad byte of a GBK line read as auto, not its first Chinese character', async () => {
    // 流水号 is C1F7 CBAE BAC5 in GBK (C1 is never valid in UTF-8, so UTF-8 stops at offset 0);
    // GB18030 reads on to 0xFF, never a lead byte, at offset 6 + 1 (',') = 7.
    const bytes = new Uint8Array([0xc1, 0xf7, 0xcb, 0xae, 0xba, 0xc5, 0x2c, 0xff, 0x0a]);
    const error = await failure(bytes, 'auto');
    expect(error.issues[0]?.params).toEqual({ encoding: 'UTF-8 or GB18030', offset: 7 });
  });

  it('decides auto on the first line with a non-ASCII byte, not on all the bytes read with it', async () => {
    // 配件编号 in UTF-8 (E9858D E4BBB6 E7BC96 E58FB7) also reads as six GB18030 pairs, and so does
    // 配件 in GBK (C5E4 BCFE): taken together the file passed as GB18030, its UTF-8 row garbled.
    // Its first non-ASCII line is UTF-8, so the GBK bytes of line 3 are bad UTF-8: C5, at offset
    // 5 ('name\n') + 13 ('配件编号\n') = 18, opens a two-byte character that E4 (19) cannot continue.
    const utf8 = new TextEncoder().encode('name\n配件编号\n');
    const bytes = new Uint8Array([...utf8, 0xc5, 0xe4, 0xbc, 0xfe, 0x0a]);
    // In one chunk, as a Uint8Array source or a small file is read.
    const decoded = decodeText(chunksOf(bytes, bytes.length), 'auto', 1 << 20);
    const error = await (async () => {
      for await (const _ of decoded.pieces) void _;
    })().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(isAftersalesError(error) && error.issues[0]?.params).toEqual({ encoding: 'UTF-8', offset: 19 });
  });

  it('reports a character cut by the end of the file', async () => {
    // 工 is E5 B7 A5 in UTF-8; the file ends after E5 B7 at offset 2 and 3, the cut one starts at 2.
    const error = await failure(new Uint8Array([0x61, 0x0a, 0xe5, 0xb7]), 'utf-8');
    expect(error.issues[0]?.params).toEqual({ encoding: 'UTF-8', offset: 2 });
  });

  // Not a speed test: before the fix every small chunk copied and searched the whole line held so
  // far, about 10^11 byte operations here (minutes). The timeout only catches a return of that.
  it('decodes a line that arrives in 300,000 two-byte chunks in linear time', async () => {
    async function* chunks(): AsyncGenerator<Uint8Array> {
      const pair = new TextEncoder().encode('ab');
      for (let i = 0; i < 300_000; i++) yield pair;
      yield new TextEncoder().encode('\n');
    }
    const decoded = decodeText(chunks(), 'utf-8', 1 << 22);
    let text = '';
    for await (const piece of decoded.pieces) text += piece;
    expect(text).toBe(`${'ab'.repeat(300_000)}\n`);
  }, 10_000);
});
