/** The command line run in-process for tests: argv in, exit code and the text it wrote out. */
import { runCli, type CliIo } from '../../src/cli/main.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], cwd: string, extra: Partial<CliIo> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, ...extra });
  return { code, stdout, stderr };
}
