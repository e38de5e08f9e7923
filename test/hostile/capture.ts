/** Capturing what this process prints, and recognising a stack trace in text. */

/** Run `work` with everything written to this process's stdout and stderr captured, not shown. */
export async function captureOutput<T>(work: () => Promise<T>): Promise<{ value: T; stdout: string; stderr: string }> {
  const out = process.stdout.write;
  const err = process.stderr.write;
  let stdout = '';
  let stderr = '';
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
    // Let any late output of a worker arrive before looking.
    await new Promise((r) => setTimeout(r, 200));
    return { value, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

/** A V8 stack frame line ("    at fn (file:1:2)") or a Node error banner. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at\s+\S/m.test(text) || /\b(TypeError|RangeError|SyntaxError|ReferenceError):/.test(text) || /node:internal/.test(text);
}
