import { definePlugin, type Plugin } from '@aftersales/core';
import { californiaLemonLaw } from './californiaLemonLaw';

/**
 * The California lemon-law pack as a plugin: a jurisdiction is nothing but a `jurisdictions`
 * contribution, installed like any other plugin and found in the registry by its id.
 *
 * @example
 * const aftersales = createAftersales({ plugins: [californiaLemonLawPlugin], timeZone: 'America/Los_Angeles' });
 * aftersales.get('jurisdictions', 'us-ca-lemon-law');
 */
export const californiaLemonLawPlugin: Plugin = definePlugin({
  id: 'aftersales.us-ca-lemon-law',
  version: '1.0.0',
  name: { en: 'California lemon law', zh: '美国加州柠檬法' },
  // A spread object: the Jurisdiction interface has no index signature, a Contribution has one.
  jurisdictions: [{ ...californiaLemonLaw }],
});
