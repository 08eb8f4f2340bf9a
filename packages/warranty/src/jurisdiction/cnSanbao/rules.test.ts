import { describe, expect, it } from 'vitest';
import { createSanbaoJurisdiction2013 } from './sanbao2013';
import { createSanbaoJurisdiction2021 } from './sanbao2021';
import { at, evaluate, repair, vehicleCase } from './testing';

const citesOf = (trace: readonly { rule: string; cite: string }[], id: string) =>
  Object.fromEntries(trace.map((s) => [s.rule.replace(`${id}.`, ''), s.cite]));

describe('the rules of a 三包 pack cite their own articles', () => {
  it('2013: every rule, the documents rule at Art. 31, the 7-day right at 2021 Art. 22, the answer at Art. 24', () => {
    // The 2013 text has no 7-day right (the step cites the 2021 article that made it) and no
    // deadline for the answer (the step cites the 15-working-day deadline of Art. 24).
    const pack = createSanbaoJurisdiction2013();
    const decision = evaluate(pack, vehicleCase('2020-05-01', [repair('RO-1', at('2020-06-01'))]));
    const a = (article: string) => `regulation:cn-sanbao-2013#${article}`;
    expect(citesOf(decision.trace, 'cn-sanbao-2013')).toEqual({
      scope: a('30'),
      documents: a('31'),
      start: a('17'),
      version: a('17'),
      'repair-period': a('17'),
      'seven-days': 'regulation:cn-sanbao-2021#22',
      'sixty-days': a('20'),
      'assembly-swap': a('18'),
      'serious-safety': a('20'),
      'assembly-replaced-twice': a('20'),
      'main-part-replaced-twice': a('20'),
      'repair-time': a('21'),
      'same-problem': a('21'),
      'substitute-car': a('19'),
      'use-compensation': a('25'),
      'answer-deadline': a('24'),
      'completion-deadline': a('24'),
    });
  });

  it('2021: no documents rule (the 2021 text has no such exemption), each rule at its 2021 article', () => {
    const pack = createSanbaoJurisdiction2021();
    const decision = evaluate(pack, vehicleCase('2024-03-01', [repair('RO-1', at('2024-06-01'))]));
    const a = (article: string) => `regulation:cn-sanbao-2021#${article}`;
    expect(citesOf(decision.trace, 'cn-sanbao-2021')).toEqual({
      scope: a('40'),
      start: a('18'),
      version: a('18'),
      'repair-period': a('18'),
      'seven-days': a('22'),
      'sixty-days': a('23'),
      'assembly-swap': a('20'),
      'serious-safety': a('24'),
      'assembly-replaced-twice': a('24'),
      'main-part-replaced-twice': a('24'),
      'repair-time': a('24'),
      'same-problem': a('24'),
      'substitute-car': a('21'),
      'use-compensation': a('27'),
      'answer-deadline': a('28'),
      'completion-deadline': a('28'),
    });
  });
});
