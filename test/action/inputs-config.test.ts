import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_DEFAULTS, readInputs, splitList, type InputName } from '../../src/action/inputs.js';
import { parseSize } from '../../src/config/size.js';
import { acceptanceActive, DEFAULT_ACTION_CONFIG, detectOptionsFrom, parseActionConfig } from '../../src/config/action-config.js';

const getter = (values: Partial<Record<InputName, string>>) => (name: InputName) => values[name] ?? '';

describe('inputs', () => {
  it('fills every default from one table', () => {
    const r = readInputs(getter({ token: 't' }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.inputs).toEqual({
      token: 't',
      include: [],
      exclude: [],
      failOn: 'high',
      waiverLabel: 'pii-waiver-approved',
      waiverApprovers: [],
      waiverMinPermission: 'maintain',
      allowSelfWaiver: false,
      maxFileSize: 100 * 1024 * 1024,
      timeoutMs: 120_000,
      memoryLimitMb: 1024,
      config: '.github/asylum-pii-gate.yml',
      paths: [],
      scanEveryCommit: true,
      blockGateChanges: true,
      timeBudgetMs: 7_200_000,
      mode: 'scan',
      reports: [],
    });
  });

  it('keeps action.yml defaults and documentation in step with the code', () => {
    const yml = parse(readFileSync('action.yml', 'utf8')) as {
      inputs: Record<string, { description: string; default?: string }>;
      outputs: Record<string, { description: string }>;
    };
    for (const [name, def] of Object.entries(INPUT_DEFAULTS)) {
      expect(yml.inputs[name], name).toBeDefined();
      expect(String(yml.inputs[name]!.default ?? ''), name).toBe(def);
    }
    for (const input of Object.values(yml.inputs)) expect(input.description.length).toBeGreaterThan(20);
    expect(Object.keys(yml.outputs).sort()).toEqual(['blocking', 'findings', 'not-inspected', 'report', 'sarif', 'waived']);
  });

  it('parses lists, sizes, booleans and approvers', () => {
    const r = readInputs(
      getter({
        token: 't',
        include: 'site/**\n# comment\n\n*.{csv,xlsx}\n',
        'fail-on': 'CRITICAL',
        'waiver-approvers': '@alice, my-org/privacy-team\nbob',
        'waiver-min-permission': 'admin',
        'allow-self-waiver': 'true',
        'max-file-size': '20MB',
        timeout: '30',
        'memory-limit': '2048',
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.inputs.include).toEqual(['site/**', '*.{csv,xlsx}']);
    expect(r.inputs.failOn).toBe('critical');
    expect(r.inputs.waiverApprovers).toEqual(['alice', 'my-org/privacy-team', 'bob']);
    expect(r.inputs.waiverMinPermission).toBe('admin');
    expect(r.inputs.allowSelfWaiver).toBe(true);
    expect(r.inputs.maxFileSize).toBe(20 * 1024 * 1024);
    expect(r.inputs.timeoutMs).toBe(30_000);
    expect(r.inputs.memoryLimitMb).toBe(2048);
    expect(splitList(' a \r\n\r\nb')).toEqual(['a', 'b']);
    expect(parseSize('512k')).toBe(512 * 1024);
    expect(parseSize('ten')).toBeUndefined();
    expect(parseSize('0')).toBeUndefined();
  });

  it('reads mode merge with its reports, and refuses inputs that belong to the other mode', () => {
    const ok = readInputs(getter({ token: 't', mode: 'Merge', reports: 'reports\n# shards\nmore/*.json' }));
    expect(ok.ok && [ok.inputs.mode, ok.inputs.reports]).toEqual(['merge', ['reports', 'more/*.json']]);
    const errors = (values: Partial<Record<InputName, string>>) => {
      const r = readInputs(getter({ token: 't', ...values }));
      return r.ok ? [] : r.errors;
    };
    expect(errors({ mode: 'merge' })).toEqual([expect.stringMatching(/^mode merge needs reports/)]);
    expect(errors({ mode: 'merge', reports: 'r', shard: '1/2' })).toEqual([expect.stringMatching(/^shard applies to the scanning jobs/)]);
    expect(errors({ reports: 'r' })).toEqual(['reports applies to mode merge only']);
    expect(errors({ mode: 'combine' })).toEqual(['mode must be scan or merge']);
  });

  it('rejects bad values with plain messages', () => {
    const r = readInputs(
      getter({
        token: '',
        'fail-on': 'loud',
        'waiver-min-permission': 'owner',
        'allow-self-waiver': 'maybe',
        'max-file-size': 'big',
        'waiver-approvers': 'a b/c/d',
        timeout: '0',
        'memory-limit': 'lots',
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.join('\n')).toMatch(/fail-on/);
    expect(r.errors.join('\n')).toMatch(/waiver-min-permission/);
    expect(r.errors.join('\n')).toMatch(/allow-self-waiver/);
    expect(r.errors.join('\n')).toMatch(/max-file-size/);
    expect(r.errors.join('\n')).toMatch(/timeout/);
    expect(r.errors.join('\n')).toMatch(/memory-limit/);
    expect(r.errors.join('\n')).toMatch(/waiver-approvers/);
    expect(r.errors.join('\n')).toMatch(/token/);
  });
});

describe('config file', () => {
  it('is the defaults when empty', () => {
    expect(parseActionConfig('')).toEqual({ ok: true, config: DEFAULT_ACTION_CONFIG });
    expect(parseActionConfig('# nothing\n')).toEqual({ ok: true, config: DEFAULT_ACTION_CONFIG });
  });

  it('reads every section', () => {
    const r = parseActionConfig(`
allowlist:
  - path: "research/aggregates/**"
    reason: Published aggregates
severity:
  person-record.names-only: warning
header-synonyms:
  a-number: [expediente]
custom-recognizers:
  - id: local-case
    pattern: "LC-[0-9]{7}"
    headers: [local case]
    kind: subject-id
accepted-findings:
  - fingerprint: 3F9C0A1B2C3D4E5F60718293
    reason: Consent on file
    approver: privacy-lead
    expires: 2027-01-31
`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.allowlist).toEqual([{ path: 'research/aggregates/**', reason: 'Published aggregates' }]);
    expect(r.config.acceptedFindings).toEqual([
      { fingerprint: '3f9c0a1b2c3d4e5f60718293', reason: 'Consent on file', approver: 'privacy-lead', expires: '2027-01-31' },
    ]);
    expect(detectOptionsFrom(r.config)).toEqual({
      severityOverrides: { 'person-record.names-only': 'warning' },
      headerSynonyms: { 'a-number': ['expediente'] },
      customRecognizers: [{ id: 'local-case', pattern: 'LC-[0-9]{7}', headers: ['local case'], kind: 'subject-id' }],
    });
    expect(acceptanceActive(r.config.acceptedFindings[0]!, '2027-01-31')).toBe(true);
    expect(acceptanceActive(r.config.acceptedFindings[0]!, '2027-02-01')).toBe(false);
  });

  it('rejects what it cannot trust, naming fields only', () => {
    const r = parseActionConfig(`
allowlist:
  - path: "x/**"
severity:
  no.such-rule: high
  custom: loud
custom-recognizers:
  - id: bad
    pattern: "([a-z"
accepted-findings:
  - fingerprint: "Marisol Quispe"
    reason: r
    approver: a
    expires: soon
gate: off
`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const text = r.errors.join('\n');
    expect(text).toMatch(/allowlist\[0\]\.reason/);
    expect(text).toMatch(/unknown rule/);
    expect(text).toMatch(/severity\.custom/);
    expect(text).toMatch(/pattern is not a valid/);
    expect(text).toMatch(/fingerprint/);
    expect(text).toMatch(/expires/);
    expect(text).toMatch(/unknown key 'gate'/);
    expect(text).not.toMatch(/Marisol/);
  });

  it('reports YAML syntax errors by position without quoting the text', () => {
    const r = parseActionConfig('allowlist: [\n  "Quispe, Marisol A012345678"\n  x: : :');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.join(' ')).not.toMatch(/Quispe|012345678/);
  });
});
