import {
  auditClaims,
  cnSanbao2021,
  evaluateWarranty,
  huaxiaPolicy2022,
  huaxiaPolicy2024,
  parseJurisdiction,
  parseWarrantyPolicy,
} from '@aftersales/warranty';
import type { ErrorExample } from './types';

/** Warranty: policies and jurisdictions checked as data, the facts a decision needs, claim audits. */
export const warrantyExamples: readonly ErrorExample[] = [
  {
    code: 'warranty.invalid_policy',
    meaning:
      "A carmaker's warranty policy does not check (a coverage that covers nothing, a condition voiding an unknown coverage, sale dates out of order): fix the field the reason names.",
    meaningZh:
      '主机厂保修政策未通过校验（保修项目未覆盖任何内容、条件作废了不存在的保修项目、销售日期先后颠倒）：请修正原因所指字段。',
    outcome: 'throws',
    example: () =>
      parseWarrantyPolicy({
        ...huaxiaPolicy2024,
        coverages: [{ id: 'basic', class: 'basic', period: { months: 36, km: 100_000 }, covers: {} }],
      }),
  },
  {
    code: 'warranty.no_policy',
    meaning:
      "No policy given is in force for the vehicle's brand, model and sale date (or the sale date is not recorded): pass the policy version that was sold with it, or record the sale date.",
    meaningZh:
      '所给政策中没有适用于该车品牌、车型和销售日期的政策（或未记录销售日期）：请传入该车销售时有效的政策版本，或补录销售日期。',
    outcome: 'throws',
    example: () =>
      evaluateWarranty(
        {
          vehicle: {
            vin: 'LSVAU2187N2123456',
            brand: 'Volkswagen',
            model: 'Lavida',
            modelYear: 2022,
            invoiceDate: '2022-06-12',
          },
          repair: { date: '2024-05-02', odometerKm: 41_300, system: 'transmission' },
        },
        { policy: [huaxiaPolicy2022, huaxiaPolicy2024], timeZone: 'Asia/Shanghai' },
      ),
  },
  {
    code: 'warranty.invalid_jurisdiction',
    meaning:
      'A jurisdiction (a legal rule pack such as 三包 2021) does not check (its id, version, market, names, governed dates, repair floor or rights function): fix the field named.',
    meaningZh:
      '法规包（如 2021 版三包）未通过校验（id、版本、市场、名称、适用日期、包修期或权利判定函数）：请修正所指字段。',
    outcome: 'throws',
    example: () => parseJurisdiction({ ...cnSanbao2021, market: 'China' }),
  },
  {
    code: 'warranty.missing_fact',
    meaning:
      "A decision needs a fact the request does not give, such as the invoice date the policy's coverage starts from: record it; the library never guesses a start date.",
    meaningZh: '判定需要请求中未提供的事实，如政策起算所依据的购车发票日期：请补录；本库从不猜测起算日期。',
    outcome: 'throws',
    example: () =>
      evaluateWarranty(
        {
          vehicle: {
            vin: 'LHXAB2C31R0000012',
            brand: 'Huaxia',
            model: 'HX5',
            modelYear: 2024,
            saleDate: '2024-03-01',
          },
          repair: { date: '2025-05-02', odometerKm: 24_100, system: 'transmission' },
        },
        { policy: [huaxiaPolicy2022, huaxiaPolicy2024], timeZone: 'Asia/Shanghai' },
      ),
  },
  {
    code: 'warranty.currency_mismatch',
    meaning:
      "A repair's amounts are in another currency than the policy's, so its limits cannot be compared: convert the amount to the policy's currency.",
    meaningZh: '维修金额的币种与政策币种不同，无法与政策限额比较：请将金额换算为政策币种。',
    outcome: 'throws',
    example: () =>
      evaluateWarranty(
        {
          vehicle: {
            vin: 'LHXAB2C31R0000012',
            brand: 'Huaxia',
            model: 'HX5',
            modelYear: 2024,
            invoiceDate: '2024-03-01',
          },
          repair: {
            date: '2025-05-02',
            odometerKm: 24_100,
            system: 'transmission',
            amount: '1250.00',
            currency: 'USD',
          },
        },
        { policy: [huaxiaPolicy2022, huaxiaPolicy2024], timeZone: 'Asia/Shanghai' },
      ),
  },
  {
    code: 'warranty.duplicate',
    meaning:
      "A claim audit's history or reference data lists the same vehicle, labor time, part or dealer twice, so it is ambiguous which row applies: keep one row.",
    meaningZh:
      '索赔审核的历史数据或参考数据中同一车辆、标准工时、配件或经销商出现两次，无法确定以哪一行为准：请只保留一行。',
    outcome: 'throws',
    example: () =>
      auditClaims([], {
        policies: [huaxiaPolicy2022, huaxiaPolicy2024],
        history: { vehicles: [] },
        laborTimes: [
          { opCode: '46-1120', standardHours: '1.2', system: 'brakes' },
          { opCode: '46-1120', standardHours: '1.4', system: 'brakes' },
        ],
        options: { timeZone: 'Asia/Shanghai', asOf: '2024-04-08T09:00:00+08:00' },
      }),
  },
];
