#!/usr/bin/env node
/**
 * `aftersales`: the only file of the package that touches the process — its arguments,
 * environment, streams, signals and exit code. Everything else runs through `runCli`.
 */
import { runCli } from './cli/runCli';

const stop = new AbortController();
process.once('SIGINT', () => stop.abort());
process.once('SIGTERM', () => stop.abort());

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stderr.isTTY === true,
  cwd: process.cwd(),
  env: process.env,
  signal: stop.signal,
}).then((code) => {
  process.exitCode = code;
});
