/**
 * The main job for now (`pnpm demo`): build a repair order the way a DMS would send it, validate
 * it, price it with the dealer's posted labor rates, and print it in Chinese and English. Then show
 * what a user gets back for a mistyped record: coded issues naming the field, in both languages.
 */
import {
  type DealerInput,
  DealerSchema,
  formatMoney,
  type PricedLine,
  parseRecord,
  priceRepairOrder,
  type RepairOrderInput,
  RepairOrderSchema,
  safeParseRecord,
} from '@aftersales/core';

const dealer = parseRecord(DealerSchema, {
  id: 'DLR-SH-001',
  name: '上海浦东某品牌4S店',
  brands: ['Volkswagen'],
  bays: 12,
  timeZone: 'Asia/Shanghai',
  laborRates: { CP: '180.00', W: '120.00', INS: '200.00' },
} satisfies DealerInput);

const input: RepairOrderInput = {
  id: 'RO-2024-000817',
  roNumber: 'WX2403010017',
  dealerId: dealer.id,
  vin: 'LSVAU2187N2123456',
  customerId: 'CUS-000123',
  advisorId: 'EMP-SA-03',
  kind: 'maintenance',
  status: 'ready',
  openedAt: '2024-03-01T09:05:00+08:00',
  receivedAt: '2024-03-01T09:00:00+08:00',
  odometerInKm: 45210,
  jobs: [
    {
      id: 'J1',
      concern: '45,000 km 定期保养 / 45,000 km scheduled maintenance',
      authorization: 'approved',
      payType: 'CP',
      laborLines: [
        {
          id: 'L1',
          opCode: '01-0010',
          description: '更换机油及滤清器 Oil and filter change',
          soldHours: '0.8',
          technicianId: 'EMP-T-11',
          payType: 'CP',
        },
      ],
      partLines: [
        {
          id: 'P1',
          partNumber: '06L115562B',
          description: '机油滤清器 Oil filter',
          quantity: '1',
          unit: '个',
          unitPrice: '68.00',
          source: 'oem',
          payType: 'CP',
        },
        {
          id: 'P2',
          partNumber: 'G052195M4',
          description: '全合成机油 5W-40 Engine oil',
          quantity: '4.5',
          unit: 'L',
          unitPrice: '98.00',
          source: 'oem',
          payType: 'CP',
        },
      ],
    },
    {
      id: 'J2',
      concern: '低速制动时左前轮异响 / Front-left brake noise at low speed',
      authorization: 'approved',
      payType: 'W',
      laborLines: [
        {
          id: 'L2',
          opCode: '46-1120',
          description: '更换左前制动卡钳 Replace front-left caliper',
          soldHours: '1.2',
          technicianId: 'EMP-T-07',
          payType: 'W',
        },
      ],
      partLines: [
        {
          id: 'P3',
          partNumber: '5Q0615123F',
          description: '制动卡钳总成 Brake caliper',
          quantity: '1',
          unit: '个',
          unitPrice: '1260.00',
          source: 'oem',
          payType: 'W',
        },
      ],
    },
    {
      id: 'J3',
      concern: '建议更换雨刮片 / Wiper blades worn (advised)',
      authorization: 'declined',
      payType: 'CP',
      laborLines: [],
      partLines: [
        {
          id: 'P4',
          partNumber: '5G1998002',
          description: '雨刮片 Wiper blades',
          quantity: '1',
          unit: '副',
          unitPrice: '228.00',
          source: 'oem',
          payType: 'CP',
        },
      ],
    },
  ],
  charges: [
    {
      id: 'C1',
      kind: 'environmental',
      description: '废机油处理费 Waste-oil disposal',
      amount: '10.00',
      payType: 'CP',
    },
  ],
};

const ro = parseRecord(RepairOrderSchema, input);
const price = priceRepairOrder(ro, { laborRates: dealer.laborRates, rounding: 'half-up' });
const yuan = (m: Parameters<typeof formatMoney>[0]) => formatMoney(m, 'zh-CN').padStart(12);
const opened = new Intl.DateTimeFormat('zh-CN', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: dealer.timeZone,
}).format(new Date(ro.openedAt));

const kindNames: Record<PricedLine['kind'], string> = {
  labor: '工时 labor',
  part: '配件 part',
  sublet: '外协 sublet',
  charge: '费用 charge',
};
console.log(
  `维修工单 Repair order ${ro.roNumber}  ·  ${dealer.name}  ·  开单 opened ${opened} (${dealer.timeZone})`,
);
console.log(`VIN ${ro.vin}  ·  进厂里程 odometer in ${ro.odometerInKm?.toLocaleString('en')} km\n`);
for (const line of price.lines) {
  const flag =
    line.status === 'billed' ? '' : `  [${line.status === 'declined' ? '客户拒绝 declined' : line.status}]`;
  console.log(
    `${kindNames[line.kind].padEnd(12)} ${line.payType.padEnd(3)} ${yuan(line.amount)}  ${line.description}${flag}`,
  );
}
console.log('');
console.log(`工时合计 Labor     ${yuan(price.labor)}`);
console.log(`配件合计 Parts     ${yuan(price.parts)}`);
console.log(`其他费用 Charges   ${yuan(price.charges)}`);
console.log(`工单合计 Total     ${yuan(price.total)}`);
console.log(`  客户付 customer  ${yuan(price.byPayType.CP)}`);
console.log(`  索赔   warranty  ${yuan(price.byPayType.W)}`);
console.log(`未施工 Declined    ${yuan(price.notBilled.declined)}  (回访跟进 follow up)`);
if (price.unpriced.length > 0)
  console.log(`无法计价 Unpriced lines: ${price.unpriced.map((i) => i.message.en).join('; ')}`);

// What a DMS gets back for a mistyped record: every problem, coded, with its field, in en and zh.
const typo = safeParseRecord(RepairOrderSchema, { ...input, vin: 'LSVAU2188N2123456', odometerInKm: -5 });
if (!typo.ok) {
  console.log('\n校验失败 Rejected record:');
  for (const issue of typo.issues)
    console.log(`  ${issue.code.padEnd(18)} ${issue.message.en}\n  ${''.padEnd(18)} ${issue.message.zh}`);
}
