import { describe, expect, it } from 'vitest';
import { builtinsIntact, builtinsSnapshot } from '../../../../src/scan/worker-entry.js';
import { readPdf } from '../../../../src/readers/documents/pdf/index.js';
import { makePdf, prosePage } from './make-pdf.js';
import { readBuffer, recordingSink } from './recording-sink.js';

describe('loading pdf.js in a scan worker', () => {
  it('leaves the built-in prototypes the worker guards as they were (its polyfills replace push)', async () => {
    const before = builtinsSnapshot();
    const functionToString = Function.prototype.toString;
    await readBuffer(readPdf, makePdf([prosePage(['Quarterly statistics'])]), 'a.pdf', recordingSink());
    expect(builtinsIntact(before)).toBe(true);
    expect(Function.prototype.toString).toBe(functionToString);
    // What pdf.js needs on Node 20 stays available.
    expect(typeof (Promise as unknown as { withResolvers?: unknown }).withResolvers).toBe('function');
  });
});
