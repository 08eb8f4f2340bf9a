import { definePlugin, type Plugin } from '@aftersales/core';
import { cnSanbao2013 } from './sanbao2013';
import { cnSanbao2021 } from './sanbao2021';

/**
 * The China 三包 jurisdiction packs as one plugin: `cn-sanbao-2021` (start dates from 2022-01-01)
 * and `cn-sanbao-2013` (2013-10-01 … 2021-12-31), both market CN. Register it with
 * `createAftersales({ plugins: [cnSanbaoPlugin] })`; of the two, the pack governing the vehicle's
 * start date applies.
 *
 * @example
 * const aftersales = createAftersales({ plugins: [cnSanbaoPlugin], timeZone: 'Asia/Shanghai' });
 */
export const cnSanbaoPlugin: Plugin = definePlugin({
  id: 'aftersales.cn-sanbao',
  version: '1.0.0',
  name: {
    en: 'China 三包 (household cars), 2021 and 2013 rules',
    zh: '家用汽车三包规定（2021 版与 2013 版）',
  },
  // Spread: an interface has no index signature, the plugin's contribution type needs one.
  jurisdictions: [{ ...cnSanbao2021 }, { ...cnSanbao2013 }],
});
