import { describe, expect, it } from 'vitest';
import { csvRows } from './csvRows';

async function* piecesOf(text: string, size: number): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

async function rowsOf(text: string, size = text.length || 1) {
  const rows: { row: number; cells: string[]; malformed?: string }[] = [];
  for await (const batch of csvRows(piecesOf(text, size), ',', 10_000)) {
    batch.rows.forEach((cells, index) => {
      const malformed = batch.malformed?.get(index);
      rows.push(
        malformed === undefined
          ? { row: batch.firstRow + index, cells }
          : { row: batch.firstRow + index, cells, malformed },
      );
    });
  }
  return rows;
}

describe('csvRows', () => {
  const text = 'a,b,c\r\n1,"x, y","say ""hi""\r\nnext line"\r\n2,,\r\n';

  it('reads quoted commas, quotes and line breaks inside a field, with CRLF rows', async () => {
    expect(await rowsOf(text)).toEqual([
      { row: 1, cells: ['a', 'b', 'c'] },
      { row: 2, cells: ['1', 'x, y', 'say "hi"\r\nnext line'] },
      { row: 3, cells: ['2', '', ''] },
    ]);
  });

  it('gives the same rows whatever size the pieces are cut to', async () => {
    const whole = await rowsOf(text);
    for (const size of [1, 2, 3, 5, 8, 13]) expect(await rowsOf(text, size)).toEqual(whole);
  });

  it('numbers rows so that a field spanning lines does not shift the rows after it', async () => {
    const rows = await rowsOf('h\n"a\nb\nc"\nd\n');
    expect(rows.map((row) => [row.row, row.cells[0]])).toEqual([
      [1, 'h'],
      [2, 'a\nb\nc'],
      [3, 'd'],
    ]);
  });

  it('marks a row whose quote is never closed', async () => {
    const rows = await rowsOf('h,i\n1,"open\n');
    expect(rows[1]?.malformed).toMatch(/not closed/);
  });

  it('reads a last row without a line break', async () => {
    expect(await rowsOf('h\nlast', 2)).toEqual([
      { row: 1, cells: ['h'] },
      { row: 2, cells: ['last'] },
    ]);
  });

  it('hands out the rows before a row that is too long, then names that row', async () => {
    // One piece holds the header (row 1), row 2 and the start of row 3, 200 characters long.
    const rows: number[] = [];
    let error: unknown;
    try {
      for await (const batch of csvRows(piecesOf(`h\nok\n${'x'.repeat(200)}`, 1_000), ',', 64))
        rows.push(...batch.rows.map((_, index) => batch.firstRow + index));
    } catch (thrown) {
      error = thrown;
    }
    expect(rows).toEqual([1, 2]);
    expect(error).toMatchObject({ code: 'file.malformed_row', path: ['row', 3] });
  });

  // Not a speed test: before the fix each small piece re-parsed the whole open row, about 10^11
  // characters here (minutes); now each character is parsed a few times. The timeout only
  // catches a return of that quadratic work.
  it('reads a row left open by a quote across 300,000 small pieces in linear time', async () => {
    async function* pieces(): AsyncGenerator<string> {
      yield 'h\n"open';
      for (let i = 0; i < 300_000; i++) yield 'x\n';
    }
    const rows: string[][] = [];
    for await (const batch of csvRows(pieces(), ',', 1_000_000)) rows.push(...batch.rows);
    expect(rows).toHaveLength(2);
    // The open field holds everything after its quote: 'open', then 300,000 times 'x' and a LF.
    expect(rows[1]?.[0]).toHaveLength(4 + 600_000);
  }, 10_000);
});
