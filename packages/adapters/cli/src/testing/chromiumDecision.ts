import { existsSync } from 'node:fs';

/** Where Debian's `chromium` package puts the browser; `CHROMIUM_PATH` overrides it. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Whether a browser test runs: `run` with the browser found; `skip` (with the reason to print) when
 * it is missing on a developer's machine; `fail` when it is missing in CI, where a skipped browser
 * test would pass unseen.
 *
 * @example
 * chromiumDecision({ executablePath: '/usr/bin/chromium', exists: false, ci: true }).kind; // 'fail'
 */
export type ChromiumDecision =
  | { readonly kind: 'run'; readonly executablePath: string }
  | { readonly kind: 'skip' | 'fail'; readonly reason: string };

/**
 * Decides whether the browser tests run, from the browser's path, whether it exists and whether
 * this is CI (`CI=true`).
 *
 * @example
 * chromiumDecision({ executablePath: '/usr/bin/chromium', exists: true, ci: false });
 * // { kind: 'run', executablePath: '/usr/bin/chromium' }
 */
export function chromiumDecision(state: {
  readonly executablePath: string;
  readonly exists: boolean;
  readonly ci: boolean;
}): ChromiumDecision {
  if (state.exists) return { kind: 'run', executablePath: state.executablePath };
  const reason = `Chromium not found at ${state.executablePath} (install Debian's \`chromium\` package, or set CHROMIUM_PATH)`;
  return state.ci ? { kind: 'fail', reason } : { kind: 'skip', reason: `browser tests skipped: ${reason}` };
}

/**
 * {@link chromiumDecision} for this machine: `CHROMIUM_PATH` or `/usr/bin/chromium`, and `CI`.
 *
 * @example
 * const decision = localChromiumDecision(process.env);
 */
export function localChromiumDecision(env: NodeJS.ProcessEnv): ChromiumDecision {
  const executablePath = env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
  return chromiumDecision({ executablePath, exists: existsSync(executablePath), ci: env.CI === 'true' });
}
