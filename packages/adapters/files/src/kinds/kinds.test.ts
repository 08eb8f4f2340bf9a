import { describe, expect, it } from 'vitest';
import { importRecords } from '../import/importRecords';

const ZONE = 'Asia/Shanghai';
const VIN = 'LSVAU2187N2123456'; // core's example VIN (check digit 7 is right)

describe('importRecords (every kind)', () => {
  it('reads the parts master with yes/no words and codes', async () => {
    const text = [
      '配件编号,配件名称,单位,可拆零,销售单价,成本单价,配件来源,包装数量,ABC分类,是否精品',
      'G052195M4,全合成机油 5W-40（散装）,L,是,98.00,62.00,纯正件,4,A,否',
      'P2,刹车片,套,N,1280.5,,外采件,0.5,C,',
    ].join('\n');
    const { results } = await importRecords({ text }, { kind: 'parts', timeZone: ZONE });
    expect(results[0]).toEqual({
      row: 2,
      ok: true,
      value: {
        partNumber: 'G052195M4',
        description: '全合成机油 5W-40（散装）',
        unit: 'L',
        allowsFractionalQuantity: true,
        price: '98.00',
        cost: '62.00',
        currency: 'CNY',
        source: 'oem',
        packSize: '4',
        abcClass: 'A',
        isAccessory: false,
      },
    });
    // Sold in whole 套 (可拆零 N) but a pack of 0.5: the schema's own check, under the column's name.
    expect(results[1]?.ok === false && results[1].issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['input.inconsistent', ['包装数量']],
    ]);
  });

  it('reads customers with an English header and a date-only creation time', async () => {
    const text =
      'Customer ID,Name,Customer Type,Phone,Created At\nCUS-1,张伟,个人,13800000000,2022/6/18\nCUS-2,某某公司,VIP,,2022-06-18 10:20\n';
    const { results } = await importRecords({ text }, { kind: 'customers', timeZone: ZONE });
    expect(results[0]).toEqual({
      row: 2,
      ok: true,
      // A date alone is the start of that day in the dealer's zone.
      value: {
        id: 'CUS-1',
        name: '张伟',
        kind: 'private',
        phone: '13800000000',
        createdAt: '2022-06-18T00:00:00+08:00',
      },
    });
    expect(results[1]?.ok === false && results[1].issues[0]).toMatchObject({
      code: 'file.unmapped_code',
      path: ['Customer Type'],
      params: { value: 'VIP', field: 'kind' },
    });
  });

  it('reads warranty claims with nested amounts and checks their total', async () => {
    const header =
      '系统编号,经销商代码,车架号,工单号,维修日期,维修里程,工时费,配件费,合计,索赔状态,旧件已保留';
    const text = `${header}\nWC1,D0571,${VIN},RO1,2024/3/1,"12,345",144.00,1260.00,1404.00,已提交,是\nWC2,D0571,${VIN},RO2,2024/3/1,100,144.00,1260.00,1400.00,草稿,\n`;
    const { results } = await importRecords({ text }, { kind: 'warrantyClaims', timeZone: ZONE });
    expect(results[0]?.ok && results[0].value).toMatchObject({
      id: 'WC1',
      repairDate: '2024-03-01',
      odometerKm: 12345,
      amounts: { labor: '144.00', parts: '1260.00', total: '1404.00' },
      status: 'submitted',
      oldPart: { retained: true },
      laborOps: [],
      parts: [],
    });
    // 144.00 + 1260.00 = 1404.00, not 1400.00.
    expect(results[1]?.ok === false && results[1].issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['input.inconsistent', ['合计']],
    ]);
  });

  it('reads RO headers, and lines with the RO number they belong to', async () => {
    const ro = `工单ID,工单号,经销商代码,车架号,服务顾问,维修类别,工单状态,开单时间,结算时间\nR1,RO-1,D0571,${VIN},SA-1,保养,已结算,2024/03/01 09:30,2024/03/01 08:00\n`;
    const { results: headers } = await importRecords({ text: ro }, { kind: 'repairOrders', timeZone: ZONE });
    // Settled (08:00) before opened (09:30): the RO schema's order check, under the column's name.
    expect(headers[0]?.ok === false && headers[0].issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['input.inconsistent', ['结算时间']],
    ]);
    const labor =
      '工单号,行号,工时代码,工时名称,结算工时,付费类型\nRO-1,L1,01-0010,更换机油及机油滤清器,0.8,客户付费\n';
    const { results: lines } = await importRecords({ text: labor }, { kind: 'laborLines', timeZone: ZONE });
    expect(lines[0]).toEqual({
      row: 2,
      ok: true,
      value: {
        roNumber: 'RO-1',
        line: {
          id: 'L1',
          opCode: '01-0010',
          description: '更换机油及机油滤清器',
          soldHours: '0.8',
          payType: 'CP',
        },
      },
    });
  });
});
