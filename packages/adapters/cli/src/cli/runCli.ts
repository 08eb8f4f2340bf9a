import { AftersalesError, isAftersalesError } from '@aftersales/core';
import { auditCommand } from '../commands/auditCommand';
import { claimsAuditCommand } from '../commands/claimsAuditCommand';
import type { Command } from '../commands/command';
import { demoCommand } from '../commands/demoCommand';
import { kpiCommand } from '../commands/kpiCommand';
import { partsPlanCommand } from '../commands/partsPlanCommand';
import { schemaCommand } from '../commands/schemaCommand';
import { serveCommand } from '../commands/serveCommand';
import { warrantyCheckCommand } from '../commands/warrantyCheckCommand';
import { checkCliCall } from './checkCliCall';
import type { CliIo } from './cliIo';
import { type ExitCode, exitCodes } from './exitCodes';
import { chooseLang, type Lang } from './messages';
import { oneOf } from './parseOptions';

/** Every command, in the order `aftersales --help` lists them. */
export const commands: readonly Command[] = [
  demoCommand,
  auditCommand,
  kpiCommand,
  warrantyCheckCommand,
  claimsAuditCommand,
  partsPlanCommand,
  serveCommand,
  schemaCommand,
];

function help(lang: Lang): string {
  const width = Math.max(...commands.map((command) => command.words.join(' ').length));
  const lines = commands.map(
    (command) => `  ${command.words.join(' ').padEnd(width)}  ${command.summary[lang]}`,
  );
  return lang === 'zh'
    ? `用法：aftersales <命令> [选项]\n\n命令：\n${lines.join('\n')}\n\n各命令的选项见 aftersales <命令> --help。退出码：0 无问题，1 发现问题，2 输入有误。\n`
    : `Usage: aftersales <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nSee aftersales <command> --help for its options. Exit codes: 0 clean, 1 findings, 2 bad input.\n`;
}

function find(args: readonly string[]): { command: Command; rest: readonly string[] } | undefined {
  const matches = commands.filter((command) => command.words.every((word, index) => args[index] === word));
  const command = matches.sort((a, b) => b.words.length - a.words.length)[0];
  return command === undefined ? undefined : { command, rest: args.slice(command.words.length) };
}

function report(io: CliIo, lang: Lang, error: unknown, usageHint: string): ExitCode {
  if (isAftersalesError(error)) {
    // An issue's message already starts with the path of the field it concerns.
    for (const issue of error.issues) io.stderr(`aftersales: [${issue.code}] ${issue.message[lang]}\n`);
    io.stderr(`${usageHint}\n`);
    return exitCodes.badInput;
  }
  // Not a coded error: a bug in the library or the command, never the user's input.
  io.stderr(
    `aftersales: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return 3 as ExitCode;
}

/**
 * Runs `aftersales` with its arguments (without `node` and the script) and returns the exit code:
 * 0 clean, 1 findings, 2 bad input (a coded error, printed with its path in the chosen language);
 * 3 only for an uncoded failure, which is a bug. All reading and writing goes through `io`.
 *
 * @throws AftersalesError `input.invalid_type` when `argv` is not a list of strings or `io` not a
 *   {@link CliIo} (the field named: `['argv', 0]`, `['io', 'stdout']`); nothing else is thrown
 * @example
 * const code = await runCli(['schema', 'warrantyClaim'], {
 *   stdout: (text) => process.stdout.write(text),
 *   stderr: (text) => process.stderr.write(text),
 *   isTTY: false,
 *   cwd: process.cwd(),
 *   env: process.env,
 * }); // 0, the JSON Schema printed
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  checkCliCall(argv, io);
  let args = [...argv];
  let lang = chooseLang(io.lang, io.env);
  try {
    // Options before the command words apply to the run: --lang, --help, --version.
    while (args[0]?.startsWith('--')) {
      const [flag] = args;
      if (flag === '--lang' || flag?.startsWith('--lang=')) {
        const value = flag === '--lang' ? (args[1] ?? '') : flag.slice('--lang='.length);
        lang = oneOf('--lang', value, ['en', 'zh'] as const);
        args = args.slice(flag === '--lang' ? 2 : 1);
      } else if (flag === '--help' || flag === '-h') {
        io.stdout(help(lang));
        return exitCodes.clean;
      } else if (flag === '--version') {
        io.stdout(`${VERSION}\n`);
        return exitCodes.clean;
      } else break;
    }
  } catch (error) {
    return report(io, lang, error, 'aftersales --help');
  }
  if (args.length === 0 || args[0] === 'help') {
    const topic = args.length > 1 ? find(args.slice(1)) : undefined;
    // Called without a command, a script went wrong: the usage goes to stderr with exit code 2.
    if (args.length === 0) {
      io.stderr(help(lang));
      return exitCodes.badInput;
    }
    io.stdout(topic === undefined ? help(lang) : `${topic.command.usage[lang]}\n`);
    return exitCodes.clean;
  }
  const found = find(args);
  if (found === undefined) {
    const unknown = args
      .filter((arg) => !arg.startsWith('-'))
      .slice(0, 2)
      .join(' ');
    report(
      io,
      lang,
      AftersalesError.of('cli.unknown_command', [], { command: unknown }),
      'aftersales --help',
    );
    return exitCodes.badInput;
  }
  const { command, rest } = found;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage[lang]}\n`);
    return exitCodes.clean;
  }
  try {
    return await command.run(rest, { ...io, lang });
  } catch (error) {
    return report(io, lang, error, `aftersales ${command.words.join(' ')} --help`);
  }
}

// Replaced by tsup at build time with the package's version; the source run says so.
declare const __AFTERSALES_CLI_VERSION__: string | undefined;
const VERSION = typeof __AFTERSALES_CLI_VERSION__ === 'string' ? __AFTERSALES_CLI_VERSION__ : '0.0.0-source';
