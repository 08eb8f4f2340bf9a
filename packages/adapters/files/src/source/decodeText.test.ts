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

  it('reports a character cut by the end of the file', async () => {
    // 工 is E5 B7 A5 in UTF-8; the file ends after E5 B7 at offset 2 and 3, the cut one starts at 2.
    const error = await failure(new Uint8Array([0x61, 0x0a, 0xe5, 0xb7]), 'utf-8');
    expect(error.issues[0]?.params).toEqual({ encoding: 'UTF-8', offset: 2 });
  });
});
