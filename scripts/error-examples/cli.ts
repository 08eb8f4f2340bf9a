import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '@aftersales/cli';
import type { ErrorExample } from './types';

/**
 * Runs `aftersales` in this process, as the bin does, and returns what it wrote to standard error:
 * `aftersales: [code] message` per issue, in the language of AFTERSALES_LANG or LANG.
 */
async function aftersales(...argv: string[]): Promise<string> {
  let stderr = '';
  await runCli(argv, {
    stdout: () => {},
    stderr: (text) => {
      stderr += text;
    },
    isTTY: false,
    cwd: process.cwd(),
    env: process.env,
  });
  return stderr;
}

/** Command line (@aftersales/cli): arguments and files refused before any rule runs (exit code 2). */
export const cliExamples: readonly ErrorExample[] = [
  {
    code: 'cli.unknown_command',
    meaning: 'The first words name no command (exit code 2): run `aftersales --help` for the list.',
    meaningZh: '开头的词不是任何命令（退出码 2）：运行 `aftersales --help` 查看命令列表。',
    outcome: 'returns',
    example: async () => aftersales('claim', 'audit', 'claims.csv'),
  },
  {
    code: 'cli.invalid_argument',
    meaning:
      "An option or argument has a value the command does not accept (an unknown option, a language other than en or zh, an unknown schema name, a bad number) (exit code 2): see the command's `--help`.",
    meaningZh:
      '选项或参数的取值不被该命令接受（未知选项、en 和 zh 以外的语言、未知的 schema 名称、错误的数字）（退出码 2）：请查看该命令的 `--help`。',
    outcome: 'returns',
    example: async () => aftersales('schema', 'warrantyClaims'),
  },
  {
    code: 'cli.missing_argument',
    meaning:
      'A command needs an argument that was not given (the request file of `warranty check`, the files of an audit, `--from` with `--to`) (exit code 2): add it.',
    meaningZh:
      '命令缺少必需的参数（如 `warranty check` 的请求文件、audit 的数据文件、与 `--to` 成对的 `--from`）（退出码 2）：请补上。',
    outcome: 'returns',
    example: async () => aftersales('warranty', 'check'),
  },
  {
    code: 'cli.unreadable_file',
    meaning:
      'A file named on the command line cannot be read (no such file, no permission) (exit code 2): check the path; relative paths are read from the current directory.',
    meaningZh:
      '命令行所指的文件无法读取（文件不存在、无权限）（退出码 2）：请检查路径；相对路径从当前目录读取。',
    outcome: 'returns',
    example: async () => aftersales('warranty', 'check', 'no-such-request.json'),
  },
  {
    code: 'cli.unwritable_file',
    meaning:
      'An output file or directory (`--out`, `--report`) cannot be written (no such directory, no permission, a file in the way) (exit code 2): choose a writable path.',
    meaningZh:
      '输出文件或目录（`--out`、`--report`）无法写入（目录不存在、无权限、同名文件占位）（退出码 2）：请选择可写入的路径。',
    outcome: 'returns',
    example: async () => aftersales('schema', 'warrantyClaim', '--out', '/dev/null/schemas'),
  },
  {
    code: 'cli.invalid_json',
    meaning:
      "A JSON file named on the command line (a request, a policy, a profile) is not valid JSON; the reason gives the parser's message (exit code 2): fix the file.",
    meaningZh:
      '命令行所指的 JSON 文件（请求、政策、配置）不是有效的 JSON；原因中给出解析器的提示（退出码 2）：请修正该文件。',
    outcome: 'returns',
    example: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'aftersales-'));
      try {
        const request = join(dir, 'request.json');
        writeFileSync(request, "{ vehicle: { vin: 'LSVAU2187N2123456' } }");
        return await aftersales('warranty', 'check', request);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
