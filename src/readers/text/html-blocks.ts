/**
 * HTML where each person is a block: `<div>`, `<li>`, `<article>` or `<section>` cards and
 * definition lists. The reader (html.ts) passes its parse events here; this collector finds, in
 * each block, its labelled fields:
 *   `<dt>Date of birth</dt><dd>...</dd>` pairs,
 *   a short element whose text is "Label: value" (`<p><b>DOB:</b> ...</p>`, `<li>A-Number: ...`),
 *   a short element labelled by its own attribute (`<span class="dob">`, `itemprop`, `data-label`),
 *   a heading (`<h3>`) inside the block, under the header "(heading)".
 * Repeated sibling blocks that carry two fields or more, with mostly the same labels, become one
 * 'records' table (the labels are its header, one block per row), so detection judges a name, a
 * birthdate and a claim inside one block as one record. A definition list whose labels repeat
 * (Name, DOB, Name, DOB, ...) is cut into one record per repeat. Everything stays prose too
 * (html.ts): this only adds tables.
 *
 * Bounded: open elements deeper than MAX_DEPTH are not followed, values are cut, and a parent
 * with very many record children hands them on in batches.
 */
import type { ContentSink } from '../types.js';
import { emitRecordsTable, HEADING_LABEL, LABEL, labelledText, MAX_VALUE, sharedLabels, type Field } from '../labelled-records.js';

/** Tags a record can be. */
const RECORD_TAGS = new Set(['div', 'li', 'article', 'section', 'dl', 'details', 'aside', 'p', 'tr', 'blockquote', 'figure']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements whose content is not page text. */
const OPAQUE = new Set(['script', 'style', 'template', 'noscript', 'table']);
const MAX_DEPTH = 256;
const MAX_FIELDS = 64;
const MAX_TEXT = 2000;
const MAX_BATCH = 5000;

interface Rec {
  key: string;
  fields: Field[];
}

interface Frame {
  tag: string;
  /** A label from the element's own attributes (class token, itemprop, data-label). */
  attrLabel?: string;
  classKey: string;
  text: string;
  fields: Field[];
  records: Rec[];
  pendingLabel?: string;
  /** Whether an element inside carried fields or records (the text is then not one value). */
  structured: boolean;
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function attributeLabel(attribs: Record<string, string>): string | undefined {
  const explicit = attribs['data-label'] ?? attribs['data-field'] ?? attribs.itemprop;
  if (explicit && LABEL.test(explicit.trim())) return explicit.trim();
  const token = (attribs.class ?? '').split(/\s+/).find((t) => /^[a-z][a-z_-]{1,29}$/i.test(t));
  return token;
}

export class BlockCollector {
  private readonly stack: Frame[] = [];
  private skipped = 0;
  private opaque = 0;

  constructor(
    private readonly sink: ContentSink,
    private readonly entry: string | undefined,
  ) {
    this.stack.push(this.frame('#root', {}));
  }

  private frame(tag: string, attribs: Record<string, string>): Frame {
    return {
      tag,
      attrLabel: attributeLabel(attribs),
      classKey: `${tag}.${attribs.class ?? ''}`,
      text: '',
      fields: [],
      records: [],
      structured: false,
    };
  }

  open(name: string, attribs: Record<string, string>): void {
    if (this.opaque > 0 || OPAQUE.has(name)) {
      if (OPAQUE.has(name)) this.opaque++;
      return;
    }
    if (this.stack.length >= MAX_DEPTH) {
      this.skipped++;
      return;
    }
    this.stack.push(this.frame(name, attribs));
    if (RECORD_TAGS.has(name) || HEADINGS.has(name) || name === 'br' || name === 'dt' || name === 'dd') this.addText(' ');
  }

  text(text: string): void {
    if (this.opaque > 0) return;
    this.addText(text);
  }

  private addText(text: string): void {
    const top = this.stack[this.stack.length - 1]!;
    if (top.text.length < MAX_TEXT) top.text += text;
  }

  close(name: string): void {
    if (OPAQUE.has(name) && this.opaque > 0) {
      this.opaque--;
      return;
    }
    if (this.opaque > 0) return;
    if (this.skipped > 0) {
      this.skipped--;
      return;
    }
    // Close up to the nearest open element of that name (a stray end tag closes nothing).
    let at = this.stack.length - 1;
    while (at > 0 && this.stack[at]!.tag !== name) at--;
    if (at === 0) return;
    while (this.stack.length > at) this.finish(this.stack.pop()!);
  }

  /** Close everything still open (end of the page). */
  end(): void {
    while (this.stack.length > 1) this.finish(this.stack.pop()!);
    this.emitGroups(this.stack[0]!.records);
    this.stack[0]!.records = [];
  }

  private finish(f: Frame): void {
    const parent = this.stack[this.stack.length - 1]!;
    const text = squash(f.text);
    if (parent.text.length < MAX_TEXT) parent.text += ` ${text} `;
    // Records inside: two or more are a list (emitted here); one is this block's own content.
    if (f.records.length >= 2) {
      this.emitGroups(f.records);
      parent.structured = true;
      parent.fields.push(...f.fields.slice(0, MAX_FIELDS - parent.fields.length));
      return;
    }
    if (f.records.length === 1) f.fields.unshift(...f.records[0]!.fields);
    f.records = [];
    if (f.tag === 'dl') f.fields = this.splitRepeats(f, parent);
    const own = this.ownField(f, text, parent);
    if (own) f.fields.push(own);
    if (RECORD_TAGS.has(f.tag) && f.fields.length >= 2) {
      parent.records.push({ key: f.classKey, fields: f.fields.slice(0, MAX_FIELDS) });
      parent.structured = true;
      if (parent.records.length >= MAX_BATCH) {
        this.emitGroups(parent.records);
        parent.records = [];
      }
      return;
    }
    if (f.fields.length) {
      parent.structured = true;
      for (const field of f.fields) if (parent.fields.length < MAX_FIELDS) parent.fields.push(field);
    }
  }

  /** The field an element is by itself: a dt/dd pair, "Label: value", a labelled leaf, a heading. */
  private ownField(f: Frame, text: string, parent: Frame): Field | undefined {
    if (!text) return undefined;
    const value = text.slice(0, MAX_VALUE);
    if (f.tag === 'dt') {
      parent.pendingLabel = text.replace(/[:：]\s*$/, '');
      return undefined;
    }
    if (f.tag === 'dd') {
      const label = parent.pendingLabel;
      parent.pendingLabel = undefined;
      return label ? { label, value } : undefined;
    }
    if (f.structured || f.fields.length) return undefined;
    if (HEADINGS.has(f.tag)) return text.length <= 120 ? { label: HEADING_LABEL, value } : undefined;
    const pair = labelledText(text);
    if (pair) return pair;
    if (f.attrLabel && text.length <= 200 && !RECORD_TAGS.has(f.tag)) return { label: f.attrLabel, value };
    return undefined;
  }

  /** A definition list whose labels repeat holds one record per repeat: those go to the parent. */
  private splitRepeats(f: Frame, parent: Frame): Field[] {
    const first = f.fields[0]?.label;
    if (!first || f.fields.filter((x) => x.label === first).length < 2) return f.fields;
    let current: Field[] = [];
    const records: Rec[] = [];
    for (const field of f.fields) {
      if (field.label === first && current.length) {
        records.push({ key: `${f.classKey}#`, fields: current });
        current = [];
      }
      current.push(field);
    }
    if (current.length) records.push({ key: `${f.classKey}#`, fields: current });
    this.emitGroups(records);
    parent.structured = true;
    return [];
  }

  /** Sibling records with the same tag and class and mostly the same labels: one table each. */
  private emitGroups(records: readonly Rec[]): void {
    const groups = new Map<string, Rec[]>();
    for (const r of records) {
      const list = groups.get(r.key);
      if (list) list.push(r);
      else groups.set(r.key, [r]);
    }
    for (const group of groups.values()) {
      if (group.length >= 2 && sharedLabels(group.map((r) => r.fields)))
        emitRecordsTable(
          this.sink,
          { surface: 'table', entry: this.entry },
          group.map((r) => r.fields),
        );
    }
  }
}
