import type { ScanReport } from '../core/model.js';

/** The JSON report: one document, every file's status and findings. Holds no detected value. */
export function toJson(report: ScanReport): string {
  return `${JSON.stringify({ $schema: 'asylum-pii-gate/report-v1', ...report }, null, 2)}\n`;
}
