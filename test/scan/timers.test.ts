/**
 * The per-file timer whose clock stops while reader code loads: stopped time does not count,
 * the time left is kept, and stopped time has a bound of its own.
 */
import { describe, expect, it } from 'vitest';
import { PausableTimer, timerDelay } from '../../src/scan/timers.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('PausableTimer', () => {
  it('fires after its time when never stopped', async () => {
    let fired = 0;
    new PausableTimer(50, () => fired++);
    await sleep(400);
    expect(fired).toBe(1);
  });

  it('does not count stopped time, and keeps the time that was left', async () => {
    let fired = false;
    const timer = new PausableTimer(300, () => (fired = true));
    timer.pause();
    await sleep(600);
    expect(fired).toBe(false);
    timer.resume();
    await sleep(30);
    expect(fired).toBe(false);
    await sleep(700);
    expect(fired).toBe(true);
  });

  it('bounds stopped time on its own, across stops', async () => {
    const fired: string[] = [];
    const timer = new PausableTimer(
      10_000,
      () => fired.push('time'),
      300,
      () => fired.push('pause limit'),
    );
    timer.pause();
    await sleep(150);
    timer.resume();
    timer.pause();
    await sleep(600);
    expect(fired).toEqual(['pause limit']);
    timer.resume();
    expect(fired).toEqual(['pause limit']);
  });

  it('never fires once cleared', async () => {
    let fired = false;
    const timer = new PausableTimer(20, () => (fired = true));
    timer.clear();
    timer.pause();
    timer.resume();
    await sleep(200);
    expect(fired).toBe(false);
  });

  it('reads a limit that is not a positive number as the default', () => {
    expect(timerDelay(0)).toBe(120_000);
    expect(timerDelay(3e9)).toBe(2 ** 31 - 1);
  });
});
