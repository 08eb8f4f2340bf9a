import { describe, expect, it } from 'vitest';
import { parseJurisdiction } from '../parseJurisdiction';
import { createSanbaoJurisdiction2013 } from './sanbao2013';
import { createSanbaoJurisdiction2021 } from './sanbao2021';

describe('createSanbaoJurisdiction', () => {
  it('builds the 2021 pack: version 1.0.0, market CN, a household-only floor citing Arts. 18, 40 and 32', () => {
    const pack = createSanbaoJurisdiction2021();
    expect(parseJurisdiction(pack)).toBe(pack);
    expect(pack).toMatchObject({
      id: 'cn-sanbao-2021',
      version: '1.0.0',
      market: 'CN',
      start: 'invoice_or_delivery',
    });
    expect(pack.repairFloor).toMatchObject({
      period: { months: 36, km: 60_000 },
      start: 'invoice_or_delivery',
      householdOnly: true,
      cites: {
        period: 'regulation:cn-sanbao-2021#18',
        scope: 'regulation:cn-sanbao-2021#40',
        exemptions: 'regulation:cn-sanbao-2021#32',
        start: 'regulation:cn-sanbao-2021#18',
      },
    });
  });

  it('builds the 2013 pack: its floor from the invoice, citing Arts. 17 and 30', () => {
    const pack = createSanbaoJurisdiction2013();
    expect(pack).toMatchObject({ id: 'cn-sanbao-2013', version: '1.0.0', market: 'CN', start: 'invoice' });
    expect(pack.repairFloor).toMatchObject({
      start: 'invoice',
      householdOnly: true,
      cites: {
        period: 'regulation:cn-sanbao-2013#17',
        scope: 'regulation:cn-sanbao-2013#30',
        exemptions: 'regulation:cn-sanbao-2013#30',
        start: 'regulation:cn-sanbao-2013#17',
      },
    });
  });
});
