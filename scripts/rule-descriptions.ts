/**
 * What the rules without a public title decide, for docs/rules.md: warranty eligibility, parts,
 * old parts and comebacks by rule id, the legal packs' rules (rule-descriptions-law.ts), and the
 * claim audit's rules with every source a finding may cite.
 */
import type { LocalizedText } from '@aftersales/core';
import { defaultStockingPolicy } from '@aftersales/parts';
import {
  type auditRules,
  californiaLemonLaw,
  cnSanbao2013,
  cnSanbao2021,
  type SanbaoJurisdiction,
} from '@aftersales/warranty';
import { floorWhat, percent, sanbaoWhat } from './rule-descriptions-law';

const t = (en: string, zh: string): LocalizedText => ({ en, zh });

const S = defaultStockingPolicy;

/** Rules whose titles are not public, by id. */
const DESCRIBED: Readonly<Record<string, LocalizedText>> = {
  'warranty.policy.in-force': t(
    'Which policy version applies: the one in force on the sale date (else invoice, else delivery)',
    '适用的保修政策版本：按销售日期（无则开票日期、交车日期）',
  ),
  'warranty.policy.start': t(
    'When, and at what odometer, the coverage starts (invoice, delivery or sale)',
    '保修起算日及起算里程（开票、交车或销售）',
  ),
  'warranty.condition.first-maintenance': t(
    'First maintenance done in its window; a breach voids the coverages the policy names',
    '首保须在规定期限内完成，否则所列保修项目失效',
  ),
  'warranty.condition.no-commercial-use': t(
    'No commercial use (hire, ride-hailing, logistics)',
    '非营运使用（出租、网约车、物流）',
  ),
  'warranty.condition.no-modification': t(
    'The failure is not caused by a modification the manual forbids',
    '故障并非使用手册禁止的改装所致',
  ),
  'warranty.condition.not-accident-damage': t('The failure is not accident damage', '故障并非事故损伤'),
  'warranty.coverage.scope': t(
    'Which coverages cover the repair’s system, part group or failure code',
    '哪些保修项目覆盖该维修的系统、配件组或故障代码',
  ),
  'warranty.coverage.period': t(
    'The repair is inside the coverage’s months and km, whichever first, for this owner',
    '维修在该保修项目的期限和里程内（以先到者为准，按车主区分）',
  ),
  'warranty.pre-authorization': t(
    'The amount is within the dealer’s authority, else the carmaker pre-authorizes it',
    '金额在经销商权限内，否则须主机厂预授权',
  ),
  'warranty.jurisdiction.governs': t(
    'No pack of the market governs the vehicle’s start date: no legal floor applied',
    '该市场无适用于车辆起算日的规定版本：不适用法定最低保修',
  ),
  'parts.classify.abc': t(
    `ABC class by issue value: A the first ${percent(S.abc.a)} %, B the next ${percent(S.abc.b)} %, C the rest`,
    `按出库金额分类：前${percent(S.abc.a)}%为A类，其后${percent(S.abc.b)}%为B类，其余为C类`,
  ),
  'parts.classify.xyz': t(
    `XYZ class by the variation of monthly demand: X ≤ ${S.xyz.x}, Y ≤ ${S.xyz.y}, Z above`,
    `按月需求变异系数分类：X ≤ ${S.xyz.x}，Y ≤ ${S.xyz.y}，其余为Z`,
  ),
  'parts.classify.movement': t(
    `Slow after ${S.movement.slowMonths} months without an issue, obsolete after ${S.movement.obsoleteMonths}`,
    `${S.movement.slowMonths}个月无出库为滞销，${S.movement.obsoleteMonths}个月为呆滞`,
  ),
  'parts.classify.new-part': t(
    `A part first received within ${S.movement.newPartMonths} months is never slow or obsolete`,
    `${S.movement.newPartMonths}个月内首次入库的新件不计为滞销或呆滞`,
  ),
  'parts.supersession': t(
    'Order the superseding part; the demand of the parts it replaces counts as its own',
    '订购替代件，被替代件的需求计入替代件',
  ),
  'parts.stocking.phase': t(
    `Stocked after ${S.phaseIn.orders} issue lines in ${S.phaseIn.months} months; phased out after ${S.phaseOut.months} months without one`,
    `${S.phaseIn.months}个月内出库${S.phaseIn.orders}次转为常备件，${S.phaseOut.months}个月无出库退出常备`,
  ),
  'parts.stock.safety-stock': t(
    'Safety stock = z (from the ABC class’s service level) × σ of monthly demand × √(lead time)',
    '安全库存 = z（按ABC类的服务水平）× 月需求标准差 × √到货周期',
  ),
  'parts.stock.reorder-point': t(
    'Reorder point = demand over the lead time + safety stock',
    '订货点 = 到货周期内的需求 + 安全库存',
  ),
  'parts.stock.min-max': t(
    'Min = reorder point; max = min + the demand of one review cycle',
    '最低库存 = 订货点；最高库存 = 最低库存 + 一个订货周期的需求',
  ),
  'parts.order.need': t(
    'Order up to max when on hand + on order − reserved is at or below min',
    '在库 + 在途 − 预留不高于最低库存时，补足至最高库存',
  ),
  'parts.order.pack-moq': t(
    'Order whole packs, at least the minimum order quantity',
    '按整包装订货，且不少于最小起订量',
  ),
  'parts.order.budget': t(
    'Keep the order within the budget, the most important lines first',
    '订货金额不超预算，优先保留重要订货行',
  ),
  'parts.stock.aggregate': t(
    `Inventory value within ${percent(S.aggregate.tolerance)} % of ${S.aggregate.monthsOfOutbound} × the month’s outbound value`,
    `库存金额在当月出库金额的 ${S.aggregate.monthsOfOutbound} 倍 ±${percent(S.aggregate.tolerance)}% 以内`,
  ),
  'parts.stocktake.gross-variance': t(
    'Stocktake gross variance (gains + losses) within 0.3 % of the book value',
    '盘点总差异（盘盈 + 盘亏）不超过账面金额的0.3%',
  ),
  'parts.stocktake.net-variance': t(
    'Stocktake net variance (gains − losses) within 0.3 % of the book value',
    '盘点净差异（盘盈 − 盘亏）不超过账面金额的0.3%',
  ),
  'parts.old-part.required': t(
    'An old part is due back: the part was retained and the claim is not a draft',
    '旧件须回运：已保留旧件且索赔单非草稿',
  ),
  'parts.old-part.rejected-claim': t(
    'Whether a rejected claim’s old part is still due back',
    '拒赔索赔单的旧件是否仍须回运',
  ),
  'parts.old-part.claim-deadline': t(
    'The deadline the carmaker wrote on the claim wins over the policy’s',
    '主机厂在索赔单上指定的截止日期优先于政策期限',
  ),
  'parts.old-part.policy-deadline': t(
    'The return deadline: days after the policy’s start event',
    '回运截止日期：自政策规定的起算事件起若干日',
  ),
  'parts.old-part.overdue': t(
    'Shipped by the deadline, or not yet past it',
    '已按期回运，或尚未超过截止日期',
  ),
  'ro.comeback.flagged': t('The dealer flagged the RO as a comeback', '经销商标记为返修'),
  'ro.comeback.repeat': t(
    'Same vehicle and system again within the days and km after the earlier RO',
    '同一车辆、同一系统在上次维修后规定天数和里程内再次维修',
  ),
  'ro.comeback.not-counted': t('Cancelled and voided ROs never count', '取消和作废的工单不计入'),
};

export type AuditRuleName = keyof typeof auditRules;

/** The claim audit's rules: the sources a finding of each may cite, and what it checks. */
export const auditRuleSources: Readonly<
  Record<AuditRuleName, { readonly cites: readonly string[]; readonly what: LocalizedText }>
> = {
  vehicle: {
    cites: ['oem:<audit settings>#history.vehicles'],
    what: t('The claimed vehicle is in the vehicle history', '索赔车辆在车辆档案中'),
  },
  policy: {
    cites: ['oem:<audit settings>#policies'],
    what: t('A policy version is in force for the vehicle’s sale date', '车辆销售日期有适用的保修政策'),
  },
  coverage: {
    cites: [
      'oem:<policy>#coverages',
      'oem:<policy>#coverages.<coverage>.period',
      'oem:<policy>#coverages.<coverage>.firstOwner',
      'oem:<policy>#coverages.<coverage>.laterOwners',
      'oem:<policy>#conditions.firstMaintenance',
      'oem:<policy>#conditions.noCommercialUse',
      'oem:<policy>#conditions.noModification',
      'oem:<policy>#conditions.notAccidentDamage',
      'oem:<policy>#startEvent',
      'regulation:cn-sanbao-2021#18',
      'regulation:cn-sanbao-2013#17',
    ],
    what: t(
      'The repair was covered at its date and odometer (cites what the warranty decision cites)',
      '维修日期和里程在保修范围内（引用保修判定的依据）',
    ),
  },
  duplicate: {
    cites: ['oem:<policy>#claims.duplicateWindowDays', 'oem:<audit settings>#claimRules.duplicateWindowDays'],
    what: t(
      'No earlier claim for the same VIN, op and part within the window',
      '同一VIN、工时代码和配件在期限内无重复索赔',
    ),
  },
  odometerRollback: {
    cites: ['oem:<policy>#claims'],
    what: t('The odometer is not below an earlier reading', '里程不低于此前读数'),
  },
  dailyDistance: {
    cites: ['oem:<policy>#claims.maxKmPerDay', 'oem:<audit settings>#claimRules.maxKmPerDay'],
    what: t('The km per day since the last reading are plausible', '自上次读数以来的日均里程合理'),
  },
  laborTime: {
    cites: ['oem:<audit settings>#laborTimes'],
    what: t('The op code is in the standard labor times', '工时代码在标准工时表中'),
  },
  standardHours: {
    cites: ['oem:<audit settings>#laborTimes'],
    what: t('The claimed hours are not above the standard time', '索赔工时不超过标准工时'),
  },
  partPlausibility: {
    cites: [
      'oem:<audit settings>#partGroups',
      'oem:<audit settings>#laborTimes',
      'oem:<audit settings>#failureCodes',
    ],
    what: t('The parts fit the op and the failure code', '配件与工时项目及故障代码相符'),
  },
  opPlausibility: {
    cites: ['oem:<audit settings>#failureCodes'],
    what: t('The op fits the failure code', '工时项目与故障代码相符'),
  },
  submission: {
    cites: ['oem:<policy>#claims.submitWithinDays', 'oem:<audit settings>#claimRules.submitWithinDays'],
    what: t('Submitted within the days allowed after the repair', '在维修后规定天数内提交'),
  },
  oldPart: {
    cites: [
      'oem:<policy>#claims.oldPartReturnDays',
      'oem:<audit settings>#claimRules.oldPartReturnDays',
      'manual:wty.old.parts',
    ],
    what: t('The old part was returned by its deadline', '旧件按期回运'),
  },
  authority: {
    cites: ['oem:<policy>#preAuthorizationAbove'],
    what: t('Above the dealer’s authority only with a pre-authorization', '超出经销商权限须有预授权'),
  },
  currency: {
    cites: ['oem:<policy>#currency'],
    what: t('The claim is in the policy’s currency', '索赔币种与保修政策一致'),
  },
  laborRate: {
    cites: [
      'oem:<policy>#claims.laborRate',
      'oem:<audit settings>#claimRules.laborRate',
      'oem:<audit settings>#laborRates',
    ],
    what: t('The labor rate is not above the agreed rate', '工时单价不高于约定单价'),
  },
  partPrice: {
    cites: ['oem:<policy>#claims.partPriceMarkup', 'oem:<audit settings>#claimRules.partPriceMarkup'],
    what: t(
      'Part prices are not above dealer net × (1 + the agreed markup)',
      '配件价格不高于经销商净价 ×（1 + 约定加价率）',
    ),
  },
};

const SANBAO_PACKS: readonly SanbaoJurisdiction[] = [cnSanbao2021, cnSanbao2013];

/**
 * What a harvested rule decides, or undefined when nothing here describes it (the generator then
 * stops: every rule found must say what it decides).
 */
export function describeRule(
  rule: string,
  health: ReadonlyMap<string, LocalizedText>,
): LocalizedText | undefined {
  const pack = [...SANBAO_PACKS, californiaLemonLaw].find((candidate) => rule.startsWith(`${candidate.id}.`));
  const name = pack === undefined ? '' : rule.slice(pack.id.length + 1);
  const sanbao = SANBAO_PACKS.find((candidate) => candidate === pack);
  return (
    DESCRIBED[rule] ??
    health.get(rule) ??
    (sanbao === undefined ? undefined : sanbaoWhat(name, sanbao)) ??
    (pack === undefined ? undefined : floorWhat(name, pack))
  );
}

/** The rule ids described by id (each must be found in a trace). */
export const describedRules: readonly string[] = Object.keys(DESCRIBED);
