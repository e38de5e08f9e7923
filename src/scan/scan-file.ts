/**
 * One file, start to end, in the current thread: limits, format by content, the reader for it,
 * detection, and the one place where a failure becomes a `not-inspected` result. Partial
 * findings made before a failure are kept. No library message is ever passed on.
 */
import { lstat, readlink } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { FileResult, NotInspectedReason } from '../core/model.js';
import type { ScanOptions } from '../config/scan-options.js';
import { createAnalyzer, type Analyzer } from '../detect/analyzer.js';
import { readerFor } from '../readers/index.js';
import { SKIPPED_FORMATS, sniffFormat, type Format } from '../readers/sniff.js';
import { isReadError, ReadError, type Reader, type ReaderInput } from '../readers/types.js';
import { bufferInput, fileInput } from './input.js';
import { checkZipContainer, ZIP_CONTAINERS } from './container-limits.js';
import { noReaderDetail, readerContext } from './read-nested.js';
import { timerDelay } from './timers.js';
import { fileNameText } from '../readers/containers/archive/file-name.js';
import { shownFinding } from '../core/redact.js';

export interface ScanTarget {
  /** Path shown to people and used in fingerprints. */
  displayPath: string;
  /** Path on disk; or `data` for bytes in memory. */
  path?: string;
  data?: Uint8Array;
}

/**
 * What scanFile builds on. Only tests pass their own (a reader that fails on purpose); nothing a
 * file or an input controls can reach this parameter.
 */
export interface ScanParts {
  readerFor(format: Format): Reader | undefined;
  createAnalyzer(path: string, options: ScanOptions['detect']): Analyzer;
}

const REAL_PARTS: ScanParts = { readerFor, createAnalyzer };

export async function scanFile(target: ScanTarget, options: ScanOptions, parts: ScanParts = REAL_PARTS): Promise<FileResult> {
  const started = performance.now();
  const result = await scanFileUntimed(target, options, parts);
  // Once, here, before the result leaves the worker: when the path or an archive entry name
  // carries an identifier, every finding's message, entry and fingerprint are redacted, so no
  // channel downstream (reports, annotations, check runs, accepted-finding lists) can repeat it.
  result.findings = result.findings.map((finding) => shownFinding(result, finding));
  result.ms = Math.round(performance.now() - started);
  return result;
}

/** A failure that is not a ReadError, named without reading its message. */
export function failureKind(error: unknown): NotInspectedReason {
  if (isReadError(error)) return error.kind;
  if (error instanceof RangeError && /call stack/i.test(String((error as Error).message))) return 'too-deep';
  return 'corrupt';
}

/**
 * When scanFile stops waiting for a reader: a little before the pool's hard time limit, so that
 * a reader stuck waiting (not a tight loop, which only the pool can stop) still leaves the
 * findings made so far in a `timed-out` result.
 */
export function softDeadlineMs(timeoutMs: number): number {
  const limit = timerDelay(timeoutMs);
  return Math.max(1, limit - Math.max(250, Math.min(5_000, Math.round(limit * 0.2))));
}

/** Wait for `work`, but no longer than `ms`: then it is a ReadError('timed-out'). */
async function within(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReadError('timed-out', 'stopped at the time limit; findings made before are kept')), Math.max(0, ms));
  });
  // A reader given up on may still fail later: that must not become an unhandled rejection.
  work.catch(() => undefined);
  try {
    await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

async function scanFileUntimed(target: ScanTarget, options: ScanOptions, parts: ScanParts): Promise<FileResult> {
  const stopAt = performance.now() + softDeadlineMs(options.limits.timeoutMs);
  const base = { path: target.displayPath, findings: [] };
  let input: ReaderInput;
  try {
    if (target.data) {
      input = bufferInput(Buffer.from(target.data.buffer, target.data.byteOffset, target.data.byteLength), target.displayPath);
    } else if (target.path) {
      const info = await lstat(target.path);
      // A link is never followed (it could point outside the tree, or at a device): what is
      // scanned is the link's own text, as git stores and the Action reads it.
      if (info.isSymbolicLink()) return scanFileUntimed({ displayPath: target.displayPath, data: Buffer.from(await readlink(target.path), 'utf8') }, options, parts);
      if (!info.isFile()) return { ...base, status: 'not-inspected', reason: 'read-error', detail: 'not a regular file' };
      if (info.size > options.limits.maxFileSize) {
        return { ...base, status: 'not-inspected', reason: 'too-large', bytes: info.size, detail: `${info.size} bytes; the limit is ${options.limits.maxFileSize}` };
      }
      input = await fileInput(target.path, target.displayPath, info.size);
    } else {
      return { ...base, status: 'not-inspected', reason: 'internal-error' };
    }
  } catch {
    return { ...base, status: 'not-inspected', reason: 'read-error' };
  }
  if (input.size > options.limits.maxFileSize) {
    return { ...base, status: 'not-inspected', reason: 'too-large', bytes: input.size, detail: `${input.size} bytes; the limit is ${options.limits.maxFileSize}` };
  }

  const format = sniffFormat(target.displayPath, input.head, input.size);
  const withFormat = { ...base, format, bytes: input.size };
  if (format === 'empty') return { ...withFormat, status: 'skipped', reason: 'empty', findings: fileNameFindings(target.displayPath, options, parts) };
  const skip = SKIPPED_FORMATS[format];
  if (skip) return { ...withFormat, status: 'skipped', reason: skip, findings: fileNameFindings(target.displayPath, options, parts) };
  if (ZIP_CONTAINERS.has(format)) {
    try {
      await checkZipContainer(await input.buffer(), options.limits);
    } catch (error) {
      return { ...withFormat, status: 'not-inspected', reason: failureKind(error), detail: isReadError(error) ? error.detail : undefined };
    }
  }
  const reader = parts.readerFor(format);
  if (!reader) return { ...withFormat, status: 'not-inspected', reason: 'unsupported-format', detail: noReaderDetail(format) };

  let analyzer: Analyzer;
  try {
    analyzer = parts.createAnalyzer(target.displayPath, options.detect);
  } catch {
    return { ...withFormat, status: 'not-inspected', reason: 'internal-error' };
  }
  let failure: NotInspectedReason | undefined;
  let detail: string | undefined;
  try {
    pushFileName(analyzer, target.displayPath);
    await within(reader(input, analyzer, readerContext(options.limits, parts.readerFor)), stopAt - performance.now());
  } catch (error) {
    failure = failureKind(error);
    if (isReadError(error)) detail = error.detail;
  }
  let findings;
  try {
    findings = analyzer.finish();
  } catch {
    return { ...withFormat, status: 'not-inspected', reason: 'internal-error' };
  }
  if (failure) return { ...withFormat, status: 'not-inspected', reason: failure, detail, findings };
  return { ...withFormat, status: 'scanned', findings };
}

/** The path itself can carry a name or an A-number: detection reads it as words (surface 'file-name'). */
function pushFileName(analyzer: Analyzer, displayPath: string): void {
  analyzer.prose(fileNameText(displayPath), { surface: 'file-name' });
}

/** Findings on the path alone, for files whose content is not read (images, empty files). */
function fileNameFindings(displayPath: string, options: ScanOptions, parts: ScanParts): FileResult['findings'] {
  try {
    const analyzer = parts.createAnalyzer(displayPath, options.detect);
    pushFileName(analyzer, displayPath);
    return analyzer.finish();
  } catch {
    return [];
  }
}
