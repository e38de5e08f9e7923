import { describe, expect, it } from 'vitest';
import { decide, partition } from '../../src/action/filters.js';

const none = { include: [], exclude: [], allowlist: [] };

describe('filters', () => {
  it('scans every changed file by default', () => {
    expect(decide('.github/data/roster.csv', none)).toEqual({ scan: true });
  });

  it('matches dot paths and any case', () => {
    const rules = { ...none, include: ['**/*.csv'] };
    expect(decide('.hidden/ROSTER.CSV', rules)).toEqual({ scan: true });
    expect(decide('site/page.html', rules)).toMatchObject({ scan: false, reason: 'excluded' });
  });

  it('applies exclude after include and then the allowlist with its reason', () => {
    const rules = {
      include: ['site/**'],
      exclude: ['site/vendor/**'],
      allowlist: [{ path: 'site/stats/*.xlsx', reason: 'Reviewed aggregates' }],
    };
    expect(decide('site/vendor/x.csv', rules)).toMatchObject({ scan: false, reason: 'excluded' });
    expect(decide('site/Stats/FY24.XLSX', rules)).toEqual({ scan: false, reason: 'allowlisted', detail: 'Reviewed aggregates' });
    expect(decide('site/stats/fy24.csv', rules)).toEqual({ scan: true });
  });

  it('partitions and keeps order', () => {
    const r = partition([{ path: 'b.csv' }, { path: 'a.md' }, { path: 'c.csv' }], { ...none, exclude: ['*.md'] });
    expect(r.scan.map((f) => f.path)).toEqual(['b.csv', 'c.csv']);
    expect(r.left.map((f) => [f.path, f.decision.reason])).toEqual([['a.md', 'excluded']]);
  });
});
