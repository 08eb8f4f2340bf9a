import { describe, expect, it } from 'vitest';
import { issuesOf } from '../policy/testing';
import { parseJurisdiction } from './parseJurisdiction';
import { testFloor } from './testing';

// What a plugin author reads when a pack is refused: warranty.invalid_jurisdiction at the field,
// with the reason in English and Chinese.
const packWith = (fields: Record<string, unknown>): unknown => ({ ...testFloor(), ...fields });
const floorWith = (fields: Record<string, unknown>): unknown => {
  const pack = testFloor();
  return { ...pack, repairFloor: { ...pack.repairFloor, ...fields } };
};
const refused = (path: (string | number)[], reason: string, reasonZh: string) => [
  { code: 'warranty.invalid_jurisdiction', path, params: { reason, reasonZh } },
];

describe('parseJurisdiction says why a field is refused', () => {
  it('the pack itself, its id, version, market and name', () => {
    expect(issuesOf(() => parseJurisdiction('cn-sanbao-2021'))).toEqual(
      refused([], 'a jurisdiction must be an object', '法规包应为对象'),
    );
    expect(issuesOf(() => parseJurisdiction(packWith({ id: 'Test Floor' })))).toEqual(
      refused(['id'], 'id must be lower-case words joined by hyphens (cn-sanbao-2021)', 'id 格式无效'),
    );
    expect(issuesOf(() => parseJurisdiction(packWith({ version: '1.0' })))).toEqual(
      refused(['version'], 'version must be a semantic version', 'version 应为语义化版本号'),
    );
    expect(issuesOf(() => parseJurisdiction(packWith({ market: 'China' })))).toEqual(
      refused(['market'], 'market must be a country or region code (CN, US-CA)', 'market 应为国家或地区代码'),
    );
    expect(issuesOf(() => parseJurisdiction(packWith({ name: { en: 'Test' } })))).toEqual(
      refused(['name'], 'name needs en and zh', 'name 需要中英文'),
    );
  });

  it('the dates it governs, its start and its rights function', () => {
    expect(issuesOf(() => parseJurisdiction(packWith({ governs: { from: '2022-02-30' } })))).toEqual(
      refused(['governs', 'from'], 'governs.from must be a calendar date', 'governs.from 应为日期'),
    );
    expect(
      issuesOf(() => parseJurisdiction(packWith({ governs: { from: '2022-01-01', until: '2021-12-31' } }))),
    ).toEqual(
      refused(
        ['governs', 'until'],
        'governs.until must be a date not before from',
        'governs.until 应为不早于 from 的日期',
      ),
    );
    expect(issuesOf(() => parseJurisdiction(packWith({ start: 'registration' })))).toEqual(
      refused(['start'], 'start must be invoice, invoice_or_delivery or delivery', 'start 取值无效'),
    );
    expect(issuesOf(() => parseJurisdiction(packWith({ evaluateRights: 'rules.js' })))).toEqual(
      refused(['evaluateRights'], 'evaluateRights must be a function', 'evaluateRights 应为函数'),
    );
  });

  it('each field of the repair floor', () => {
    expect(issuesOf(() => parseJurisdiction(packWith({ repairFloor: 'none' })))).toEqual(
      refused(['repairFloor'], 'repairFloor must be an object', 'repairFloor 应为对象'),
    );
    expect(issuesOf(() => parseJurisdiction(floorWith({ start: 'sale' })))).toEqual(
      refused(
        ['repairFloor', 'start'],
        'start must be invoice, invoice_or_delivery or delivery',
        'start 取值无效',
      ),
    );
    // A valid start, but not the pack's own (invoice_or_delivery).
    expect(issuesOf(() => parseJurisdiction(floorWith({ start: 'invoice' })))).toEqual(
      refused(
        ['repairFloor', 'start'],
        "the floor's start must be the pack's start (invoice_or_delivery)",
        '包修期的起算方式应与法规包的起算方式（invoice_or_delivery）一致',
      ),
    );
    expect(issuesOf(() => parseJurisdiction(floorWith({ householdOnly: 'yes' })))).toEqual(
      refused(
        ['repairFloor', 'householdOnly'],
        'householdOnly must be true or false',
        'householdOnly 应为布尔值',
      ),
    );
    expect(issuesOf(() => parseJurisdiction(floorWith({ exemptCauses: ['rust'] })))).toEqual(
      refused(
        ['repairFloor', 'exemptCauses'],
        'exemptCauses must list repair causes',
        'exemptCauses 应为故障原因列表',
      ),
    );
    expect(issuesOf(() => parseJurisdiction(floorWith({ cites: null })))).toEqual(
      refused(['repairFloor', 'cites'], 'cites must be an object', 'cites 应为对象'),
    );
    const noStartCite = { period: 'regulation:t#18', scope: 'regulation:t#2', exemptions: 'regulation:t#32' };
    expect(issuesOf(() => parseJurisdiction(floorWith({ cites: noStartCite })))).toEqual(
      refused(['repairFloor', 'cites', 'start'], 'not a citation', '不是有效的出处'),
    );
  });
});
