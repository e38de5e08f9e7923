/** Action entry. The same bundle is also the scan worker (see scan/pool.ts). */
import { isScanWorker, startWorker } from './scan/worker-entry.js';
import { run } from './main.js';

if (isScanWorker()) startWorker();
else void run();
