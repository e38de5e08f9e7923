/**
 * What to do about a file that blocks, in one sentence: shared by the text output (the line that
 * closes each blocked file) and the job summary (each blocked file's group). Built from the
 * file's status, reason and the rules that block, never from anything read in the file.
 */
import { NOT_INSPECTED_REASONS, type FileResult, type RuleId, type ScanReport } from '../core/model.js';
import { findingBlocks } from '../core/verdict.js';

type NotInspectedReason = keyof typeof NOT_INSPECTED_REASONS;

/** For a file that could not be read: what makes it readable, or the way around it. */
const NOT_INSPECTED_STEPS: Record<NotInspectedReason, string> = {
  corrupt: 'fix the file or remove it from the change',
  truncated: 'commit the whole file, or remove it from the change',
  'password-protected': 'remove the password (publish it unprotected only if it holds no records) or remove the file',
  'too-large': 'remove the file, split it, or raise the size limit (max-file-size) if it is meant to be published',
  'too-large-decompressed': 'remove the archive, or publish its files unpacked so each can be scanned',
  'timed-out': 'raise the time limit (timeout) or split the file',
  'out-of-memory': 'raise the memory limit (memory-limit) or split the file',
  'unreadable-encoding': 'save the file as UTF-8, or remove it from the change',
  'unsupported-format': 'publish it in a format the gate reads (CSV, XLSX, PDF with text...), or remove it',
  'no-text-layer': 'publish a version with a text layer (OCR), or remove it and publish aggregates instead',
  'too-deep': 'publish the nested files unpacked, or remove the archive',
  'too-many-entries': 'split the archive, or remove it from the change',
  'read-error': 'check that the file is committed as a regular file, and run the gate again',
  'internal-error': 'run the gate again; if it fails again, report the file kind (never the file) to the maintainers',
  'stored-in-git-lfs': 'check the repository out with Git LFS (actions/checkout with lfs: true) so the real file is scanned',
  'link-out-of-repository': 'replace the link with the file it points to, or remove it',
  'link-to-folder': 'replace the link with the files themselves, or remove it',
  'not-reached': 'raise the time budget (time-budget) or split the change',
};

/** For findings of a rule: how to take the personal data out. */
function findingStep(rules: ReadonlySet<RuleId>): string {
  if ([...rules].some((r) => r.startsWith('person-record.')))
    return 'remove the file from the change and publish aggregates (counts, no names or numbers) instead';
  if ([...rules].some((r) => r.startsWith('prose.'))) return 'take the names, numbers and birthdates out of the text';
  if (rules.has('file-name.identifier')) return 'rename the file so its name carries no name or number';
  if (rules.has('metadata.author')) return 'clear the document properties (author, last modified by)';
  if (rules.has('metadata.external-link')) return 'remove the link to the internal share or workbook';
  return "remove what the repository's custom recognizer matched";
}

/** The way to an exception, in the caller's words (a waiver label, a config entry). */
export interface ApprovalRoute {
  /** For findings. */
  findings: string;
  /** For a file that could not be read. */
  unread: string;
}

/** The command line's routes: the config file. */
export const CONFIG_ROUTE: ApprovalRoute = {
  findings: 'accept its findings in the config (accepted-findings, by the fingerprints in the JSON report)',
  unread: 'review it by hand and allowlist its path in the config (allowlist, with the reason)',
};

/**
 * One line saying what to do about a blocked file, or undefined when nothing in it blocks. With
 * `route` null, only the fix (the caller explains the way to an exception once, elsewhere).
 */
export function nextStep(
  file: FileResult,
  report: Pick<ScanReport, 'failOn' | 'notInspectedBlocks'>,
  route: ApprovalRoute | null = CONFIG_ROUTE,
): string | undefined {
  const blockingRules = new Set(file.findings.filter((f) => findingBlocks(f, report)).map((f) => f.rule));
  const unread = file.status === 'not-inspected' && report.notInspectedBlocks;
  if (!blockingRules.size && !unread) return undefined;
  const steps: string[] = [];
  if (unread)
    steps.push(
      file.reason && file.reason in NOT_INSPECTED_STEPS ? NOT_INSPECTED_STEPS[file.reason as NotInspectedReason] : 'fix or remove the file',
    );
  if (blockingRules.size) steps.push(findingStep(blockingRules));
  const first = steps.join('; then ');
  const fix = `${first[0]!.toUpperCase()}${first.slice(1)}.`;
  return route ? `${fix} If it must be published as it is, ${blockingRules.size ? route.findings : route.unread}.` : fix;
}
