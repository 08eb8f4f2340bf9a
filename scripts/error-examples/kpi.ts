import { catalogKpi, computeKpisSync, defineKpi } from '@aftersales/kpi';
import type { ErrorExample } from './types';

/** KPIs: definitions checked when defined, and the records a report reads. */
export const kpiExamples: readonly ErrorExample[] = [
  {
    code: 'kpi.invalid_definition',
    meaning:
      'A KPI definition does not check (an id not in lowercase dotted words, a name without en and zh, an unknown unit, source, field or measure, a cite that is not a citation): fix the part the reason names.',
    meaningZh:
      '指标定义未通过校验（id 不是小写点分词、名称缺少中英文、单位/数据源/字段/度量未知、出处格式不对）：请修正原因所指部分。',
    outcome: 'throws',
    example: () => defineKpi({ ...catalogKpi('ro.count'), id: 'RO count' }),
  },
  {
    code: 'kpi.currency_mismatch',
    meaning:
      'A record is in another currency than the report sums; it is rejected, never added to amounts in another currency: report it separately with the `currency` option.',
    meaningZh:
      '记录币种与报表汇总币种不同；该记录被拒收，绝不与其他币种金额相加：请用 `currency` 选项单独出报表。',
    outcome: 'returns',
    example: () =>
      computeKpisSync(
        {
          repairOrders: [
            {
              id: 'RO-2024-000817',
              roNumber: 'WX2403010017',
              dealerId: 'DLR-SH-001',
              vin: 'LSVAU2187N2123456',
              customerId: 'CUS-000123',
              advisorId: 'EMP-SA-03',
              kind: 'maintenance',
              currency: 'USD',
              status: 'closed',
              openedAt: '2024-03-01T09:05:00+08:00',
              closedAt: '2024-03-01T17:00:00+08:00',
              odometerInKm: 45210,
              jobs: [],
            },
          ],
        },
        { kpis: [catalogKpi('ro.revenue.avg')], groupBy: [], timeZone: 'Asia/Shanghai' },
      ),
  },
];
