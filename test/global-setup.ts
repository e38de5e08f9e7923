/**
 * Vitest's global setup: at the end of a run, remove the Action bundle the e2e files of this run
 * shared (test/action/e2e-harness.ts builds it under a folder named by this process's id).
 */
import { rmSync } from 'node:fs';
import { SHARED_BUNDLE } from './action/shared-bundle.js';

export default function setup(): () => void {
  return () => rmSync(SHARED_BUNDLE(process.pid), { recursive: true, force: true });
}
