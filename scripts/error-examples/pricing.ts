import { priceRepairOrder } from '@aftersales/core';
import type { ErrorExample } from './types';

/** Pricing a repair order: every line needs an amount or a rate to be priced. */
export const pricingExamples: readonly ErrorExample[] = [
  {
    code: 'pricing.unpriced_line',
    meaning:
      "A labor line has neither an amount nor a labor rate for its pay type, so it cannot be priced (it is listed in `unpriced`, never counted as zero): pass the dealer's labor rates or the line's amount.",
    meaningZh:
      '工时行既无金额，也没有其付费类型的工时单价，无法计价（列入 `unpriced`，绝不按零计）：请传入门店工时单价或该行金额。',
    outcome: 'returns',
    example: () =>
      priceRepairOrder(
        {
          id: 'RO-2024-000817',
          roNumber: 'WX2403010017',
          dealerId: 'DLR-SH-001',
          vin: 'LSVAU2187N2123456',
          customerId: 'CUS-000123',
          advisorId: 'EMP-SA-03',
          kind: 'maintenance',
          status: 'ready',
          openedAt: '2024-03-01T09:05:00+08:00',
          odometerInKm: 45210,
          jobs: [
            {
              id: 'J1',
              concern: '45,000 km scheduled maintenance',
              authorization: 'approved',
              payType: 'CP',
              laborLines: [
                { id: 'L1', opCode: '01-0010', description: 'Oil change', soldHours: '0.8', payType: 'CP' },
              ],
            },
          ],
        },
        { laborRates: { W: '120.00' } },
      ),
  },
];
