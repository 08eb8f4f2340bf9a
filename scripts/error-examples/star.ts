import {
  fromStarRepairEffort,
  fromStarRepairOrder,
  fromStarVehicleIdentifier,
  readStarFragment,
  toStarRepairOrder,
} from '@aftersales/adapter-star';
import { parseRecord, RepairOrderSchema } from '@aftersales/core';
import type { ErrorExample } from './types';

/** STAR documents (adapter-star): issues refuse a document, notes say what was read leniently. */
export const starExamples: readonly ErrorExample[] = [
  {
    code: 'star.lenient_value',
    meaning:
      "A note: the document uses a form that STAR's own worked examples use but its schema does not list (a field name, an enum value), and it was read as the schema form the note names: check that reading, or send the schema's form.",
    meaningZh:
      '提示：文档使用了 STAR 官方示例中出现、但其 schema 未列出的写法（字段名、枚举值），已按提示中所列的 schema 写法读取：请核对该读法，或改用 schema 的写法。',
    outcome: 'returns',
    example: () =>
      readStarFragment(
        'odometer',
        {
          vehicle_snapshots: [
            {
              occurrence_date_time: '2024-03-01T09:05:00+08:00',
              vehicle_states: [
                {
                  value: '45210',
                  vehicle_resource_type: 'ODOMETER',
                  vehicle_value_type: 'DISTANCE',
                  vehicle_state_types: 'OK',
                },
              ],
              narratives: [{ narrative_uom_type: 'KM' }],
            },
          ],
        },
        { timeZone: 'Asia/Shanghai', vin: 'LSVAU2187N2123456' },
      ),
  },
  {
    code: 'star.unmappable',
    meaning:
      'A STAR value cannot be placed in the model (no VIN, dealer, advisor, currency or opening time in the document or the options, an amount in another currency, an unknown time unit), so the document is refused: pass the missing value in the options, or fix the document.',
    meaningZh:
      'STAR 中的值无法放入数据模型（文档和选项中都没有 VIN、经销商、服务顾问、币种或开单时间，金额币种不同，时间单位未知），文档被拒收：请在选项中补上缺少的值，或修正文档。',
    outcome: 'returns',
    example: () => fromStarRepairOrder({ repair_order_id: 'WX2403010017' }, { timeZone: 'Asia/Shanghai' }),
  },
  {
    code: 'star.kept_in_extensions',
    meaning:
      "A note: STAR fields with no place in the model were kept whole in the record's `extensions.star`, so nothing is lost; read them from there if you need them.",
    meaningZh:
      '提示：数据模型中没有对应位置的 STAR 字段已原样保存在记录的 `extensions.star` 中，不会丢失；如需使用请从该处读取。',
    outcome: 'returns',
    example: () =>
      fromStarVehicleIdentifier(
        {
          vin: 'LSVAU2187N2123456',
          primary_make: 'Volkswagen',
          primary_model: 'Lavida',
          model_year: '2022',
          vehicle_summary: { body_style: 'Sedan' },
        },
        { timeZone: 'Asia/Shanghai' },
      ),
  },
  {
    code: 'star.assumed_value',
    meaning:
      'A note: the document lacks a value, so the adapter took it from the options or a documented default (an RO kind, an open status, a pay type): check the assumption, or send the value.',
    meaningZh:
      '提示：文档缺少某值，适配器按选项或文档约定的默认值处理（如工单类别、未结状态、付费类型）：请核对该假设，或在文档中给出该值。',
    outcome: 'returns',
    example: () =>
      fromStarRepairOrder(
        { repair_order_id: 'WX2403010017' },
        {
          timeZone: 'Asia/Shanghai',
          currency: 'CNY',
          vin: 'LSVAU2187N2123456',
          dealerId: 'DLR-SH-001',
          advisorId: 'EMP-SA-03',
          openedAt: '2024-03-01T09:05:00+08:00',
        },
      ),
  },
  {
    code: 'star.total_mismatch',
    meaning:
      'A note: a STAR total disagrees with its parts or with the lines; both are kept as sent and neither is corrected: find out which one the DMS got wrong.',
    meaningZh:
      '提示：STAR 中的合计与其组成部分或明细不符；两者均按原值保留，均不修正：请查明 DMS 哪一方有误。',
    outcome: 'returns',
    example: () =>
      fromStarRepairEffort(
        {
          actual_billed_hours: { value: '2.75', uom_time_type: 'HOURS' },
          actual_sublet_hours: { value: '0.5', uom_time_type: 'HOURS' },
          actual_total_hours: { value: '2.75', uom_time_type: 'HOURS' },
        },
        { timeZone: 'Asia/Shanghai' },
      ),
  },
  {
    code: 'star.not_exported',
    meaning:
      'A note on export: a field of the core record has no place in a STAR repair order and was left out of the STAR document; keep it in your own system if you need it.',
    meaningZh:
      '导出提示：核心记录的某字段在 STAR 工单中没有对应位置，已从 STAR 文档中省略；如需保留请存于自己的系统中。',
    outcome: 'returns',
    example: () =>
      toStarRepairOrder(
        parseRecord(RepairOrderSchema, {
          id: 'RO-2024-000817',
          roNumber: 'WX2403010017',
          dealerId: 'DLR-SH-001',
          vin: 'LSVAU2187N2123456',
          customerId: 'CUS-000123',
          advisorId: 'EMP-SA-03',
          kind: 'maintenance',
          status: 'open',
          openedAt: '2024-03-01T09:05:00+08:00',
          odometerInKm: 45210,
          jobs: [],
        }),
      ),
  },
];
