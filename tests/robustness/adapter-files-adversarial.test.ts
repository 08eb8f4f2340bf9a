import * as files from '@aftersales/adapter-files';
import { isAftersalesError, isErrorCode } from '@aftersales/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gbk, inPieces, joinBytes, NO_HANG_MS, runs, utf8 } from './adapter-fuzz';

/**
 * Adversarial DMS exports for @aftersales/adapter-files (issue #9): stock movements and RO headers
 * in CSV (UTF-8 with or without BOM, GBK), JSON and JSON Lines whose cells hold huge numbers,
 * negative quantities, dates out of range, invalid VINs, unknown codes, formula-looking text,
 * `__proto__`/`constructor` columns and keys, wrong JSON types, cut into arbitrary pieces. Every
 * data row comes out as exactly one result numbered as written (count in = count out); a row
 * built only of good cells is accepted; a row with a bad cell is rejected with a coded issue that
 * names that cell's column. Malformed UTF-8 and GBK bytes stop the file with one `file.encoding`
 * error whose offset is the bad byte's, worked out from where it was put; the rows handed out
 * before it are the rows before it. Long lines, many columns and a long row in tiny pieces end in
 * a result or a coded error, within a time limit that only catches a hang.
 */

const ZONE = 'Asia/Shanghai';

/**
 * A cell, and whether the oracle expects its column to be named in a rejection: `'cell'` always
 * (the value is wrong on its own), `'cross'` only when every other cell of the row is good (a
 * quantity's sign is checked against the type once the record is whole).
 */
interface Cell {
  readonly text: string;
  readonly bad: false | 'cell' | 'cross';
}
const good = (...texts: string[]) => fc.constantFrom(...texts).map((text): Cell => ({ text, bad: false }));
const bad = (...texts: string[]) => fc.constantFrom(...texts).map((text): Cell => ({ text, bad: 'cell' }));
const cross = (...texts: string[]) => fc.constantFrom(...texts).map((text): Cell => ({ text, bad: 'cross' }));
const either = (ok: fc.Arbitrary<Cell>, ko: fc.Arbitrary<Cell>) =>
  fc.oneof({ weight: 4, arbitrary: ok }, { weight: 1, arbitrary: ko });

/** Columns of one kind: the header written, and the cells it may hold (all GBK-encodable). */
interface Column {
  readonly header: string;
  readonly cell: fc.Arbitrary<Cell>;
}

const GOOD_INSTANTS = [
  '2024/3/8 14:30',
  '2024-03-08 14:30:00',
  '2024-03-08T14:30:00+08:00',
  '20240308143000',
];
// Out of range: no 30 February, no month 13, a year past what a date holds, hour 24, an offset of 25 h.
const BAD_INSTANTS = [
  '2024-02-30 10:00',
  '2024-13-01 00:00',
  '275760-09-13 00:00',
  '2024-03-08 24:00',
  '2024-03-08T14:30:00+25:00',
  'yesterday',
  '=NOW()',
];
const HUGE = ['1e400', '-1e400', 'Infinity', 'NaN', '0x10', '1,2', '--1', '1.2.3'];

const MOVEMENTS: readonly Column[] = [
  { header: '流水号', cell: either(good('M1', 'M-2', '流水3'), bad('', ' ', 'x'.repeat(300))) },
  { header: '配件编号', cell: either(good('P1', '配件-9', '=HYPERLINK("x")'), bad('', 'p'.repeat(300))) },
  // Inbound types only, so that every good quantity below is good with every good type.
  {
    header: '出入库类型',
    cell: either(
      good('采购入库', 'receipt', '调拨入库', ' RECEIPT '),
      bad('warp', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '入库X', '=1+1'),
    ),
  },
  {
    header: '数量',
    cell: either(
      good('1', '2.5', '1,200', '+3', '99999999999999999999.5'),
      fc.oneof(bad(...HUGE, 'abc'), cross('-1', '-0.5')),
    ),
  },
  { header: '成本单价', cell: either(good('5.00', '0', '1,280.50'), bad('-1', 'x', '1e400', '-0.01')) },
  { header: '发生时间', cell: either(good(...GOOD_INSTANTS), bad(...BAD_INSTANTS)) },
  { header: '仓库', cell: good('总库', '', '=SUM(A1:A9)', '+cmd|x', '@备件', '-2+3', 'x'.repeat(150)) },
];

const VALID_VIN = 'LSVAU2187N2123456'; // check digit 7 at position 9, worked out in core's tests
const RO_HEADERS: readonly Column[] = [
  { header: '系统编号', cell: good('R1', 'ro-0001') },
  { header: '工单号', cell: good('R1', '工单-2') },
  { header: '经销商代码', cell: good('D0571') },
  {
    header: 'VIN',
    cell: either(
      good(VALID_VIN),
      // Check digit wrong (8 for 7), 16 and 18 characters, I/O/Q, blank.
      bad(
        'LSVAU2188N2123456',
        'LSVAU2187N212345',
        'LSVAU2187N21234567',
        'LSVAU2187N212345I',
        'O'.repeat(17),
        '',
      ),
    ),
  },
  { header: '服务顾问', cell: good('SA1', '顾问甲') },
  {
    header: '维修类别',
    cell: either(good('保养', 'repair', '钣喷'), bad('warp', '__proto__', '保 养X', '')),
  },
  { header: '工单状态', cell: good('开单', 'open') },
  { header: '开单时间', cell: either(good(...GOOD_INSTANTS), bad(...BAD_INSTANTS)) },
  {
    header: '进厂里程',
    cell: either(good('12000', '0', '1,200', ''), bad('-5', '1e400', '12.5', '9'.repeat(20))),
  },
];

const KINDS = { stockMovements: MOVEMENTS, repairOrders: RO_HEADERS } as const;
type Kind = keyof typeof KINDS;

/** Columns a DMS adds that the profile does not map, among them keys of Object.prototype. */
const EXTRA_HEADERS = ['__proto__', 'constructor', 'prototype', 'toString', '附注'];

/** A file: the header, then rows of cells (typed rows from the pools, or blank ones). */
const table = (kind: Kind) =>
  fc.record({
    kind: fc.constant(kind),
    extra: fc.subarray(EXTRA_HEADERS),
    rows: fc.array(
      fc.oneof(
        { weight: 8, arbitrary: fc.tuple(...KINDS[kind].map((column) => column.cell)) },
        { weight: 1, arbitrary: fc.constant(null) }, // a blank row
      ),
      { maxLength: 12 },
    ),
  });
const tables = fc.oneof(table('stockMovements'), table('repairOrders'));
type Table = { kind: Kind; extra: string[]; rows: (Cell[] | null)[] };

/** RFC 4180, written here and not by the reader: a field with a quote, comma or line break is quoted. */
const field = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

function csvOf({ kind, extra, rows }: Table, newline: string): string {
  const headers = [...KINDS[kind].map((column) => column.header), ...extra];
  const lines = rows.map((cells) =>
    cells === null ? ',' : [...cells.map((cell) => cell.text), ...extra.map(() => 'x')].map(field).join(','),
  );
  return [headers.map(field).join(','), ...lines].join(newline) + newline;
}

/** A cell as a raw JSON token: a number where the text is one (1e400, 9…9), else a string. */
const jsonToken = (text: string): string =>
  /^-?\d+(\.\d+)?(e\d+)?$/.test(text) && text.length < 500 ? text : JSON.stringify(text);

function jsonObjectText({ kind, extra }: Table, cells: readonly Cell[]): string {
  const pairs = KINDS[kind].map((column, index) => {
    const text = (cells[index] as Cell).text;
    return `${JSON.stringify(column.header)}:${text === '' ? 'null' : jsonToken(text)}`;
  });
  return `{${[...pairs, ...extra.map((key) => `${JSON.stringify(key)}:"x"`)].join(',')}}`;
}

/** The oracle for one typed row: accepted when every cell is good, else named where it is bad. */
function checkRow(kind: Kind, cells: readonly Cell[], result: files.FileRowResult<unknown>): void {
  const badCount = cells.filter((cell) => cell.bad !== false).length;
  const badColumns = KINDS[kind].filter((_, index) => {
    const { bad } = cells[index] as Cell;
    return bad === 'cell' || (bad === 'cross' && badCount === 1);
  });
  const anyBad = badCount > 0;
  const shown = JSON.stringify([cells.map((cell) => cell.text), result]);
  expect(result.ok, shown).toBe(!anyBad);
  if (result.ok) return;
  for (const issue of result.issues) expect(isErrorCode(issue.code), shown).toBe(true);
  const named = new Set(result.issues.map((issue) => issue.path[0]));
  for (const column of badColumns)
    expect(named.has(column.header), `${column.header} in ${shown}`).toBe(true);
}

/** Every result, then the summary; a thrown error must be coded and is returned. */
async function readAll(
  source: files.FileSource,
  options: files.ImportOptions,
): Promise<{
  results: files.FileRowResult<unknown>[];
  error?: unknown;
  summary?: files.ImportSummary | undefined;
}> {
  const stream = files.streamRecords(source, options);
  const results: files.FileRowResult<unknown>[] = [];
  try {
    for await (const result of stream) results.push(result);
  } catch (error) {
    expect(isAftersalesError(error), String(error)).toBe(true);
    return { results, error };
  }
  return { results, summary: stream.summary };
}

describe('adversarial cells: one result per row, good rows accepted, bad cells named', () => {
  it(
    'CSV in UTF-8, UTF-8 with BOM or GBK, LF or CRLF, in arbitrary pieces',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          tables,
          fc.constantFrom('utf-8', 'utf-8-bom', 'gbk'),
          fc.constantFrom('\n', '\r\n'),
          fc.array(fc.nat(), { maxLength: 6 }),
          async (t, encoding, newline, cuts) => {
            const text = csvOf(t, newline);
            const bytes =
              encoding === 'gbk'
                ? gbk(text)
                : encoding === 'utf-8-bom'
                  ? joinBytes([0xef, 0xbb, 0xbf], utf8(text))
                  : utf8(text);
            const { results, summary, error } = await readAll(inPieces(bytes, cuts), {
              kind: t.kind,
              timeZone: ZONE,
              encoding: encoding === 'gbk' ? 'gbk' : 'auto',
            });
            expect(error).toBeUndefined();
            // Row numbers as a spreadsheet shows them: the header is row 1, blank rows count but give none.
            const written = t.rows.flatMap((cells, index) =>
              cells === null ? [] : [[index + 2, cells] as const],
            );
            expect(results.map((result) => result.row)).toEqual(written.map(([row]) => row));
            for (const [index, [, cells]] of written.entries())
              checkRow(t.kind, cells, results[index] as files.FileRowResult<unknown>);
            expect(summary?.rowsRead).toBe(written.length);
            expect(summary?.blankLines).toBe(t.rows.length - written.length);
            expect(summary?.unusedColumns).toEqual(t.extra);
          },
        ),
        { numRuns: runs(250) },
      );
      expect(Object.keys(Object.prototype)).toEqual([]);
    },
    NO_HANG_MS,
  );

  it(
    'a JSON array and JSON Lines of the same rows, with huge numbers as numbers and keys of Object.prototype',
    async () => {
      await fc.assert(
        fc.asyncProperty(tables, fc.constantFrom('json', 'jsonl'), async (t, format) => {
          const typed = t.rows.filter((cells): cells is Cell[] => cells !== null);
          const objects = typed.map((cells) => jsonObjectText(t, cells));
          const text = format === 'json' ? `[${objects.join(',')}]` : `${objects.join('\n')}\n`;
          const { results, summary, error } = await readAll(
            { text },
            { kind: t.kind, timeZone: ZONE, format },
          );
          expect(error).toBeUndefined();
          // In both, a row's number is its position: the element's, or the line's.
          expect(results.map((result) => result.row)).toEqual(typed.map((_, index) => index + 1));
          for (const [index, cells] of typed.entries())
            checkRow(t.kind, cells, results[index] as files.FileRowResult<unknown>);
          expect([summary?.rowsRead, (summary?.accepted ?? 0) + (summary?.rejected ?? 0)]).toEqual([
            typed.length,
            typed.length,
          ]);
        }),
        { numRuns: runs(200) },
      );
      expect(Object.keys(Object.prototype)).toEqual([]);
    },
    NO_HANG_MS,
  );

  it(
    'JSON values of the wrong type are rejected at their key; other values still count once',
    async () => {
      // (true, false and numbers are read as text where text is wanted: '1', 'true'.)
      const wrong = fc.constantFrom('{}', '[]', '[1,2]', '{"__proto__":{"x":1}}', '[[[[[[[[[[1]]]]]]]]]]');
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.constantFrom(...MOVEMENTS.map((column) => column.header)), wrong), {
            minLength: 1,
            maxLength: 4,
          }),
          fc.array(fc.constantFrom('1', '"x"', 'null', '{}', '"__proto__"', '1e400'), { maxLength: 4 }),
          async (changes, strays) => {
            const good = `"流水号":"M1","配件编号":"P1","出入库类型":"采购入库","数量":"1","成本单价":"5.00","发生时间":"2024-03-08 14:30"`;
            let row = `{${good}}`;
            for (const [key, value] of changes) row = `${row.slice(0, -1)},${JSON.stringify(key)}:${value}}`;
            const text = `[${[row, `{${good}}`, ...strays].join(',')}]`;
            const { results } = await readAll(
              { text },
              { kind: 'stockMovements', timeZone: ZONE, format: 'json' },
            );
            expect(results.map((result) => result.row)).toEqual([
              1,
              2,
              ...strays.map((_, index) => index + 3),
            ]);
            const [first, second] = results;
            // A key written twice keeps its last value (JSON.parse), wrong all the same.
            expect(first?.ok).toBe(false);
            if (first?.ok === false) {
              const named = new Set(first.issues.map((issue) => issue.path[0]));
              for (const [key] of changes) expect(named.has(key)).toBe(true);
            }
            expect(second?.ok).toBe(true);
            // A stray that is not an object is a malformed row of its own.
            for (const result of results.slice(2)) expect(result.ok).toBe(false);
          },
        ),
        { numRuns: runs(150) },
      );
    },
    NO_HANG_MS,
  );
});

/** Bytes that are not UTF-8, and the index (in them) of the byte the decoder stops at. */
const BAD_UTF8: readonly (readonly [string, readonly number[], number])[] = [
  ['a lone continuation byte', [0x80], 0],
  ['a lone continuation byte BF', [0xbf], 0],
  ['C0, never a lead byte (overlong)', [0xc0, 0xaf], 0],
  ['FF, never in UTF-8', [0xff], 0],
  ['a surrogate, ED A0 80', [0xed, 0xa0, 0x80], 1],
  ['an overlong three-byte form, E0 80 80', [0xe0, 0x80, 0x80], 1],
  ['past U+10FFFF, F4 90 80 80', [0xf4, 0x90, 0x80, 0x80], 1],
  ['a three-byte character cut before a comma', [0xe5, 0xb7], 2],
];
/** Bytes that are not GB18030 (nor GBK), and the byte the decoder stops at. */
const BAD_GBK: readonly (readonly [string, readonly number[], number])[] = [
  ['FF, never a lead byte', [0xff], 0],
  ['a lead byte with trail 7F', [0x81, 0x7f], 1],
  ['a lead byte with a trail below 0x30', [0xb0, 0x2c], 1],
  ['a four-byte form broken at its third byte', [0x81, 0x30, 0x41], 2],
];

describe('malformed bytes: one coded file.encoding at the bad byte, the rows before it kept', () => {
  const rowText = (n: number) => `M${n},P${n},采购入库,${n},5.00,2024-03-08 14:30,总库`;

  it(
    'a bad sequence put inside a row, the file in arbitrary pieces',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('utf-8', 'gbk'),
          fc.nat(),
          fc.integer({ min: 1, max: 8 }),
          fc.nat(),
          fc.array(fc.nat(), { maxLength: 6 }),
          async (encoding, pick, rows, at, cuts) => {
            const bads = encoding === 'gbk' ? BAD_GBK : BAD_UTF8;
            const [, injected, failAt] = bads[pick % bads.length] as (typeof bads)[number];
            const encode = encoding === 'gbk' ? gbk : utf8;
            const bad = 1 + (at % rows); // the data row that gets the bad bytes
            const before = encode(
              [
                MOVEMENTS.map((column) => column.header).join(','),
                ...Array.from({ length: bad }, (_, i) => rowText(i + 1)),
              ]
                .join('\n')
                .concat(','), // the bad bytes open an extra (eighth) cell of row `bad`
            );
            const after = encode(
              `\n${Array.from({ length: rows - bad }, (_, i) => rowText(bad + i + 1)).join('\n')}\n`,
            );
            const bytes = joinBytes(before, injected, after);
            const { results, error } = await readAll(inPieces(bytes, cuts), {
              kind: 'stockMovements',
              timeZone: ZONE,
              encoding: encoding === 'gbk' ? 'gb18030' : 'utf-8',
            });
            expect(isAftersalesError(error) && [error.code, error.issues[0]?.params?.offset]).toEqual([
              'file.encoding',
              before.length + failAt,
            ]);
            // Rows before the bad one may have been handed out (those in pieces read before it), each
            // accepted and in order; none from the bad row on.
            expect(results.map((result) => [result.row, result.ok])).toEqual(
              results.map((_, index) => [index + 2, true]),
            );
            expect(results.length).toBeLessThan(bad);
          },
        ),
        { numRuns: runs(300) },
      );
    },
    NO_HANG_MS,
  );

  it('a character cut by the end of the file is named at its first byte', async () => {
    const header = MOVEMENTS.map((column) => column.header).join(',');
    for (const [encode, cut, encoding] of [
      [utf8, [0xe5, 0xb7], 'utf-8'], // 工 is E5 B7 A5
      [utf8, [0xf0, 0x9f], 'utf-8'],
      [gbk, [0xc5], 'gb18030'], // 配 is C5 E4
      [gbk, [0x81, 0x30], 'gb18030'], // a four-byte form cut after two
    ] as const) {
      const before = encode(`${header}\n${rowText(1)}\n${rowText(2)},`);
      const { error } = await readAll(joinBytes(before, cut), {
        kind: 'stockMovements',
        timeZone: ZONE,
        encoding,
      });
      expect(isAftersalesError(error) && error.issues[0]?.params?.offset).toBe(before.length);
    }
  });

  it('mixed encodings and byte order marks under auto: read in one encoding, or one coded error', async () => {
    const header = MOVEMENTS.map((column) => column.header).join(',');
    const utf8Row = utf8(`${rowText(1).replace('总库', '配件库')}\n`);
    const gbkRow = gbk(`${rowText(2).replace('总库', '配件库')}\n`);
    const bom = [0xef, 0xbb, 0xbf];
    const cases: readonly (readonly [string, Uint8Array, number | undefined])[] = [
      // The first non-ASCII line decides: here the UTF-8 header, so GBK row 3 is refused at its
      // first Chinese byte, 6 bytes in ('M2,P2,'): 采 is B2 C9, and B2 only continues UTF-8 characters.
      [
        'UTF-8 then GBK',
        joinBytes(utf8(`${header}\n`), utf8Row, gbkRow),
        utf8(`${header}\n`).length + utf8Row.length + 'M2,P2,'.length,
      ],
      // A UTF-8 BOM says UTF-8: the GBK header is refused at its first byte pair (流 is C1 F7; C1 is
      // never UTF-8), after the 3 bytes of the mark.
      ['a UTF-8 BOM before GBK', joinBytes(bom, gbk(`${header}\n`), gbkRow), 3],
      // UTF-16 marks are not UTF-8 nor GB18030 text that starts a header: refused.
      ['a UTF-16 LE BOM', joinBytes([0xff, 0xfe], utf8(`${header}\n`), utf8Row), undefined],
    ];
    for (const [label, bytes, offset] of cases) {
      const { results, error, summary } = await readAll(bytes, { kind: 'stockMovements', timeZone: ZONE });
      expect(error === undefined ? 'read' : 'refused', label).toBe('refused');
      if (offset !== undefined)
        expect(isAftersalesError(error) && [error.code, error.issues[0]?.params?.offset], label).toEqual([
          'file.encoding',
          offset,
        ]);
      expect([results.length, summary], label).toEqual([0, undefined]);
    }
    // A mark written twice (a tool adding one to a file that had one) is dropped twice: the file reads.
    const twice = await readAll(joinBytes(bom, bom, utf8(`${header}\n`), utf8Row), {
      kind: 'stockMovements',
      timeZone: ZONE,
    });
    expect(twice.results.map((result) => [result.row, result.ok])).toEqual([[2, true]]);
  });
});

describe('sizes and shapes that could hang or lose a row', () => {
  const header = MOVEMENTS.map((column) => column.header).join(',');
  const row = 'M1,P1,采购入库,1,5.00,2024-03-08 14:30,总库';

  it(
    '20,000 columns, a 900,000-character cell, and a row past maxRowChars naming its row',
    async () => {
      const wide = await files.importRecords(
        {
          text: `${header},${Array.from({ length: 20_000 }, (_, i) => `c${i}`).join(',')}\n${row},${',x'.repeat(20_000).slice(1)}\n`,
        },
        { kind: 'stockMovements', timeZone: ZONE },
      );
      expect([wide.summary.rowsRead, wide.summary.accepted, wide.summary.unusedColumns.length]).toEqual([
        1, 1, 20_000,
      ]);
      const long = await files.importRecords(
        { text: `${header}\n${row.replace('总库', 'w'.repeat(900_000))}\n${row}\n` },
        { kind: 'stockMovements', timeZone: ZONE },
      );
      // The warehouse holds at most 200 characters: row 2 is rejected there, row 3 accepted.
      expect(long.results.map((result) => [result.row, result.ok])).toEqual([
        [2, false],
        [3, true],
      ]);
      expect(long.results[0]?.ok === false && long.results[0].issues[0]?.path).toEqual(['仓库']);
      const tooLong = await readAll(
        { text: `${header}\n${row}\n${row.replace('总库', 'w'.repeat(1_100_000))}\n${row}\n` },
        { kind: 'stockMovements', timeZone: ZONE },
      );
      expect(isAftersalesError(tooLong.error) && [tooLong.error.code, tooLong.error.issues[0]?.path]).toEqual(
        ['file.malformed_row', ['row', 3]],
      );
      expect(tooLong.results.map((result) => result.row)).toEqual([2]);
    },
    NO_HANG_MS,
  );

  it('a JSON element nested 100,000 deep and a JSON line nested 100,000 deep are one rejection each', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const deepObject = `${'{"__proto__":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
    const good =
      '{"流水号":"M1","配件编号":"P1","出入库类型":"采购入库","数量":1,"成本单价":"5","发生时间":"2024-03-08 14:30"}';
    for (const format of ['json', 'jsonl'] as const) {
      const text =
        format === 'json' ? `[${deep},${deepObject},${good}]` : `${deep}\n${deepObject}\n${good}\n`;
      const { results, error } = await readAll({ text }, { kind: 'stockMovements', timeZone: ZONE, format });
      expect(error).toBeUndefined();
      // An array is not an object; an object whose only key is __proto__ lacks every field.
      expect(results.map((result) => [result.row, result.ok])).toEqual([
        [1, false],
        [2, false],
        [3, true],
      ]);
    }
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  // Each took from 30 s to minutes before the fix (quadratic in the open row's length) and takes
  // about 2 s now: the limit is far from both.
  it('an open quote, a JSON line and a header without a line feed, in 100,000 tiny pieces', async () => {
    const tiny = (head: string, piece: string, tail: string) => ({
      async *[Symbol.asyncIterator]() {
        yield utf8(head);
        const bytes = utf8(piece);
        for (let i = 0; i < 100_000; i++) yield bytes;
        yield utf8(tail);
      },
    });
    const quoted = await readAll(
      tiny(`${header}\nM1,"P1`, 'x\n', `",采购入库,1,5.00,2024-03-08 14:30,\n${row}\n`),
      {
        kind: 'stockMovements',
        timeZone: ZONE,
      },
    );
    // The quoted part number spans 100,000 lines: one row (2), rejected for its length; then row 3.
    expect(quoted.results.map((result) => [result.row, result.ok])).toEqual([
      [2, false],
      [3, true],
    ]);
    const jsonl = await readAll(tiny('{"流水号":"', 'ab', `"}\n{"流水号":"M2"}\n`), {
      kind: 'stockMovements',
      timeZone: ZONE,
      format: 'jsonl',
    });
    expect(jsonl.results.map((result) => result.row)).toEqual([1, 2]);
    const headerOnly = await readAll(tiny('流水号', ',c', ''), { kind: 'stockMovements', timeZone: ZONE });
    // One header of 100,001 columns, 'c' 100,000 times: a coded duplicate-column error, no row.
    expect(isAftersalesError(headerOnly.error) && headerOnly.error.code).toBe('file.duplicate_column');
  }, 20_000);
});
