/**
 * The Action's merge mode: the shard reports named by the `reports` input (downloaded artifacts)
 * read and merged by the shared report/merge.ts into one report. Anything that keeps the merge
 * from standing for the whole audit (a missing shard, an unreadable or invalid report, reports
 * of different commits or settings) is a blocker of that report, so the run fails closed.
 */
import type { ScanReport } from '../core/model.js';
import { buildReport } from '../core/verdict.js';
import { TOOL } from '../core/tool.js';
import { expandReportPaths, loadReports } from '../report/load-reports.js';
import { mergeReports } from '../report/merge.js';
import type { ActionInputs } from './inputs.js';

export interface MergedShards {
  /** The merged report; its blockers say what blocks besides the files. */
  report: ScanReport;
  /** Plain text for the summary's "what happened" line. */
  subject: string;
  notes: string[];
}

export async function mergeShardReports(inputs: Pick<ActionInputs, 'reports' | 'failOn'>, workspace: string): Promise<MergedShards> {
  const expanded = await expandReportPaths(inputs.reports, workspace);
  const loaded = await loadReports(expanded.paths, workspace);
  const unread = [...expanded.problems, ...loaded.problems];
  const notes: string[] = [];
  if (unread.length) {
    // A report that cannot be read may be the one that blocks: nothing is merged.
    const report = buildReport([], { failOn: inputs.failOn, notInspectedBlocks: true }, TOOL);
    report.blockers = [...unread.map((p) => `${p}: the shard reports were not merged`)];
    return { report, subject: 'the shard reports of a whole-repository audit (not merged)', notes };
  }
  const merged = mergeReports(loaded.reports, inputs.failOn);
  const report = merged.report;
  const at = report.commit ? ` at ${report.commit.slice(0, 12)}` : '';
  if (merged.refused.length) return { report, subject: `the shard reports of a whole-repository audit${at} (refused: not merged)`, notes };
  const shards = merged.shards;
  const subject = shards
    ? `the whole repository${at}, merged from ${shards.given} of ${shards.count} shard report(s)`
    : `the repository${at}, merged from ${loaded.reports.length} report(s)`;
  notes.push(
    `${loaded.reports.length} report(s) merged: the verdict is taken over all their files at once; findings are the shards’ own (nothing was scanned again)`,
  );
  if (report.failOn !== inputs.failOn)
    notes.push(
      `the shards were judged at fail level ${report.failOn}, which this verdict keeps; this step’s fail-on (${inputs.failOn}) is not used: set fail-on on the shard jobs`,
    );
  notes.push(
    'the waiver label does not apply to an audit (there is no pull request); accept findings with accepted-findings in the config file',
  );
  return { report, subject, notes };
}
