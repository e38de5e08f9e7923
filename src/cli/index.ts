#!/usr/bin/env node
/** Command-line entry. The same bundle is also the scan worker (see scan/pool.ts). */
import { isScanWorker, setWorkerModule, startWorker } from '../scan/worker-entry.js';

setWorkerModule(import.meta.url);
if (isScanWorker()) {
  startWorker();
} else {
  // A closed pipe (`... | head`) is not a scanner failure: stop writing, keep the exit code.
  process.stdout.on('error', () => undefined);
  process.stderr.on('error', () => undefined);
  // The command line's own code loads only here: a worker started from this bundle never loads it.
  import('./main.js')
    .then(({ runCli }) =>
      runCli(process.argv.slice(2), {
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
        cwd: process.cwd(),
        stdoutIsTTY: process.stdout.isTTY === true,
        stderrIsTTY: process.stderr.isTTY === true,
        stdin: process.stdin,
        env: process.env,
      }),
    )
    .then(
      (code) => {
        process.exitCode = code;
      },
      () => {
        process.stderr.write('asylum-pii-gate: internal error\n');
        process.exitCode = 1;
      },
    );
}
