/**
 * The exit codes scripts can rely on.
 * - 0 `clean`: the command ran and found nothing to act on.
 * - 1 `findings`: the command ran and found something: audit findings, a KPI off target, a
 *   warranty request not covered, rows of a file refused (each listed with its reason).
 * - 2 `badInput`: the command could not run: an unknown command or option, a missing or
 *   unreadable file, a file that is not what it should be (wrong encoding, no header, bad JSON),
 *   an invalid profile or policy.
 *
 * @example
 * process.exitCode = exitCodes.findings;
 */
export const exitCodes = Object.freeze({ clean: 0, findings: 1, badInput: 2 } as const);

/** One of {@link exitCodes}' values. */
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
