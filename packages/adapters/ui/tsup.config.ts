import { createPackageBuild } from '../../../tsup.shared';

export default createPackageBuild();
