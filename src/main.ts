/** The Action: wires GitHub integration to the scanner. (Stub until the Action issue.) */
import * as core from '@actions/core';

export async function run(): Promise<void> {
  core.info('asylum-pii-gate: the GitHub Action is not wired yet.');
}
