/**
 * On `pull_request`, a pull request runs its own copy of the workflow: it can drop the gate's
 * step, change its inputs or add a job of the same name. The gate cannot vouch for itself then,
 * so a change to a workflow file or to the gate's config file (added, edited, renamed or
 * removed) is a blocking item by default. An approved waiver lifts it (an approver has read the
 * change); `pull_request_target` and rulesets avoid it (see the README).
 */
import type { ChangedFile } from './changed-files.js';

const WORKFLOWS = /^\.github\/workflows\//i;

/** A plain sentence when the pull request changes its own gate, else undefined. No path is repeated. */
export function gateChanges(files: readonly ChangedFile[], configPath: string): string | undefined {
  const config = configPath.replace(/^\.\/+/, '').toLowerCase();
  const touches = (p: string | undefined, test: (p: string) => boolean) => p !== undefined && test(p);
  const workflows = files.filter(
    (f) => touches(f.path, (p) => WORKFLOWS.test(p)) || touches(f.previousPath, (p) => WORKFLOWS.test(p)),
  ).length;
  const configs = files.filter(
    (f) => touches(f.path, (p) => p.toLowerCase() === config) || touches(f.previousPath, (p) => p.toLowerCase() === config),
  ).length;
  if (!workflows && !configs) return undefined;
  const what = [workflows ? `${workflows} workflow file(s)` : '', configs ? 'the gate’s config file' : ''].filter(Boolean).join(' and ');
  return `this pull request changes ${what}; on pull_request it runs its own copy of them, so the gate cannot vouch for itself: an approver’s waiver lifts this (or run the gate on pull_request_target, see the README)`;
}
