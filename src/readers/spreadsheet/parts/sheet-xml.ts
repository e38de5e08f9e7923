/**
 * What the worksheet XML holds besides cells, read from the raw part without parsing the cells
 * a second time: hidden rows and columns (byte search for `hidden=` attributes, so SheetJS can
 * skip its costly style pass), and the tail after <sheetData> (data validation lists and their
 * messages, headers and footers).
 */
import { attribute, parseRelationships, parseXml, relsPathOf, resolveTarget, textCollector } from '../xml.js';
import type { SheetRef } from '../sheets.js';

const MAX_COLUMN = 16_383;

/** Sheet name → worksheet part path, through the workbook's relationships. */
export function sheetPartPaths(files: ReadonlyMap<string, Uint8Array>, sheets: readonly SheetRef[]): Map<SheetRef, string> {
  const out = new Map<SheetRef, string>();
  const workbook = workbookPartPath(files);
  if (!workbook) return out;
  const rels = new Map(parseRelationships(files.get(relsPathOf(workbook))).map((r) => [r.id, r]));
  for (const sheet of sheets) {
    const rel = sheet.relId ? rels.get(sheet.relId) : undefined;
    if (rel && !rel.external) out.set(sheet, resolveTarget(workbook, rel.target));
  }
  return out;
}

export function workbookPartPath(files: ReadonlyMap<string, Uint8Array>): string | undefined {
  const root = parseRelationships(files.get('_rels/.rels')).find((r) => /\/officeDocument$/.test(r.type));
  if (root) return resolveTarget('', root.target);
  return files.has('xl/workbook.xml') ? 'xl/workbook.xml' : undefined;
}

export interface SheetLayout {
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
}

const HIDDEN = Buffer.from('hidden=');
const LT = 0x3c;

/** 0-based hidden row and column indexes of a worksheet part. */
export function sheetLayout(part: Uint8Array): SheetLayout {
  const buf = Buffer.from(part.buffer, part.byteOffset, part.byteLength);
  const layout: SheetLayout = { hiddenRows: new Set(), hiddenColumns: new Set() };
  let implicitRows: number[] | undefined;
  for (let at = buf.indexOf(HIDDEN); at >= 0; at = buf.indexOf(HIDDEN, at + HIDDEN.length)) {
    if (!isTrue(buf, at + HIDDEN.length)) continue;
    const start = buf.lastIndexOf(LT, at);
    if (start < 0) continue;
    const end = buf.indexOf(0x3e, at);
    const tag = buf.toString('utf8', start, end < 0 ? at + 16 : end + 1);
    const name = /^<(?:[\w.-]+:)?(row|col)\b/.exec(tag)?.[1];
    if (name === 'col') {
      const min = Number(/\bmin=["'](\d+)/.exec(tag)?.[1] ?? 0);
      const max = Math.min(Number(/\bmax=["'](\d+)/.exec(tag)?.[1] ?? min), MAX_COLUMN + 1);
      for (let c = Math.max(1, min); c <= max; c++) layout.hiddenColumns.add(c - 1);
    } else if (name === 'row') {
      const r = /\br=["'](\d+)/.exec(tag)?.[1];
      if (r) layout.hiddenRows.add(Number(r) - 1);
      else {
        implicitRows ??= rowStarts(buf);
        const index = implicitRows.findIndex((p) => p === start);
        if (index >= 0) layout.hiddenRows.add(index);
      }
    }
  }
  return layout;
}

function isTrue(buf: Buffer, at: number): boolean {
  const quote = buf[at];
  if (quote !== 0x22 && quote !== 0x27) return false;
  const value = buf.toString('latin1', at + 1, at + 6);
  return value.startsWith('1') || value.toLowerCase().startsWith('true');
}

/** Offsets of every <row> start tag, for rows that carry no r= attribute. */
function rowStarts(buf: Buffer): number[] {
  const out: number[] = [];
  const text = buf.toString('latin1');
  const re = /<(?:[\w.-]+:)?row[\s/>]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}

export interface SheetTail {
  /** Items of list validations given inline ("a,b,c"), one array per validation. */
  validationLists: string[][];
  /** Prompt and error titles and messages of validations. */
  validationMessages: string[];
  /** Header and footer texts with their formatting codes removed. */
  headerFooter: string[];
}

const HEADER_FOOTER = new Set(['oddHeader', 'oddFooter', 'evenHeader', 'evenFooter', 'firstHeader', 'firstFooter']);
const VALIDATION_TEXT = ['promptTitle', 'prompt', 'errorTitle', 'error'];

/** Everything after </sheetData>: small, whatever the size of the sheet. */
export function sheetTail(part: Uint8Array): SheetTail {
  const buf = Buffer.from(part.buffer, part.byteOffset, part.byteLength);
  const tail: SheetTail = { validationLists: [], validationMessages: [], headerFooter: [] };
  const close = buf.lastIndexOf('sheetData');
  const from = close < 0 ? 0 : buf.indexOf(0x3e, close) + 1;
  if (from <= 0 && close >= 0) return tail;
  const text = buf.toString('utf8', from);
  if (!/dataValidation|Header|Footer/.test(text)) return tail;
  let inValidation = false;
  const formulas = textCollector(new Set(['formula1', 'f']), (name, value) => {
    if (!inValidation) return;
    const items = inlineList(value);
    if (items) tail.validationLists.push(items);
  });
  const headers = textCollector(HEADER_FOOTER, (_name, value) => {
    const clean = stripHeaderCodes(value);
    if (clean.trim()) tail.headerFooter.push(clean);
  });
  parseXml(`<tail>${text}`, {
    open(name, attributes) {
      if (name === 'dataValidation') {
        inValidation = true;
        for (const key of VALIDATION_TEXT) {
          const value = attribute(attributes, key);
          if (value?.trim()) tail.validationMessages.push(value);
        }
      }
      formulas.open!(name, attributes);
      headers.open!(name, attributes);
    },
    text(t) {
      formulas.text!(t);
      headers.text!(t);
    },
    close(name) {
      formulas.close!(name);
      headers.close!(name);
      if (name === 'dataValidation') inValidation = false;
    },
  });
  return tail;
}

/** `"a,b,c"` → ['a','b','c']; a reference or formula → undefined (its cells are read anyway). */
export function inlineList(formula: string): string[] | undefined {
  const f = formula.trim();
  if (f.length < 2 || !f.startsWith('"') || !f.endsWith('"')) return undefined;
  return f
    .slice(1, -1)
    .replace(/""/g, '"')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Header/footer codes: &L &C &R &P &N &D &T &F &A &Z &G, &"font,style", &12 (size), &&. */
export function stripHeaderCodes(text: string): string {
  return text
    .replace(/&"[^"]*"/g, ' ')
    .replace(/&K[0-9A-Fa-f]{6}/g, ' ')
    .replace(/&\d+/g, ' ')
    .replace(/&([LCRPNDTFAZGBIUSEXYK])/g, ' ')
    .replace(/&&/g, '&')
    .replace(/[ \t]+/g, ' ')
    .trim();
}
