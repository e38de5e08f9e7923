#!/usr/bin/env node
/** Command-line entry. The same bundle is also the scan worker (see scan/pool.ts). */
import { isScanWorker, setWorkerModule, startWorker } from '../scan/worker-entry.js';
import { prestartScanWorker } from '../scan/worker-process.js';
import { DEFAULT_LIMITS } from '../config/scan-options.js';
import { enableCompileCache } from '../scan/compile-cache.js';

enableCompileCache();
setWorkerModule(import.meta.url);
if (isScanWorker()) {
  startWorker();
} else {
  // A closed pipe (`... | head`) is not a scanner failure: stop writing, keep the exit code.
  process.stdout.on('error', () => undefined);
  process.stderr.on('error', () => undefined);
  const argv = process.argv.slice(2);
  // A scan needs a worker process: it starts now, while the command line loads its own code, and
  // the pool adopts it (the two start-ups overlap). With --memory-limit the pool starts its own
  // (a heap limit is set when a process starts).
  if (argv[0] === 'scan' && !argv.some((a) => a.startsWith('--memory-limit'))) {
    prestartScanWorker(import.meta.url, { limits: DEFAULT_LIMITS });
  }
  // The command line's own code loads only here: a worker started from this bundle never loads it.
  import('./main.js')
    .then(({ runCli }) =>
      runCli(argv, {
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
