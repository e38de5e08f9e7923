/**
 * Which programming language a file is written in, by its extension, or by its content when
 * the name says nothing (a shebang, `<?php`, a minified bundle, lines that read as code).
 * Sniffing uses this so that source code is never taken for delimited text.
 */
import type { Language } from './tokenize.js';

const BY_EXTENSION: Record<string, Language> = {
  js: 'js',
  mjs: 'js',
  cjs: 'js',
  jsx: 'js',
  ts: 'ts',
  mts: 'ts',
  cts: 'ts',
  tsx: 'js',
  py: 'py',
  pyw: 'py',
  r: 'r',
  rhistory: 'r',
  rprofile: 'r',
  rb: 'rb',
  rake: 'rb',
  php: 'php',
  sql: 'sql',
  sh: 'sh',
  bash: 'sh',
  zsh: 'sh',
  ksh: 'sh',
};

/** Extensions whose files may hold JSX. */
const JSX_EXTENSIONS = new Set(['js', 'mjs', 'cjs', 'jsx', 'tsx']);

export interface CodeKind {
  language: Language;
  jsx: boolean;
}

/** The language a file name says, if any (`.Rhistory` and friends count). */
export function languageByName(name: string): CodeKind | undefined {
  const base = (name.split(/[\\/]/).pop() ?? name).toLowerCase();
  const dot = base.lastIndexOf('.');
  // `.Rhistory`, `.Rprofile`: the whole name is the extension; `x.Rhistory (conflicted copy)` too.
  const ext = dot >= 0 ? base.slice(dot + 1).replace(/\s*\(.*$/, '') : '';
  const language = Object.hasOwn(BY_EXTENSION, ext) ? BY_EXTENSION[ext] : undefined;
  return language ? { language, jsx: JSX_EXTENSIONS.has(ext) } : undefined;
}

const SHEBANG: Array<[RegExp, Language]> = [
  [/^#!.*\b(?:node|deno|bun)\b/, 'js'],
  [/^#!.*\bpython[0-9.]*\b/, 'py'],
  [/^#!.*\bRscript\b/, 'r'],
  [/^#!.*\bruby\b/, 'rb'],
  [/^#!.*\bphp\b/, 'php'],
  [/^#!.*\b(?:ba|z|k|da)?sh\b/, 'sh'],
];

/** Lines that only code has (keywords, assignments, calls, braces), per language family. */
const CODE_LINE = [
  /^\s*(?:import|export|from|const|let|var|function|class|def|async|return|if|elif|else|for|while|switch|try|catch|except|raise|throw|library|require|source|module|package|use|fn|pub|#include|using|namespace|interface|type|enum|lambda|with|yield|await)\b[^,]*$/,
  /^\s*[\w.$[\]'"]+\s*(?:<-|<<-|=|\+=|-=|:=)\s*\S/,
  /=>|<-|\)\s*\{|\{\s*$|^\s*[}\])]+[;,)]*\s*$|\)\s*;\s*$/,
  /^\s*[\w.$]+(?:\.[\w$]+)*\(.*\)\s*;?\s*$/,
];
const COMMENT_LINE = /^\s*(?:#(?!!)|\/\/|\/\*|\*|--|<!--)/;

/**
 * The language of a text that names none, or undefined when it is not code. Conservative: a
 * shebang, a PHP opening tag, a minified bundle, or at least five lines of which most read as
 * code (comment lines are not counted either way).
 */
export function languageByContent(text: string): CodeKind | undefined {
  const t = text.replace(/^\ufeff/, '');
  const first = t.slice(0, 200).split('\n', 1)[0]!;
  for (const [re, language] of SHEBANG) if (re.test(first)) return { language, jsx: false };
  if (/^\s*<\?php\b/.test(t)) return { language: 'php', jsx: false };
  // Minified JavaScript: a bundle's usual openings, or a very long line dense with code punctuation.
  if (
    /^\s*(?:!function\s*\(|\(function\s*\(|\(\(\)\s*=>|"use strict";|'use strict';|\(self\.webpackChunk|self\.__next_f|var [\w$]+=|window\.[\w$]+\s*=)/.test(
      t,
    )
  )
    return { language: 'js', jsx: false };
  const lines = t.split('\n', 120).map((l) => l.replace(/\r$/, ''));
  let code = 0;
  let counted = 0;
  let arrows = 0;
  for (const line of lines) {
    if (!line.trim() || COMMENT_LINE.test(line)) continue;
    counted++;
    if (CODE_LINE.some((re) => re.test(line))) code++;
    if (/<-/.test(line)) arrows++;
  }
  if (code < 5 || code * 10 < counted * 6) return undefined;
  return { language: arrows * 4 >= code ? 'r' : /^\s*(?:def |import \w+$|from \w+ import)/m.test(t) ? 'py' : 'js', jsx: false };
}
