/** Hand-made file results for reporter tests: structure only, as detection would produce. */
import { describeFinding } from '../../src/core/describe.js';
import { fingerprint } from '../../src/core/fingerprint.js';
import type { FileResult, Finding, Location, RuleId, ScanReport, Severity } from '../../src/core/model.js';
import { buildReport } from '../../src/core/verdict.js';
import { TOOL } from '../../src/core/tool.js';

export function finding(path: string, rule: RuleId, severity: Severity, location: Location, count = 10): Finding {
  return {
    rule,
    severity,
    location,
    count,
    message: describeFinding(rule, location, count),
    fingerprint: fingerprint(path, rule, location),
  };
}

export function rosterFinding(path: string, extra: Partial<Location> = {}, severity: Severity = 'critical', count = 40): Finding {
  return finding(
    path,
    'person-record.protection-claim',
    severity,
    {
      surface: 'cells',
      rows: { first: 2, last: count + 1 },
      columns: [
        { index: 0, letter: 'A', header: 'Name', kind: 'full-name' },
        { index: 1, letter: 'B', header: 'Alien File Number', kind: 'a-number' },
      ],
      ...extra,
    },
    count,
  );
}

export function scanned(path: string, findings: Finding[], format = 'delimited'): FileResult {
  return { path, status: 'scanned', format, findings };
}

export function report(files: FileResult[], failOn: Severity = 'high', notInspectedBlocks = true): ScanReport {
  return buildReport(files, { failOn, notInspectedBlocks }, TOOL);
}
