/**
 * `asylum-pii-gate scan [--format text|json|sarif] [--output FILE] [--fail-on LEVEL] PATH...`
 * Exit 0 when nothing blocks, 1 when something blocks, 2 for a usage error.
 */
import { writeFile } from 'node:fs/promises';
import { isSeverity } from '../core/model.js';
import { resolveScanOptions } from '../config/scan-options.js';
import { expandPaths } from '../scan/walk.js';
import { scan } from '../scan/scanner.js';
import { toJson } from '../report/json.js';
import { toText } from '../report/text.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

const USAGE = 'usage: asylum-pii-gate scan [--format text|json|sarif] [--output FILE] [--fail-on notice|warning|high|critical] PATH...\n';

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'scan') {
    io.stderr(USAGE);
    return 2;
  }
  let format = 'text';
  let output: string | undefined;
  let failOn = 'high';
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--format') format = rest[++i] ?? '';
    else if (a === '--output') output = rest[++i];
    else if (a === '--fail-on') failOn = rest[++i] ?? '';
    else if (a.startsWith('-')) {
      io.stderr(USAGE);
      return 2;
    } else paths.push(a);
  }
  if (!paths.length || !['text', 'json'].includes(format) || !isSeverity(failOn)) {
    io.stderr(USAGE);
    return 2;
  }
  const options = resolveScanOptions({ failOn });
  let files;
  try {
    files = await expandPaths(paths, io.cwd);
  } catch {
    io.stderr('asylum-pii-gate: a path could not be read\n');
    return 2;
  }
  const report = await scan(files, options);
  const text = format === 'json' ? toJson(report) : toText(report);
  if (output) await writeFile(output, text);
  else io.stdout(text);
  return report.summary.blocking > 0 ? 1 : 0;
}
