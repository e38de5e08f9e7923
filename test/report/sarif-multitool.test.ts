/**
 * Microsoft's SARIF validator (`@microsoft/sarif-multitool`, a devDependency with a .NET binary
 * inside) with GitHub's rules (`--rule-kind Ghas;Sarif`) on the SARIF the command line writes and
 * on the SARIF the Action writes (report-files.ts), for a roster CSV, a workbook with a hidden
 * roster tab, prose, a file too large to inspect and a file name that carries an identifier.
 * The validator is run directly, not through its npm wrapper: the wrapper passes arguments
 * through a shell, which splits `Ghas;Sarif` at the semicolon.
 */
import { execFile } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { runCli } from '../../src/cli/main.js';
import { writeReports } from '../../src/action/report-files.js';
import { scanTargets } from '../../src/scan/scanner.js';
import { resolveScanOptions } from '../../src/config/scan-options.js';
import { buildReport } from '../../src/core/verdict.js';
import { TOOL } from '../../src/core/tool.js';
import type { SarifLog } from '../../src/report/sarif.js';
import { makePeople, rosterRows, toCsv } from '../fixtures/people.js';
import { sarifProblems } from './sarif-checks.js';

const run = promisify(execFile);
const people = makePeople(30, 4242);

/** Rules the validator may still report: SARIF2005 asks for informationUri, which the project leaves out until it has a public home. */
const ACCEPTED_WARNINGS = new Set(['SARIF2005']);

function multitool(): string {
  const path = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
  try {
    accessSync(path, constants.X_OK);
  } catch {
    // The package's postinstall (`chmod u+x`) is skipped when npm does not run install scripts.
    chmodSync(path, 0o755);
  }
  return path;
}

interface Problem {
  ruleId: string;
  level: string;
  where: string;
}

async function validate(file: string): Promise<Problem[]> {
  const out = `${file}.validation.sarif`;
  await run(multitool(), ['validate', '--rule-kind', 'Ghas;Sarif', '--output', out, file], {
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    timeout: 120_000,
  });
  const log = JSON.parse(readFileSync(out, 'utf8')) as {
    runs: Array<{
      results?: Array<{ ruleId: string; level?: string; locations?: Array<{ physicalLocation?: { region?: { startLine?: number } } }> }>;
    }>;
  };
  return (log.runs[0]!.results ?? []).map((r) => ({
    ruleId: r.ruleId,
    level: r.level ?? 'warning',
    where: `line ${r.locations?.[0]?.physicalLocation?.region?.startLine ?? '?'}`,
  }));
}

function workbook(): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet([
      ['Facility type', 'Average daily population'],
      ['Dedicated', 12034.5],
    ]),
    'Summary',
  );
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rosterRows(people)), 'Data');
  wb.Workbook = {
    Sheets: [
      { name: 'Summary', Hidden: 0 },
      { name: 'Data', Hidden: 1 },
    ],
  };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

let dir: string;
const FILES = [
  'site/data/roster.csv',
  'site/data/book.xlsx',
  'site/news/notes.md',
  'site/data/huge.csv',
  'cases/Quispe_Marisol_A012345678.txt',
];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'apg-multitool-'));
  for (const f of FILES) mkdirSync(join(dir, f, '..'), { recursive: true });
  writeFileSync(join(dir, '.git'), 'gitdir: /nowhere\n');
  writeFileSync(join(dir, FILES[0]!), toCsv(rosterRows(people)));
  writeFileSync(join(dir, FILES[1]!), workbook());
  const p = people[1]!;
  writeFileSync(
    join(dir, FILES[2]!),
    `# Notes\n\nOur client ${p.fullName} (A-number ${p.aNumber}), born ${p.birthDate}, received a positive credible fear determination.\n`,
  );
  writeFileSync(join(dir, FILES[3]!), `Country,Detained\n${'HONDURAS,1\n'.repeat(20_000)}`);
  writeFileSync(join(dir, FILES[4]!), 'Meeting at ten.\n');
});

describe('SARIF accepted by the SARIF validator with GitHub rules', () => {
  it('the command line SARIF', async () => {
    let stdout = '';
    const code = await runCli(['scan', '--format', 'sarif', '--max-file-size', '100k', '.'], {
      stdout: (t) => (stdout += t),
      stderr: () => undefined,
      cwd: dir,
    });
    expect(code).toBe(1);
    const log = JSON.parse(stdout) as SarifLog;
    const rules = new Set(log.runs[0]!.results.map((r) => r.ruleId));
    expect(rules).toContain('not-inspected');
    expect(rules).toContain('file-name.identifier');
    expect([...rules].some((r) => r.startsWith('person-record.'))).toBe(true);
    expect(sarifProblems(log)).toEqual([]);
    const file = join(dir, 'cli.sarif');
    writeFileSync(file, stdout);
    const problems = await validate(file);
    expect(problems.filter((p) => !ACCEPTED_WARNINGS.has(p.ruleId))).toEqual([]);
  }, 240_000);

  it("the Action's SARIF (report-files.ts)", async () => {
    const options = resolveScanOptions({ failOn: 'high', limits: { maxFileSize: 100 * 1024 } });
    const files = await scanTargets(
      FILES.map((f) => ({ path: join(dir, f), displayPath: f })),
      options,
    );
    const report = buildReport(files, { failOn: 'high', notInspectedBlocks: true }, TOOL);
    const written = await writeReports(report, join(dir, 'runner-temp'));
    const log = JSON.parse(readFileSync(written.sarif, 'utf8')) as SarifLog;
    expect(log.runs[0]!.results.length).toBeGreaterThan(3);
    expect(sarifProblems(log)).toEqual([]);
    const problems = await validate(written.sarif);
    expect(problems.filter((p) => !ACCEPTED_WARNINGS.has(p.ruleId))).toEqual([]);
  }, 240_000);

  it('the validator finds what GitHub rejects (the check can fail)', async () => {
    const bad = {
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'x', rules: [{ id: 'r' }] } }, results: [{ ruleId: 'r', message: { text: 'm' }, locations: [] }] }],
    };
    const file = join(dir, 'bad.sarif');
    writeFileSync(file, JSON.stringify(bad));
    const problems = await validate(file);
    expect(problems.some((p) => p.ruleId.startsWith('GH') && p.level === 'error')).toBe(true);
  }, 120_000);
});
