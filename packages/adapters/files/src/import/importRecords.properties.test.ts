import { isAftersalesError, PartSchema, StockMovementSchema } from '@aftersales/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClaimLaborOpRowSchema, ClaimPartRowSchema } from '../kinds/claimLines';
import { importRecords } from './importRecords';

const ZONE = 'Asia/Shanghai';

/** RFC 4180 writing, independent of the reader: quote a field holding a quote, comma or line break. */
const field = (cell: string): string => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
const line = (cells: readonly string[]): string => cells.map(field).join(',');

const MOVEMENT_HEADER = [
  '流水号',
  '配件编号',
  '出入库类型',
  '数量',
  '成本单价',
  '发生时间',
  '工单号',
  '仓库',
];
const movementCell = [
  fc.oneof(fc.constantFrom('M1', ' M2 ', '', 'M\n3'), fc.string({ maxLength: 70 })),
  fc.oneof(fc.constantFrom('P1', 'G052195M4', ''), fc.string({ maxLength: 5 })),
  fc.constantFrom('采购入库', '维修出库', '盘点调整', 'issue_ro', 'receipt', 'adjustment', '挪用', ''),
  fc.constantFrom('1', '-1', '0', '4.5', '-4.5', '1,200', '+3', '1,2', '1e3', ' 2 ', 'abc', ''),
  fc.constantFrom('5.00', '0', '-1', '1,280.50', 'x', ''),
  fc.constantFrom(
    '2024/03/08 14:30',
    '2024-03-08 14:30:00',
    '2024-02-30 10:00',
    '2024-03-08T14:30:00+08:00',
    '2024-03-08T14:30:00',
    '2024-13-01T00:00:00Z',
    '20240308143000',
    'yesterday',
    '',
  ),
  fc.constantFrom('RO1', '', ' ', 'RO 2'),
  fc.oneof(fc.constantFrom('总库', '', ' '), fc.string({ maxLength: 210 })),
] as const;
const movementRow = fc.tuple(...movementCell);

describe('importRecords (properties)', () => {
  it('gives one result per row written, numbered in order, whatever the cells hold', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.string({ maxLength: 12 }), { minLength: 8, maxLength: 8 }), { maxLength: 20 }),
        fc.constantFrom('\n', '\r\n'),
        async (rows, newline) => {
          // Rows whose cells are all blank are blank lines, skipped and counted apart.
          const text = [line(MOVEMENT_HEADER), ...rows.map(line)].join(newline);
          const { results, summary } = await importRecords(
            { text },
            { kind: 'stockMovements', timeZone: ZONE },
          );
          const blank = rows.filter((cells) => cells.every((cell) => cell.trim() === '')).length;
          expect(summary.rowsRead).toBe(rows.length - blank);
          expect(summary.blankLines).toBe(blank);
          expect(summary.accepted + summary.rejected).toBe(summary.rowsRead);
          const expected = rows.flatMap((cells, index) =>
            cells.every((cell) => cell.trim() === '') ? [] : [index + 2],
          );
          expect(results.map((result) => result.row)).toEqual(expected);
          for (const result of results) if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never throws an uncoded error on arbitrary bytes, and counts what it read', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom('auto', 'utf-8', 'gb18030'),
        async (bytes, encoding) => {
          const head = new TextEncoder().encode(`${MOVEMENT_HEADER.join(',')}\n`);
          const all = new Uint8Array([...head, ...bytes]);
          try {
            const { summary } = await importRecords(all, {
              kind: 'stockMovements',
              timeZone: ZONE,
              encoding: encoding as 'auto',
            });
            expect(summary.accepted + summary.rejected).toBe(summary.rowsRead);
          } catch (error) {
            expect(isAftersalesError(error)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('accepts a stock movement by the quick check only when zod accepts it, with the same value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(movementRow, { minLength: 1, maxLength: 10 }), async (rows) => {
        const text = [line(MOVEMENT_HEADER), ...rows.map(line)].join('\n');
        const { results } = await importRecords({ text }, { kind: 'stockMovements', timeZone: ZONE });
        for (const result of results) {
          if (!result.ok) continue;
          const again = StockMovementSchema.safeParse(result.value);
          expect(again.success).toBe(true);
          expect(again.data).toEqual(result.value);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('accepts a part by the quick check only when zod accepts it, with the same value', async () => {
    const header = [
      '配件编号',
      '配件名称',
      '单位',
      '可拆零',
      '销售单价',
      '配件来源',
      '包装数量',
      '替代件编号',
      '币种',
    ];
    const partRow = fc.tuple(
      fc.constantFrom('P1', 'P2', '', ' P3'),
      fc.oneof(fc.constantFrom('机油', ' ', ''), fc.string({ maxLength: 210 })),
      fc.constantFrom('L', '个', ''),
      fc.constantFrom('是', '否', 'Y', 'maybe', ''),
      fc.constantFrom('98.00', '-1', '1,280.50', 'x', ''),
      fc.constantFrom('纯正件', 'oem', '外采件', 'fake', ''),
      fc.constantFrom('4', '0.5', '0', '-2', ''),
      fc.constantFrom('P1', 'P2', ''),
      fc.constantFrom('CNY', 'cny', '人民币', 'XXX', 'usd', ''),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(partRow, { minLength: 1, maxLength: 10 }), async (rows) => {
        const text = [line(header), ...rows.map(line)].join('\n');
        const { results } = await importRecords({ text }, { kind: 'parts', timeZone: ZONE });
        for (const result of results) {
          if (!result.ok) continue;
          const again = PartSchema.safeParse(result.value);
          expect(again.success).toBe(true);
          expect(again.data).toEqual(result.value);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('accepts claim lines by the quick check only when zod accepts them, with the same value', async () => {
    const claimNumber = fc.constantFrom('CN1', ' CN2 ', '', 'C\nN');
    const decimal = fc.constantFrom('1', '0', '1.20', '-1', '1,200', 'x', '');
    const text = fc.oneof(fc.constantFrom('更换', ' ', ''), fc.string({ maxLength: 8 }));
    const opRow = fc.tuple(
      claimNumber,
      fc.constantFrom('46-1120', '', ' X'),
      text,
      decimal,
      decimal,
      decimal,
    );
    const partRow = fc.tuple(
      claimNumber,
      fc.constantFrom('P1', ''),
      text,
      decimal,
      decimal,
      decimal,
      fc.constantFrom('是', '否', 'maybe', ''),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(opRow, { minLength: 1, maxLength: 6 }),
        fc.array(partRow, { minLength: 1, maxLength: 6 }),
        async (ops, parts) => {
          const opText = [
            line(['索赔单号', '工时代码', '工时名称', '索赔工时', '工时单价', '金额']),
            ...ops.map(line),
          ].join('\n');
          const partText = [
            line(['索赔单号', '配件编号', '配件名称', '数量', '单价', '金额', '主损件']),
            ...parts.map(line),
          ].join('\n');
          const read = [
            [
              await importRecords({ text: opText }, { kind: 'claimLaborOps', timeZone: ZONE }),
              ClaimLaborOpRowSchema,
            ],
            [
              await importRecords({ text: partText }, { kind: 'claimParts', timeZone: ZONE }),
              ClaimPartRowSchema,
            ],
          ] as const;
          for (const [{ results }, schema] of read) {
            for (const result of results) {
              if (!result.ok) continue;
              const again = schema.safeParse(result.value);
              expect(again.success).toBe(true);
              expect(again.data).toEqual(result.value);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
