import { demandHistory, stocktakeSheet, suggestOrder } from '@aftersales/parts';
import type { ErrorExample } from './types';

/** A year of demand: 30 litres of G052195M4 issued to repair orders each month of 2024. */
function oilDemand() {
  const months = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];
  const movements = months.map((month) => ({
    id: `MV-${month}`,
    partNumber: 'G052195M4',
    type: 'issue_ro',
    quantity: '-30',
    unitCost: '62.00',
    occurredAt: `2024-${month}-15T10:00:00+08:00`,
    roId: `RO-${month}`,
  }));
  return demandHistory(movements, { timeZone: 'Asia/Shanghai', from: '2024-01', to: '2024-12' });
}

/** Parts: the stock policy over movements, stock positions and the parts master. */
export const partsExamples: readonly ErrorExample[] = [
  {
    code: 'parts.currency_mismatch',
    meaning:
      'A movement, part or stock position is in another currency than the plan or history; it is rejected, never mixed into values in another currency: convert it, or plan in its currency.',
    meaningZh:
      '出入库记录、配件或库存明细的币种与计划或需求历史不同；该记录被拒收，绝不与其他币种混算：请先换算，或按其币种单独计划。',
    outcome: 'returns',
    example: () =>
      demandHistory(
        [
          {
            id: 'MV-1',
            partNumber: 'G052195M4',
            type: 'issue_ro',
            quantity: '-4.5',
            unitCost: '8.60',
            currency: 'USD',
            occurredAt: '2024-03-15T10:00:00+08:00',
            roId: 'RO-1',
          },
        ],
        { timeZone: 'Asia/Shanghai', from: '2024-01', to: '2024-12' },
      ),
  },
  {
    code: 'parts.supersession_cycle',
    meaning:
      'Parts supersede each other in a circle (A by B, B by A), so there is no current part number to order: correct `supersededBy` in the parts master.',
    meaningZh:
      '配件替代关系成环（A 由 B 替代、B 又由 A 替代），无法确定当前应订的件号：请更正配件主数据中的 `supersededBy`。',
    outcome: 'returns',
    example: () =>
      suggestOrder(oilDemand(), {
        parts: [
          {
            partNumber: 'G052195M4',
            description: 'Engine oil 5W-40',
            unit: 'L',
            price: '98.00',
            cost: '62.00',
            source: 'oem',
            supersededBy: 'G052195M6',
          },
          {
            partNumber: 'G052195M6',
            description: 'Engine oil 5W-40',
            unit: 'L',
            price: '98.00',
            cost: '62.00',
            source: 'oem',
            supersededBy: 'G052195M4',
          },
        ],
      }),
  },
  {
    code: 'parts.unknown_part',
    meaning:
      'A part has demand or stock but is not in the parts master, so its pack size, MOQ and cost are unknown and nothing is ordered: add it to the master (or correct the part number).',
    meaningZh:
      '配件有需求或库存，但不在配件主数据中，包装数量、最小起订量和成本均未知，因此不会订货：请将其加入主数据（或更正件号）。',
    outcome: 'returns',
    example: () => suggestOrder(oilDemand(), { parts: [] }),
  },
  {
    code: 'parts.duplicate',
    meaning:
      'The same part appears twice in the parts master, the stock positions or one stocktake; the later row is rejected: merge the rows.',
    meaningZh: '同一配件在配件主数据、库存明细或同一次盘点中出现两次；后一行被拒收：请合并这些行。',
    outcome: 'returns',
    example: () =>
      stocktakeSheet([
        {
          countId: 'CNT-2024Q1',
          partNumber: 'G052195M4',
          bookQuantity: '187.5',
          countedQuantity: '186',
          unitCost: '62.00',
          countedAt: '2024-03-31T17:00:00+08:00',
        },
        {
          countId: 'CNT-2024Q1',
          partNumber: 'G052195M4',
          bookQuantity: '187.5',
          countedQuantity: '187',
          unitCost: '62.00',
          countedAt: '2024-03-31T17:30:00+08:00',
        },
      ]),
  },
  {
    code: 'parts.no_cost',
    meaning:
      'A part needs ordering but has no unit cost in its stock position or the parts master, so the order cannot be valued or budgeted and its quantity is 0: add the cost.',
    meaningZh:
      '配件需要订货，但库存明细和配件主数据中都没有成本单价，订单无法计价或纳入预算，订货量为 0：请补充成本。',
    outcome: 'returns',
    example: () =>
      suggestOrder(oilDemand(), {
        parts: [
          {
            partNumber: 'G052195M4',
            description: 'Engine oil 5W-40',
            unit: 'L',
            price: '98.00',
            source: 'oem',
          },
        ],
      }),
  },
];
