/**
 * A path as words, so that detection can read it as text: `cases/Garcia_Jose_A012345678.pdf`
 * → `cases Garcia Jose A012345678 pdf`. The separators people use in file names (slashes,
 * underscores, hyphens, dots) become spaces; the words themselves are kept as they are.
 */
export function fileNameText(path: string): string {
  return path
    .split(/[/\\_.\-\s]+/)
    .filter((w) => w.length > 0)
    .join(' ');
}
