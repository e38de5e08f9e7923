import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Removes what the e2e files share (one Action bundle per run) when the run ends.
    globalSetup: ['test/global-setup.ts'],
    // Vitest's default on a 2-core machine is one worker (cores - 1), which runs every file in
    // turn while most of them wait on child processes (the bundled CLI and Action, scan workers).
    // Four workers: the three end-to-end files (mostly waiting) start together and a CPU-bound
    // file runs beside them. Measured on this 2-core machine: 3 workers 172 s, 4 workers 155 s.
    maxWorkers: 4,
  },
});
