import { describe, expect, it } from 'vitest';
import { toText } from '../../src/report/text.js';
import { CONTROL, HOSTILE, hostileReport, IDENTIFYING_PATH, NOTES_PATH, ROSTER_PATH, sampleReport } from './sample-report.js';

const lines = (text: string) => text.split('\n');
const lineFor = (text: string, path: string) => lines(text).find((l) => l.includes(path));

describe('text report', () => {
  const report = sampleReport();
  const text = toText(report);

  it('gives every file a verdict line with why', () => {
    expect(lineFor(text, ROSTER_PATH)).toMatch(/^BLOCK\s+site\/data\/roster\.xlsx — 2 blocking findings$/);
    expect(lineFor(text, NOTES_PATH)).toMatch(/^BLOCK\s+/);
    expect(lineFor(text, 'stats.csv')).toMatch(/^pass\s+site\/data\/stats\.csv$/);
    expect(lineFor(text, 'directory.csv')).toMatch(/^pass\s+site\/data\/directory\.csv — 1 finding below the fail level \(high\)$/);
    expect(lineFor(text, 'accepted.csv')).toMatch(/^pass\s+site\/data\/accepted\.csv — 1 accepted finding$/);
    expect(lineFor(text, 'huge.csv')).toMatch(
      /^BLOCK\s+site\/data\/huge\.csv — not inspected: the file is larger than the size limit \(2048 bytes; the limit is 1024\)$/,
    );
    expect(lineFor(text, 'logo.png')).toMatch(/^skipped\s+site\/img\/logo\.png — an image, audio, video or font file/);
  });

  it('lists findings under their file, most severe first', () => {
    const all = lines(text);
    const start = all.findIndex((l) => l.includes(ROSTER_PATH));
    const block = all.slice(start + 1, start + 4);
    expect(block.map((l) => l.trim().split(/\s+/)[0])).toEqual(['critical', 'high', 'notice']);
    expect(block[0]).toContain(
      "sheet 'Roster' (hidden sheet), columns A 'Name' (name), B 'A-Number' (A-number), F 'Fear Determination' (protection claim): 313 person rows (rows 2–314)",
    );
    expect(all[start + 4]).toMatch(/^\s{4}what to do: /);
    expect(all[start + 5]).not.toMatch(/^\s{4}/);
  });

  it('closes each blocked file with one line saying what to do, and only blocked files', () => {
    const all = lines(text);
    const fileLines = all.map((l, i) => [l, i] as const).filter(([l]) => /^\S/.test(l) && !l.startsWith('8 files'));
    for (const [k, [line, i]] of fileLines.entries()) {
      const end = fileLines[k + 1]?.[1] ?? all.length;
      const block = all.slice(i + 1, end).filter((l) => /^\s{4}\S/.test(l));
      const todo = block.filter((l) => l.includes('what to do:'));
      if (line.startsWith('BLOCK')) {
        expect(todo).toHaveLength(1);
        expect(block.at(-1)).toBe(todo[0]);
      } else expect(todo).toEqual([]);
    }
    expect(all.find((l, i) => i > all.findIndex((x) => x.includes(ROSTER_PATH)) && l.includes('what to do:'))).toBe(
      '    what to do: Remove the file from the change and publish aggregates (counts, no names or numbers) instead. If it must be published as it is, accept its findings in the config (accepted-findings, by the fingerprints in the JSON report).',
    );
    expect(all[all.findIndex((l) => l.includes('huge.csv')) + 1]).toBe(
      '    what to do: Remove the file, split it, or raise the size limit (max-file-size) if it is meant to be published. If it must be published as it is, review it by hand and allowlist its path in the config (allowlist, with the reason).',
    );
    expect(all[all.findIndex((l) => l.includes('cases/')) + 2]).toMatch(
      /what to do: Rename the file so its name carries no name or number\./,
    );
  });

  it('marks accepted findings', () => {
    expect(text).toMatch(/high\s+Immigration numbers .*\[accepted: Consent on file, ticket PRIV-42\]/);
  });

  it('ends with a summary line', () => {
    const last = lines(text.trimEnd()).at(-1);
    expect(last).toBe(
      '8 files: 6 scanned, 1 skipped, 1 not inspected; 7 findings (1 critical, 4 high, 2 notice); fail level high: BLOCKED (4 blocking findings, 1 file not inspected).',
    );
    expect(report.summary.blocking).toBe(5);
    const pass = toText(sampleReport({ failOn: 'critical', notInspectedBlocks: false }));
    expect(lines(pass.trimEnd()).at(-1)).toMatch(/fail level critical: BLOCKED \(1 blocking finding\)\.$/);
    const clean = toText({
      ...report,
      files: [],
      summary: {
        ...report.summary,
        files: 0,
        scanned: 0,
        skipped: 0,
        notInspected: 0,
        findings: 0,
        blocking: 0,
        bySeverity: { notice: 0, warning: 0, high: 0, critical: 0 },
      },
    });
    expect(clean).toBe('0 files: 0 scanned, 0 skipped, 0 not inspected; 0 findings; fail level high: nothing blocks.\n');
  });

  it('says when a not-inspected file does not block', () => {
    const warn = toText(sampleReport({ notInspectedBlocks: false }));
    expect(lineFor(warn, 'huge.csv')).toMatch(
      /^not inspected\s+site\/data\/huge\.csv — the file is larger than the size limit .*does not block/,
    );
  });

  it('in quiet mode lists only the files that block', () => {
    const quiet = toText(report, { quiet: true });
    expect(quiet).toContain(ROSTER_PATH);
    expect(quiet).toContain('huge.csv');
    expect(quiet).not.toContain('stats.csv');
    expect(quiet).not.toContain('logo.png');
    expect(quiet).toMatch(/BLOCKED \(4 blocking findings, 1 file not inspected\)\.\n$/);
  });

  it('uses color only when asked', () => {
    expect(text).not.toMatch(CONTROL);
    const colored = toText(report, { color: true });
    expect(colored).toContain('\u001b[1;31mBLOCK\u001b[0m');
    expect(colored.replace(/\u001b\[[0-9;]*m/g, '')).toBe(text);
  });

  it('shows a path that carries an identifier redacted', () => {
    expect(text).not.toContain('Garcia');
    expect(text).not.toContain('012345678');
    expect(lineFor(text, 'cases/')).toContain('cases/…_…_A….pdf');
    expect(IDENTIFYING_PATH).toContain('Garcia');
  });
});

describe('text report with hostile names', () => {
  for (const color of [false, true]) {
    it(`keeps escapes and line breaks out (color ${color})`, () => {
      const text = toText(hostileReport(), { color });
      // Only our own color sequences may remain.
      const stripped = text.replace(/\u001b\[(?:0|1|2|32|33|36|1;31)m/g, '');
      expect(stripped).not.toMatch(CONTROL);
      for (const line of lines(stripped)) expect(line).not.toMatch(/^\s*::/);
      // Three files, findings, blank line, summary, trailing newline.
      const verdicts = lines(stripped).filter((l) => /^(BLOCK|pass|skipped|not inspected)\s/.test(l));
      expect(verdicts).toHaveLength(3);
      expect(stripped).toContain('::error file=x::pwned'); // still there, as inert text mid-line
      expect(HOSTILE.path).toMatch(CONTROL);
    });
  }
});
