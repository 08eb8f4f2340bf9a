import {
  type Aftersales,
  AftersalesError,
  type IssuePath,
  isCalendarDate,
  isCitation,
  parseWhicheverFirstPeriod,
} from '@aftersales/core';
import { repairCauseSchema } from '../history/repairCause';
import type { Jurisdiction } from './jurisdiction';

const checked = new WeakSet<object>();
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const STARTS = new Set(['invoice', 'invoice_or_delivery', 'delivery']);
const CAUSES = new Set<string>(repairCauseSchema.options);

function bad(path: IssuePath, reason: string, reasonZh: string): never {
  throw AftersalesError.of('warranty.invalid_jurisdiction', path, { reason, reasonZh });
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkFloor(floor: unknown): void {
  if (!isObject(floor)) bad(['repairFloor'], 'repairFloor must be an object', 'repairFloor 应为对象');
  parseWhicheverFirstPeriod(floor.period, ['repairFloor', 'period']);
  if (typeof floor.start !== 'string' || !STARTS.has(floor.start)) {
    bad(['repairFloor', 'start'], 'start must be invoice, invoice_or_delivery or delivery', 'start 取值无效');
  }
  if (typeof floor.householdOnly !== 'boolean') {
    bad(['repairFloor', 'householdOnly'], 'householdOnly must be true or false', 'householdOnly 应为布尔值');
  }
  if (!Array.isArray(floor.exemptCauses) || !floor.exemptCauses.every((cause) => CAUSES.has(cause))) {
    bad(
      ['repairFloor', 'exemptCauses'],
      'exemptCauses must list repair causes',
      'exemptCauses 应为故障原因列表',
    );
  }
  const cites = floor.cites;
  if (!isObject(cites)) bad(['repairFloor', 'cites'], 'cites must be an object', 'cites 应为对象');
  for (const key of ['period', 'scope', 'exemptions', 'start']) {
    if (!isCitation(cites[key])) bad(['repairFloor', 'cites', key], 'not a citation', '不是有效的出处');
  }
}

/**
 * Checks a jurisdiction (a legal rule pack) before the rules use it: its id, version, market,
 * names, the start dates it governs, its repair floor and its rights function.
 *
 * @throws AftersalesError `warranty.invalid_jurisdiction` naming the field; `time.invalid_period`
 * @example
 * parseJurisdiction(cnSanbao2021).id; // 'cn-sanbao-2021'
 */
export function parseJurisdiction(value: unknown): Jurisdiction {
  if (isObject(value) && checked.has(value)) return value as unknown as Jurisdiction;
  if (!isObject(value)) bad([], 'a jurisdiction must be an object', '法规包应为对象');
  if (typeof value.id !== 'string' || !ID.test(value.id)) {
    bad(['id'], 'id must be lower-case words joined by hyphens (cn-sanbao-2021)', 'id 格式无效');
  }
  if (typeof value.version !== 'string' || !SEMVER.test(value.version)) {
    bad(['version'], 'version must be a semantic version', 'version 应为语义化版本号');
  }
  if (typeof value.market !== 'string' || !/^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/.test(value.market)) {
    bad(['market'], 'market must be a country or region code (CN, US-CA)', 'market 应为国家或地区代码');
  }
  const name = value.name as { en?: unknown; zh?: unknown } | undefined;
  if (!isObject(name) || typeof name.en !== 'string' || typeof name.zh !== 'string' || !name.en || !name.zh) {
    bad(['name'], 'name needs en and zh', 'name 需要中英文');
  }
  const governs = value.governs;
  if (!isObject(governs) || !isCalendarDate(governs.from)) {
    bad(['governs', 'from'], 'governs.from must be a calendar date', 'governs.from 应为日期');
  }
  if (governs.until !== undefined && (!isCalendarDate(governs.until) || governs.until < governs.from)) {
    bad(
      ['governs', 'until'],
      'governs.until must be a date not before from',
      'governs.until 应为不早于 from 的日期',
    );
  }
  if (typeof value.start !== 'string' || !STARTS.has(value.start)) {
    bad(['start'], 'start must be invoice, invoice_or_delivery or delivery', 'start 取值无效');
  }
  if (value.repairFloor !== undefined) {
    checkFloor(value.repairFloor);
    // The floor counts from the pack's own start (that is how the governing pack is chosen): a
    // floor naming another start would be read one way and applied another.
    if ((value.repairFloor as Record<string, unknown>).start !== value.start) {
      bad(
        ['repairFloor', 'start'],
        `the floor's start must be the pack's start (${String(value.start)})`,
        `包修期的起算方式应与法规包的起算方式（${String(value.start)}）一致`,
      );
    }
  }
  if (typeof value.evaluateRights !== 'function') {
    bad(['evaluateRights'], 'evaluateRights must be a function', 'evaluateRights 应为函数');
  }
  // Remembered as checked only when nothing read here can change: a pack a caller can still edit
  // (repairFloor set to null after a first call) is checked again on every call.
  if (isSettled(value)) checked.add(value);
  return value as unknown as Jurisdiction;
}

/** Frozen in every part the rules read (the packs of this package and of a registry are). */
function isSettled(pack: Record<string, unknown>): boolean {
  const floor = pack.repairFloor as Record<string, unknown> | undefined;
  return (
    Object.isFrozen(pack) &&
    Object.isFrozen(pack.name) &&
    Object.isFrozen(pack.governs) &&
    (floor === undefined ||
      (Object.isFrozen(floor) &&
        Object.isFrozen(floor.period) &&
        Object.isFrozen(floor.cites) &&
        Object.isFrozen(floor.exemptCauses)))
  );
}

/**
 * True for a pack {@link parseJurisdiction} has checked and that cannot change since: what is
 * derived from it (its floor rules, a reading of options) may be kept.
 */
export function isSettledJurisdiction(value: unknown): boolean {
  return isObject(value) && checked.has(value);
}

/**
 * The jurisdictions contributed by plugins (`jurisdictions` contributions), checked.
 *
 * @throws AftersalesError as {@link parseJurisdiction}, the path starting `['jurisdictions', <id>]`
 * @example
 * const registry = createAftersales({ timeZone: 'Asia/Shanghai', plugins: [cnSanbaoPlugin] });
 * jurisdictionsFrom(registry).map((pack) => pack.id); // ['cn-sanbao-2021', 'cn-sanbao-2013']
 */
export function jurisdictionsFrom(registry: Pick<Aftersales, 'list'>): readonly Jurisdiction[] {
  if (registry === null || typeof registry !== 'object' || typeof registry.list !== 'function') {
    throw AftersalesError.of('input.invalid_type', ['registry'], {
      expected: 'registry from createAftersales',
      received: registry === null ? 'null' : typeof registry,
    });
  }
  const contributed: unknown = registry.list('jurisdictions');
  if (!Array.isArray(contributed)) {
    throw AftersalesError.of('input.invalid_type', ['registry'], { expected: 'registry', received: 'other' });
  }
  return Object.freeze(
    contributed.map((item: unknown, index) => {
      try {
        return parseJurisdiction(item);
      } catch (error) {
        if (!(error instanceof AftersalesError)) throw error;
        const id = (item as { id?: unknown } | null)?.id;
        const at = ['jurisdictions', typeof id === 'string' ? id : index];
        throw new AftersalesError(error.issues.map((issue) => ({ ...issue, path: [...at, ...issue.path] })));
      }
    }),
  );
}
