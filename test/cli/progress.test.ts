import { describe, expect, it } from 'vitest';
import { createProgress, progressText } from '../../src/cli/progress.js';

function fakeClock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('progress line', () => {
  it('stays silent for a short scan', () => {
    const out: string[] = [];
    const clock = fakeClock();
    const p = createProgress({ write: (s) => out.push(s), enabled: true, now: clock.now, delayMs: 1000 });
    clock.advance(500);
    p.update(1, 2);
    p.clear();
    expect(out).toEqual([]);
  });

  it('redraws in place on a long scan, at most once per interval, and clears at the end', () => {
    const out: string[] = [];
    const clock = fakeClock();
    const p = createProgress({ write: (s) => out.push(s), enabled: true, now: clock.now, delayMs: 1000, intervalMs: 100 });
    clock.advance(1000);
    p.update(1, 40);
    clock.advance(10);
    p.update(2, 40); // too soon: skipped
    clock.advance(100);
    p.update(3, 40);
    p.clear();
    p.clear();
    expect(out).toEqual([`\r\u001b[2K${progressText(1, 40)}`, `\r\u001b[2K${progressText(3, 40)}`, '\r\u001b[2K']);
    expect(progressText(3, 40)).toBe('asylum-pii-gate: scanned 3 of 40 files (7%)');
  });

  it('writes nothing when disabled (not a terminal, or quiet)', () => {
    const out: string[] = [];
    const clock = fakeClock();
    const p = createProgress({ write: (s) => out.push(s), enabled: false, now: clock.now });
    clock.advance(60_000);
    p.update(1, 1);
    p.clear();
    expect(out).toEqual([]);
  });
});
