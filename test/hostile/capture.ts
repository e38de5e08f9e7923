/** Capturing what this process prints, and recognising a stack trace in text. */

/**
 * Run `work` with everything written to this process's stdout and stderr captured, not shown.
 * `settleMs` waits for late output of workers before looking.
 */
export async function captureOutput<T>(work: () => Promise<T>, settleMs = 200): Promise<{ value: T; stdout: string; stderr: string }> {
  const out = process.stdout.write;
  const err = process.stderr.write;
  // The test runner routes console.* itself, around process.stdout: capture those too.
  const consoleMethods = { log: console.log, info: console.info, debug: console.debug, warn: console.warn, error: console.error };
  let stdout = '';
  let stderr = '';
  const toOut = (...args: unknown[]) => void (stdout += `${args.map(String).join(' ')}\n`);
  const toErr = (...args: unknown[]) => void (stderr += `${args.map(String).join(' ')}\n`);
  Object.assign(console, { log: toOut, info: toOut, debug: toOut, warn: toErr, error: toErr });
  process.stdout.write = ((chunk: unknown) => {
    stdout += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: unknown) => {
    stderr += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  try {
    const value = await work();
    if (settleMs > 0) await new Promise((r) => setTimeout(r, settleMs));
    return { value, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    Object.assign(console, consoleMethods);
  }
}

/** A V8 stack frame line ("    at fn (file:1:2)") or a Node error banner. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at\s+\S/m.test(text) || /\b(TypeError|RangeError|SyntaxError|ReferenceError):/.test(text) || /node:internal/.test(text);
}
