import { describe, expect, it } from 'vitest';
import { parseArgs, type ScanCommand } from '../../src/cli/args.js';
import { parseSize } from '../../src/config/size.js';

const DEFAULTS: ScanCommand = {
  command: 'scan',
  paths: ['site'],
  format: 'text',
  failOn: 'high',
  notInspectedBlocks: true,
  noColor: false,
  quiet: false,
};

describe('parseArgs: accepted command lines', () => {
  it.each<[string[], Partial<ScanCommand>]>([
    [['scan', 'site'], {}],
    [['scan', '--format', 'json', 'site'], { format: 'json' }],
    [['scan', '--format=sarif', 'site'], { format: 'sarif' }],
    [['scan', '-f', 'json', 'site'], { format: 'json' }],
    [['scan', 'site', '--output', 'out.sarif'], { output: 'out.sarif' }],
    [['scan', '-o', 'r.txt', 'site'], { output: 'r.txt' }],
    [['scan', '--output', '-', 'site'], {}],
    [['scan', '--fail-on', 'critical', 'site'], { failOn: 'critical' }],
    [['scan', '--fail-on=notice', 'site'], { failOn: 'notice' }],
    [['scan', '--not-inspected', 'warn', 'site'], { notInspectedBlocks: false }],
    [['scan', '--not-inspected', 'block', 'site'], { notInspectedBlocks: true }],
    [['scan', '--max-file-size', '100MB', 'site'], { maxFileSize: 100 * 1024 * 1024 }],
    [['scan', '--max-file-size', '5m', 'site'], { maxFileSize: 5 * 1024 * 1024 }],
    [['scan', '--max-file-size', '2048', 'site'], { maxFileSize: 2048 }],
    [['scan', '--timeout', '30', 'site'], { timeoutMs: 30_000 }],
    [['scan', '--timeout', '0.5', 'site'], { timeoutMs: 500 }],
    [['scan', '--memory-limit', '512', 'site'], { memoryLimitMb: 512 }],
    [['scan', '--concurrency', '2', 'site'], { concurrency: 2 }],
    [['scan', '--config', 'gate.yml', 'site'], { config: 'gate.yml' }],
    [['scan', '--no-color', '--quiet', 'site'], { noColor: true, quiet: true }],
    [['scan', '-q', 'site'], { quiet: true }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual({ ...DEFAULTS, ...expected });
  });

  it('takes many paths, and everything after -- as a path', () => {
    expect(parseArgs(['scan', 'a', 'b', '--', '--format', '-x.csv'])).toEqual({ ...DEFAULTS, paths: ['a', 'b', '--format', '-x.csv'] });
  });

  it.each([[['--help']], [['-h']], [['scan', '--help']], [['scan', 'site', '-h']], [['help']]])('%j asks for help', (argv) => {
    expect(parseArgs(argv)).toEqual({ command: 'help' });
  });

  it.each([[['--version']], [['-V']], [['version']], [['scan', '--version']]])('%j asks for the version', (argv) => {
    expect(parseArgs(argv)).toEqual({ command: 'version' });
  });
});

describe('parseArgs: usage errors', () => {
  it.each<[string[], RegExp]>([
    [[], /no command/],
    [['site'], /unknown command 'site'/],
    [['scan'], /no PATH/],
    [['scan', '--format', 'xml', 'site'], /--format must be one of text, json, sarif/],
    [['scan', '--format'], /--format needs a value/],
    [['scan', '--format', '--quiet', 'site'], /--format needs a value/],
    [['scan', '--output'], /--output needs a value/],
    [['scan', '--output=', 'site'], /--output needs a file name/],
    [['scan', '--fail-on', 'severe', 'site'], /--fail-on must be one of notice, warning, high, critical/],
    [['scan', '--not-inspected', 'ignore', 'site'], /--not-inspected must be block or warn/],
    [['scan', '--max-file-size', 'lots', 'site'], /--max-file-size must be a size/],
    [['scan', '--max-file-size', '5 parsecs', 'site'], /--max-file-size must be a size/],
    [['scan', '--max-file-size', '0', 'site'], /--max-file-size must be a size/],
    [['scan', '--timeout', '-1', 'site'], /--timeout must be a number of seconds above 0.*got '-1'/],
    [['scan', '--timeout', '-0.5', 'site'], /--timeout must be a number of seconds above 0/],
    [['scan', '--concurrency', '-3', 'site'], /--concurrency must be a whole number/],
    [['scan', '--timeout', '0', 'site'], /--timeout must be a number of seconds/],
    [['scan', '--timeout', 'soon', 'site'], /--timeout must be a number of seconds/],
    [['scan', '--memory-limit', '1.5', 'site'], /--memory-limit must be a whole number/],
    [['scan', '--memory-limit', '8', 'site'], /from 16 to 65536/],
    [['scan', '--memory-limit', '100000', 'site'], /from 16 to 65536/],
    [['scan', '--timeout', '99999999999', 'site'], /at most 86400/],
    [['scan', '--concurrency', '0', 'site'], /--concurrency must be a whole number/],
    [['scan', '--concurrency', '1000', 'site'], /--concurrency must be a whole number from 1 to 256/],
    [['scan', '--bogus', 'site'], /unknown option '--bogus'/],
    [['scan', '-x', 'site'], /unknown option '-x'/],
    [['scan', '--quiet=yes', 'site'], /--quiet takes no value/],
  ])('%j', (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.command).toBe('usage-error');
    expect(parsed.command === 'usage-error' && parsed.message).toMatch(message);
  });

  it('shows a bad value escaped and bounded', () => {
    const parsed = parseArgs(['scan', '--format', `\u001b[31m${'x'.repeat(500)}\n::error::`, 'site']);
    expect(parsed.command).toBe('usage-error');
    const message = parsed.command === 'usage-error' ? parsed.message : '';
    expect(message).not.toMatch(/[\u0000-\u001f]/);
    expect(message.length).toBeLessThan(120);
  });
});

describe('parseSize', () => {
  it.each<[string, number | undefined]>([
    ['1', 1],
    ['2048', 2048],
    ['512b', 512],
    ['512k', 512 * 1024],
    ['512KB', 512 * 1024],
    ['5m', 5 * 1024 ** 2],
    ['100MB', 100 * 1024 ** 2],
    ['100 MiB', 100 * 1024 ** 2],
    ['1.5GB', 1.5 * 1024 ** 3],
    ['2g', 2 * 1024 ** 3],
    ['', undefined],
    ['MB', undefined],
    ['-5MB', undefined],
    ['5TB', undefined],
    ['0.1b', undefined],
    ['1e3', undefined],
  ])('%j → %s', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });
});
