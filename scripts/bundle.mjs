#!/usr/bin/env node
// Rebuild dist/: the Action (dist/index.js) and the command line (dist/cli/index.js), each a
// self-contained ESM bundle that is also its own scan worker. Runs ncc through its CLI so that
// the output is exactly what `ncc build` gives.
import { execFileSync } from 'node:child_process';
import { rmSync, readdirSync, statSync, chmodSync } from 'node:fs';
import { join } from 'node:path';

const entries = [
  ['src/index.ts', 'dist'],
  ['src/cli/index.ts', 'dist/cli'],
];
rmSync('dist', { recursive: true, force: true });
for (const [entry, out] of entries) {
  execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', out, '--license', 'licenses.txt', '-q'], { stdio: 'inherit' });
}
chmodSync('dist/cli/index.js', 0o755);
const list = (d) => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? list(join(d, f)) : [join(d, f)]));
for (const f of list('dist')) console.log(`${f}  ${statSync(f).size} bytes`);
