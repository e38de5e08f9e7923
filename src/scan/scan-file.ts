/**
 * One file, start to end, in the current thread: limits, format by content, the reader for it,
 * detection, and the one place where a failure becomes a `not-inspected` result. Partial
 * findings made before a failure are kept. No library message is ever passed on.
 */
import { lstat, readlink, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
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
import { PausableTimer, timerDelay } from './timers.js';
import { codeLoading, onCodeLoad } from '../readers/loading.js';
import { fileNameText } from '../readers/containers/archive/file-name.js';
import { shownFinding } from '../core/redact.js';
import { LFS_ADVICE, LFS_POINTER_MAX_BYTES, parseLfsPointer } from '../readers/lfs-pointer.js';

export interface ScanTarget {
  /** Path shown to people and used in fingerprints. */
  displayPath: string;
  /** Path on disk; or `data` for bytes in memory. */
  path?: string;
  data?: Uint8Array;
  /**
   * The folder a symbolic link at `path` may resolve into (the repository). A link is followed
   * to a file inside it; a link out of it, or to a folder, is not inspected. Without a root no
   * link is followed.
   */
  root?: string;
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

/**
 * The file's soft deadline, from the start of its scan. Its clock stops while reader code loads
 * (readers/loading.ts): loading is not the file's doing. The pool bounds that time.
 */
class SoftDeadline {
  /** Rejects with ReadError('timed-out') at the deadline. */
  readonly expired: Promise<never>;
  private readonly timer: PausableTimer;
  private readonly stopListening: () => void;

  constructor(ms: number) {
    let expire!: () => void;
    this.expired = new Promise<never>((_, reject) => {
      expire = () => reject(new ReadError('timed-out', 'stopped at the time limit; findings made before are kept'));
    });
    this.expired.catch(() => undefined);
    this.timer = new PausableTimer(ms, expire);
    if (codeLoading()) this.timer.pause();
    this.stopListening = onCodeLoad((loading) => (loading ? this.timer.pause() : this.timer.resume()));
  }

  /** Wait for `work`, but no longer than the deadline: then it is a ReadError('timed-out'). */
  async within(work: Promise<void>): Promise<void> {
    // A reader given up on may still fail later: that must not become an unhandled rejection.
    work.catch(() => undefined);
    await Promise.race([work, this.expired]);
  }

  clear(): void {
    this.timer.clear();
    this.stopListening();
  }
}

async function scanFileUntimed(target: ScanTarget, options: ScanOptions, parts: ScanParts): Promise<FileResult> {
  const deadline = new SoftDeadline(softDeadlineMs(options.limits.timeoutMs));
  try {
    return await scanFileWithin(target, options, parts, deadline);
  } finally {
    deadline.clear();
  }
}

async function scanFileWithin(target: ScanTarget, options: ScanOptions, parts: ScanParts, deadline: SoftDeadline): Promise<FileResult> {
  const base = { path: target.displayPath, findings: [] };
  let input: ReaderInput;
  try {
    if (target.data) {
      input = bufferInput(Buffer.from(target.data.buffer, target.data.byteOffset, target.data.byteLength), target.displayPath);
    } else if (target.path) {
      const info = await lstat(target.path);
      // A link is published as its target (site builds dereference links): scan the target when
      // it is a file inside the repository; anything else could hide records and is not inspected.
      if (info.isSymbolicLink()) {
        const link = await followLink(target.path, target.root);
        if ('reason' in link) return { ...base, status: 'not-inspected', reason: link.reason, detail: link.detail };
        if ('text' in link)
          return scanFileWithin({ displayPath: target.displayPath, data: Buffer.from(link.text, 'utf8') }, options, parts, deadline);
        return scanFileWithin({ displayPath: target.displayPath, path: link.path }, options, parts, deadline);
      }
      if (!info.isFile()) return { ...base, status: 'not-inspected', reason: 'read-error', detail: 'not a regular file' };
      if (info.size > options.limits.maxFileSize) {
        return {
          ...base,
          status: 'not-inspected',
          reason: 'too-large',
          bytes: info.size,
          detail: `${info.size} bytes; the limit is ${options.limits.maxFileSize}`,
        };
      }
      input = await fileInput(target.path, target.displayPath, info.size);
    } else {
      return { ...base, status: 'not-inspected', reason: 'internal-error' };
    }
  } catch {
    return { ...base, status: 'not-inspected', reason: 'read-error' };
  }
  if (input.size > options.limits.maxFileSize) {
    return {
      ...base,
      status: 'not-inspected',
      reason: 'too-large',
      bytes: input.size,
      detail: `${input.size} bytes; the limit is ${options.limits.maxFileSize}`,
    };
  }

  if (input.size <= LFS_POINTER_MAX_BYTES && parseLfsPointer(input.head)) {
    return {
      ...base,
      status: 'not-inspected',
      reason: 'stored-in-git-lfs',
      detail: LFS_ADVICE,
      bytes: input.size,
      findings: fileNameFindings(target.displayPath, options, parts),
    };
  }
  const format = sniffFormat(target.displayPath, input.head, input.size);
  const withFormat = { ...base, format, bytes: input.size };
  if (format === 'empty')
    return { ...withFormat, status: 'skipped', reason: 'empty', findings: fileNameFindings(target.displayPath, options, parts) };
  const skip = SKIPPED_FORMATS[format];
  if (skip) return { ...withFormat, status: 'skipped', reason: skip, findings: fileNameFindings(target.displayPath, options, parts) };
  if (ZIP_CONTAINERS.has(format)) {
    try {
      await checkZipContainer(await input.buffer(), options.limits, format);
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
    await deadline.within(reader(input, analyzer, readerContext(options.limits, parts.readerFor)));
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

type FollowedLink = { path: string } | { text: string } | { reason: 'link-out-of-repository' | 'link-to-folder'; detail: string };

/** Where a symbolic link leads: a regular file inside `root`, its own text when it leads nowhere, or why it is not followed. */
export async function followLink(path: string, root: string | undefined): Promise<FollowedLink> {
  const out = {
    reason: 'link-out-of-repository',
    detail: 'a link out of the repository publishes a file the gate does not check: replace the link with the file, or remove it',
  } as const;
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    // A dangling link publishes nothing but its own text.
    return { text: await readlink(path) };
  }
  if (!root) return out;
  const rel = relative(await realpath(root).catch(() => root), real);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return out;
  const info = await stat(real);
  if (info.isDirectory())
    return {
      reason: 'link-to-folder',
      detail: 'a link to a folder publishes every file in it: scan the folder itself, or replace the link',
    };
  if (!info.isFile()) return out;
  return { path: real };
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
