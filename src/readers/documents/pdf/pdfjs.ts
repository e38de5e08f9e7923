/**
 * pdf.js, loaded once per thread on first use, configured for untrusted input: the worker
 * code runs in this thread (the scan worker is already the isolation boundary), no eval, no
 * font loading, no system fonts, no network, no console output.
 *
 * Loading the legacy build has two side effects this module undoes or hides:
 * - its core-js polyfills replace a few existing built-in methods (`Array.prototype.push`,
 *   `Function.prototype.toString`) for spec corner cases; the scan worker treats a changed
 *   built-in prototype as pollution, so the originals are put back (the new methods it adds
 *   for Node 20, such as `Promise.withResolvers`, stay: pdf.js needs them);
 * - it prints warnings while it loads (no canvas package): console.log is muted meanwhile.
 */
import { loadCode } from '../../loading.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= loadCode(importQuietly);
  return loading;
}

const GUARDED_PROTOTYPES: readonly object[] = [Object.prototype, Array.prototype, Function.prototype];

async function importQuietly(): Promise<PdfJs> {
  const saved = GUARDED_PROTOTYPES.map((proto) => ({ proto, descriptors: Object.getOwnPropertyDescriptors(proto) }));
  const log = console.log;
  console.log = () => undefined;
  try {
    // `eager` keeps pdf.js inside the one bundle file while still evaluating it only here.
    // `globalThis.pdfjsWorker` makes pdf.js run its worker code in-thread instead of
    // importing a worker file by path (which a bundle does not have).
    const worker = await import(/* webpackMode: "eager" */ 'pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return await import(/* webpackMode: "eager" */ 'pdfjs-dist/legacy/build/pdf.mjs');
  } finally {
    console.log = log;
    for (const { proto, descriptors } of saved) restoreOwnProperties(proto, descriptors);
  }
}

function restoreOwnProperties(proto: object, before: PropertyDescriptorMap): void {
  for (const key of Reflect.ownKeys(proto)) {
    if (!Object.prototype.hasOwnProperty.call(before, key)) Reflect.deleteProperty(proto, key);
  }
  for (const key of Reflect.ownKeys(before)) {
    const was = before[key as keyof PropertyDescriptorMap]!;
    const now = Object.getOwnPropertyDescriptor(proto, key);
    if (!now || now.value !== was.value || now.get !== was.get || now.set !== was.set) Object.defineProperty(proto, key, was);
  }
}

export function documentParams(data: Uint8Array) {
  return {
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  };
}
