/**
 * Where the e2e files of one vitest run share the Action bundle: a folder named by the vitest
 * process's id (their forks' parent), removed by the global setup when the run ends.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SHARED_BUNDLE = (pid: number): string => join(tmpdir(), `apg-e2e-bundle-${pid}`);
