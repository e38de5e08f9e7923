import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type ScanLimits } from '../../src/config/scan-options.js';
import { listZipEntries } from '../../src/readers/containers/zip.js';
import { checkZipContainer, worstCaseInflatedSize } from '../../src/scan/container-limits.js';
import { buildZip } from '../readers/spreadsheet/build-xlsx.js';

const limits = (over: Partial<ScanLimits>): ScanLimits => ({ ...DEFAULT_LIMITS, ...over });
const MiB = 1024 * 1024;
const zeros = (n: number) => Buffer.alloc(n, 0);

async function kindOf(buf: Buffer, l: ScanLimits): Promise<string | undefined> {
  try {
    await checkZipContainer(buf, l);
    return undefined;
  } catch (error) {
    return (error as { kind?: string }).kind;
  }
}

describe('zip container limits, checked before any reader inflates', () => {
  it('refuses a container whose declared sizes pass the limit', async () => {
    const honest = buildZip([{ name: 'a.csv', data: zeros(8 * MiB) }]);
    expect(await kindOf(honest, limits({ maxDecompressedSize: 4 * MiB }))).toBe('too-large-decompressed');
    expect(await kindOf(honest, limits({ maxDecompressedSize: 16 * MiB }))).toBeUndefined();
  });

  it('counts what a lying entry really inflates to when its compressed bytes could pass the limit', async () => {
    const lying = buildZip([{ name: 'a.csv', data: zeros(8 * MiB), declaredSize: 10 }]);
    const [entry] = listZipEntries(lying);
    // 8 MiB of zeros deflate to about 8 KiB, which could inflate past 4 MiB: it is counted.
    expect(worstCaseInflatedSize([entry!])).toBeGreaterThan(4 * MiB);
    expect(await kindOf(lying, limits({ maxDecompressedSize: 4 * MiB }))).toBe('too-large-decompressed');
  });

  it('adds up entries: many small lies make one large file', async () => {
    const parts = Array.from({ length: 6 }, (_, i) => ({ name: `p${i}.xml`, data: zeros(MiB), declaredSize: 1 }));
    expect(await kindOf(buildZip(parts), limits({ maxDecompressedSize: 4 * MiB }))).toBe('too-large-decompressed');
    expect(await kindOf(buildZip(parts), limits({ maxDecompressedSize: 8 * MiB }))).toBeUndefined();
  });

  it('refuses more entries than the limit', async () => {
    const parts = Array.from({ length: 12 }, (_, i) => ({ name: `f${i}.txt`, data: 'x' }));
    expect(await kindOf(buildZip(parts), limits({ maxArchiveEntries: 10 }))).toBe('too-many-entries');
  });

  it('names a zip cut short truncated', async () => {
    const whole = buildZip([{ name: 'a.csv', data: 'a,b\n1,2\n' }]);
    expect(await kindOf(whole.subarray(0, whole.length - 8), DEFAULT_LIMITS)).toBe('truncated');
  });

  it('leaves encrypted and broken entries to the reader to name', async () => {
    const zip = buildZip([{ name: 'secret.csv', data: zeros(MiB), encrypted: true, stored: true }]);
    expect(await kindOf(zip, limits({ maxDecompressedSize: 2 * MiB }))).toBeUndefined();
  });
});
