#!/usr/bin/env node
// Rebuild dist/: the Action (dist/index.js) and the command line (dist/cli/index.js), each a
// self-contained ESM bundle that is also its own scan worker. ncc builds into a fresh folder
// beside dist/, which replaces dist/ only when every build succeeded: a failed build leaves the
// committed bundle as it was.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const entries = [
  ['src/index.ts', ''],
  ['src/cli/index.ts', 'cli'],
];
const staging = mkdtempSync('.dist-build-');
try {
  for (const [entry, sub] of entries) {
    execFileSync(
      process.execPath,
      ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', join(staging, sub), '--license', 'licenses.txt', '-q'],
      { stdio: 'inherit' },
    );
  }
  chmodSync(join(staging, 'cli', 'index.js'), 0o755);
  rmSync('dist', { recursive: true, force: true });
  renameSync(staging, 'dist');
} catch {
  rmSync(staging, { recursive: true, force: true });
  console.error('bundle: ncc failed; dist/ is unchanged');
  process.exit(1);
}
const list = (d) => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? list(join(d, f)) : [join(d, f)]));
for (const f of list('dist')) console.log(`${f}  ${statSync(f).size} bytes`);
