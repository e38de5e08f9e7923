/** The JSON report and the SARIF file, written under RUNNER_TEMP (never into the workspace). */
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScanReport } from '../core/model.js';
import { toJson } from '../report/json.js';
import { toSarif } from '../report/sarif.js';

export interface WrittenReports {
  report: string;
  sarif: string;
}

export function reportDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.RUNNER_TEMP || tmpdir(), 'asylum-pii-gate');
}

/**
 * `report.json` and `report.sarif`; a shard's are `report-2-of-4.*`, so that the shards' reports
 * keep apart when download-artifact merges them into one folder (merge-multiple).
 */
export async function writeReports(report: ScanReport, dir: string): Promise<WrittenReports> {
  await mkdir(dir, { recursive: true });
  const name = report.shard ? `report-${report.shard.index}-of-${report.shard.count}` : 'report';
  const paths = { report: join(dir, `${name}.json`), sarif: join(dir, `${name}.sarif`) };
  await writeFile(paths.report, toJson(report));
  await writeFile(paths.sarif, toSarif(report));
  return paths;
}
