import { describe, expect, it } from 'vitest';
import { importRecords } from '../import/importRecords';
import { assembleRepairOrders } from './assembleRepairOrders';

const ZONE = 'Asia/Shanghai';
const VIN = 'LSVAU2187N2123456';

async function read() {
  const headers = await importRecords(
    {
      text: `工单ID,工单号,经销商代码,车架号,服务顾问,维修类别,工单状态,开单时间\nR1,RO-1,D1,${VIN},SA,保养,已结算,2024/03/01 09:30\nR2,RO-2,D1,${VIN},SA,维修,维修中,2024/03/02 09:30\nR3,RO-3,D1,BADVIN,SA,维修,维修中,2024/03/02 09:30\nR1b,RO-1,D1,${VIN},SA,保养,已结算,2024/03/01 09:30\n`,
    },
    { kind: 'repairOrders', timeZone: ZONE } as const,
  );
  const labor = await importRecords(
    {
      text: '工单号,项目号,行号,工时代码,工时名称,结算工时,付费类型\nRO-1,,L1,01-0010,更换机油,0.8,客户付费\nRO-2,J1,L1,46-1120,更换卡钳,1.2,保修\nRO-2,J1,L1,46-1121,更换卡钳螺栓,0.2,保修\nRO-9,,L1,01-0010,更换机油,0.8,客户付费\nRO-1,,L2,01-0020,,0.3,客户付费\n',
    },
    { kind: 'laborLines', timeZone: ZONE } as const,
  );
  const parts = await importRecords(
    {
      text: '工单号,项目号,行号,配件编号,配件名称,数量,单位,销售单价,配件来源,付费类型\nRO-1,L1,P1,G052195M4,机油,4.5,L,98.00,纯正件,客户付费\nRO-1,,P2,N1,密封圈,1,个,2.00,纯正件,客户付费\nRO-3,,P1,N1,密封圈,1,个,2.00,纯正件,客户付费\n',
    },
    { kind: 'partLines', timeZone: ZONE } as const,
  );
  return { headers, labor, parts };
}

describe('assembleRepairOrders', () => {
  it('puts lines on their RO and job, and accounts for every line that finds none', async () => {
    const { headers, labor, parts } = await read();
    const assembled = assembleRepairOrders({
      headers: headers.results,
      laborLines: labor.results,
      partLines: parts.results,
    });
    // Header rows: RO-1 ok; RO-2 rejected (two lines L1 in job J1); RO-3 bad VIN; RO-1 again.
    expect(assembled.repairOrders.map((result) => [result.row, result.ok])).toEqual([
      [2, true],
      [3, false],
      [4, false],
      [5, false],
    ]);
    const ro1 = assembled.repairOrders[0];
    // RO-1: L1 is its own job (no 项目号) and takes part P1 (项目号 L1); P2 has no job: parts-CP.
    expect(
      ro1?.ok &&
        ro1.value.jobs.map((job) => [
          job.id,
          job.concern,
          job.authorization,
          job.payType,
          job.laborLines.length,
          job.partLines.length,
        ]),
    ).toEqual([
      ['L1', '更换机油', 'approved', 'CP', 1, 1],
      ['parts-CP', '密封圈', 'approved', 'CP', 0, 1],
    ]);
    expect(assembled.repairOrders[3]?.ok === false && assembled.repairOrders[3].issues[0]?.code).toBe(
      'file.duplicate_key',
    );
    expect(assembled.lineRejections.map((line) => [line.file, line.row, line.issues[0]?.code])).toEqual([
      ['laborLines', 3, 'file.orphan_line'], // RO-2 was rejected
      ['laborLines', 4, 'file.orphan_line'], // RO-2 was rejected
      ['laborLines', 5, 'file.orphan_line'], // RO-9 is not in the header file
      ['laborLines', 6, 'input.required'], // its own problem: no description
      ['partLines', 4, 'file.orphan_line'], // RO-3's header was rejected
    ]);
    // Every line read is placed or rejected: 5 labor lines = 1 + 4, 3 part lines = 2 + 1.
    expect(assembled.summary).toEqual({
      repairOrders: { read: 4, accepted: 1, rejected: 3 },
      laborLines: { read: 5, placed: 1, rejected: 4 },
      partLines: { read: 3, placed: 2, rejected: 1 },
      subletLines: { read: 0, placed: 0, rejected: 0 },
      charges: { read: 0, placed: 0, rejected: 0 },
    });
  });

  it('puts sublet lines on jobs and charges on the RO', async () => {
    const headers = await importRecords(
      {
        text: `工单ID,工单号,经销商代码,车架号,服务顾问,维修类别,工单状态,开单时间\nR1,RO-1,D1,${VIN},SA,事故车,维修中,2024/03/01 09:30\nR2,RO-2,D1,${VIN},SA,保养,维修中,2024/03/01 09:30\nR3,RO-3,D1,${VIN},SA,保养,维修中,2024/03/01 09:30\n`,
      },
      { kind: 'repairOrders', timeZone: ZONE },
    );
    const sublets = await importRecords(
      {
        text: '工单号,项目号,行号,外包内容,外包商,销售金额,外包成本,付费类型,细分付费类型\nRO-1,,S1,前挡风玻璃更换,某某汽车玻璃,1800.00,1350.00,保险,外包\nRO-1,,S2,四轮定位,,300.00,,保险,\nRO-9,,S1,补胎,,30,,客户付费,\n',
      },
      { kind: 'subletLines', timeZone: ZONE },
    );
    const charges = await importRecords(
      {
        text: '工单号,行号,费用类型,费用名称,金额,付费类型\nRO-1,C1,环保费,废机油处理费,10.00,客户付费\nRO-2,C1,优惠,,50.00,客户付费\nRO-3,C1,杂费,,5.00,客户付费\nRO-3,C1,税费,,1.00,客户付费\nRO-1,C2,罚款,,1.00,客户付费\n',
      },
      { kind: 'roCharges', timeZone: ZONE },
    );
    const assembled = assembleRepairOrders({
      headers: headers.results,
      subletLines: sublets.results,
      charges: charges.results,
    });
    const [ro1, ro2, ro3] = assembled.repairOrders;
    // RO-1: both sublets have no 项目号 and pay type 保险 (INS): one job sublet-INS, named by the first.
    expect(ro1?.ok && ro1.value.jobs).toMatchObject([
      {
        id: 'sublet-INS',
        concern: '前挡风玻璃更换',
        authorization: 'approved',
        payType: 'INS',
        laborLines: [],
        partLines: [],
        subletLines: [
          {
            id: 'S1',
            description: '前挡风玻璃更换',
            vendorName: '某某汽车玻璃',
            amount: '1800.00',
            cost: '1350.00',
            payType: 'INS',
            payTypeDetail: 'sublet',
          },
          { id: 'S2', description: '四轮定位', amount: '300.00', payType: 'INS' },
        ],
      },
    ]);
    expect(ro1?.ok && ro1.value.charges).toEqual([
      { id: 'C1', kind: 'environmental', description: '废机油处理费', amount: '10.00', payType: 'CP' },
    ]);
    // RO-2: a charge and no job; RO-3: two charges with the id C1, which the RO schema refuses.
    expect(ro2?.ok && [ro2.value.jobs, ro2.value.charges]).toEqual([
      [],
      [{ id: 'C1', kind: 'discount', amount: '50.00', payType: 'CP' }],
    ]);
    expect(ro3?.ok).toBe(false);
    expect(assembled.lineRejections.map((line) => [line.file, line.row, line.issues[0]?.code])).toEqual([
      ['subletLines', 4, 'file.orphan_line'], // RO-9 is not in the header file
      ['charges', 4, 'file.orphan_line'], // RO-3 rejected with its charges
      ['charges', 5, 'file.orphan_line'],
      ['charges', 6, 'file.unmapped_code'], // 罚款 is no charge kind of the profile
    ]);
    // 3 sublets = 2 placed + 1; 5 charges = 2 placed + 3.
    expect(assembled.summary).toEqual({
      repairOrders: { read: 3, accepted: 2, rejected: 1 },
      laborLines: { read: 0, placed: 0, rejected: 0 },
      partLines: { read: 0, placed: 0, rejected: 0 },
      subletLines: { read: 3, placed: 2, rejected: 1 },
      charges: { read: 5, placed: 2, rejected: 3 },
    });
  });

  it('refuses arguments that are not row results', () => {
    expect(() => assembleRepairOrders({ headers: [{ row: 1 }] } as never)).toThrow(
      expect.objectContaining({ code: 'input.invalid_type' }),
    );
  });
});
