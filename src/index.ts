/** Action entry. The same bundle is also the scan worker (see scan/pool.ts). */
import { isScanWorker, setWorkerModule, startWorker } from './scan/worker-entry.js';
import { enableCompileCache } from './scan/compile-cache.js';

// The Action's code (and @actions/*) loads only in the main process, never in a scan worker.
enableCompileCache();
setWorkerModule(import.meta.url);
if (isScanWorker()) startWorker();
else void import('./main.js').then(({ run }) => run());
