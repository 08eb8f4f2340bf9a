/** A CliIo for tests in a directory: what the command writes is kept, to read back. */
export function cliIo(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: (text: string) => out.push(text),
    stderr: (text: string) => err.push(text),
    isTTY: false,
    cwd,
    env: {},
    out: () => out.join(''),
    err: () => err.join(''),
  };
}
