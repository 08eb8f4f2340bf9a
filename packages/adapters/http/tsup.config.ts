import { createPackageBuild } from '../../../tsup.shared';

export default createPackageBuild({ entry: ['src/index.ts', 'src/bin.ts'] });
