import { describe, expect, it } from 'vitest';
import { cnSanbao2013 } from './sanbao2013';
import { cnSanbao2021 } from './sanbao2021';
import { at, evaluate, repair, stepOf, vehicleCase } from './testing';

// Scope (2021 Arts. 2 and 40: a household car; 2013 Art. 30: commercial use is an exemption) and
// the 2013 documents exemption (Art. 31), as the trace says them.

const in2021 = (vehicleMore = {}, more = {}) =>
  evaluate(cnSanbao2021, vehicleCase('2024-03-01', [repair('RO-1', at('2024-06-01'))], more, vehicleMore));
const in2013 = (vehicleMore = {}, more = {}) =>
  evaluate(cnSanbao2013, vehicleCase('2020-05-01', [repair('RO-1', at('2020-08-01'))], more, vehicleMore));

describe('scope: personal or household use', () => {
  it('2021, commercial use: outside the household-car rules of Arts. 2 and 40', () => {
    const step = stepOf(in2021({ use: 'commercial' }), 'scope');
    expect(step).toMatchObject({ status: 'failed', facts: { use: 'commercial', assumedHousehold: false } });
    expect(step.message).toEqual({
      en: "The vehicle is in commercial use (hire, ride-hailing or other business): outside the household-car rules (Arts. 2 and 40); only the carmaker's policy applies",
      zh: '车辆用于营运（出租、网约车或其他经营活动），不适用家用汽车产品三包规定（第二条、第四十条），仅适用生产者保修政策',
    });
  });

  it('2013, commercial use: the exemption of Art. 30', () => {
    expect(stepOf(in2013({ use: 'commercial' }), 'scope').message).toEqual({
      en: "The vehicle is in commercial use (hire, ride-hailing or other business): outside the household-car rules (Art. 30); only the carmaker's policy applies",
      zh: '车辆用于营运（出租、网约车或其他经营活动），不适用家用汽车产品三包规定（第30条），仅适用生产者保修政策',
    });
  });

  it('private use recorded: inside the rules, nothing assumed', () => {
    const step = stepOf(in2021({ use: 'private' }), 'scope');
    expect(step.status).toBe('passed');
    expect(step.facts).toEqual({ use: 'private', assumedHousehold: false });
    expect(step.message).toEqual({
      en: 'Personal or household use: inside the rules',
      zh: '家庭自用：适用三包规定',
    });
  });

  it('use not recorded: taken as household use, and the trace says it is assumed', () => {
    const step = stepOf(in2021({ use: undefined }), 'scope');
    expect(step.status).toBe('passed');
    expect(step.facts).toEqual({ use: null, assumedHousehold: true });
    expect(step.message).toEqual({
      en: 'Use not recorded: taken as personal or household use (commercial use would put the car outside the rules)',
      zh: '未记录使用性质：按家庭自用处理（如用于营运则不适用三包规定）',
    });
  });
});

describe('documents (2013 Art. 31)', () => {
  it('no invoice and certificate: the seller may decline, citing Art. 31', () => {
    const step = stepOf(in2013({}, { hasInvoiceAndCertificate: false }), 'documents');
    expect(step.message).toEqual({
      en: 'No valid purchase invoice and 三包 certificate: the seller may decline the 三包 liability (Art. 31)',
      zh: '无有效购车发票和三包凭证，经营者可以不承担三包责任（第31条）',
    });
  });

  it('not recorded: taken as held, and the facts say it is assumed', () => {
    const step = stepOf(in2013(), 'documents');
    expect(step.status).toBe('passed');
    expect(step.facts).toEqual({ hasInvoiceAndCertificate: null, assumedHeld: true });
    expect(step.message).toEqual({
      en: 'Invoice and 三包 certificate not recorded: taken as held',
      zh: '未记录发票和三包凭证：按已持有处理',
    });
  });

  it('recorded as held: the customer holds both', () => {
    expect(stepOf(in2013({}, { hasInvoiceAndCertificate: true }), 'documents').message).toEqual({
      en: 'The customer holds the invoice and the 三包 certificate',
      zh: '消费者持有购车发票和三包凭证',
    });
  });
});
