import { cliExamples } from './cli';
import { decisionExamples } from './decision';
import { fileExamples } from './file';
import { flowExamples } from './flow';
import { httpExamples } from './http';
import { inputExamples } from './input';
import { kpiExamples } from './kpi';
import { moneyExamples } from './money';
import { partsExamples } from './parts';
import { pluginExamples } from './plugin';
import { pricingExamples } from './pricing';
import { registryExamples } from './registry';
import { sqlExamples } from './sql';
import { starExamples } from './star';
import { timeExamples } from './time';
import type { ErrorExample } from './types';
import { uiExamples } from './ui';
import { vinExamples } from './vin';
import { warrantyExamples } from './warranty';

export const errorExamples: readonly ErrorExample[] = [
  ...inputExamples,
  ...vinExamples,
  ...moneyExamples,
  ...timeExamples,
  ...pricingExamples,
  ...flowExamples,
  ...kpiExamples,
  ...partsExamples,
  ...warrantyExamples,
  ...fileExamples,
  ...starExamples,
  ...httpExamples,
  ...sqlExamples,
  ...uiExamples,
  ...cliExamples,
  ...decisionExamples,
  ...pluginExamples,
  ...registryExamples,
];
