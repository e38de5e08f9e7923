/**
 * XML, streamed through htmlparser2 in xmlMode (nothing fetched). Entities of an internal DTD
 * subset (SVG viewers expand them) are expanded first, within limits (dtd.ts); a subset the
 * reader meets too late to expand is refused, never skipped. An element whose children are all leaves is a record
 * (its attributes `@name`, its leaf children `child` and their attributes `child@name`);
 * records repeated under one parent with the same element name become a 'records' table
 * (rows numbered by their index among those siblings). Everything else — lone records, leaf
 * values beside structure, attributes of structural elements, comments, mixed text — is prose
 * with the source line of its element.
 *
 * An Excel 2003 XML workbook (SpreadsheetML: Workbook > Worksheet > Table > Row > Cell > Data)
 * is read as what it is: each worksheet a lettered grid named after the sheet, rows and
 * columns placed by their ss:Index, hidden rows flagged, cell comments as prose.
 *
 * Streaming: a group's first records are held until the header is clear (the union of their
 * keys); after that rows go straight out, and a record with a key the header lacks starts a
 * new table with the wider header.
 */
import { Parser } from 'htmlparser2';
import { decodeHead, decodeStream } from './encoding.js';
import { expandInternalEntities, hasInternalSubset } from './dtd.js';
import { readWholeText } from './json.js';
import { decompressionBudget } from '../containers/archive/budget.js';
import { LineTracker, ProseBuffer } from './html.js';
import { ReadError, type CellValue, type ContentSink, type Reader, type ReaderContext, type ReaderInput, type RowSink } from '../types.js';

/** SpreadsheetML / Office document properties that name a person. */
const AUTHOR_FIELDS = new Set(['Author', 'LastAuthor', 'Manager']);

/** Records of a group held before its table starts. */
const HEADER_SAMPLE = 1000;
/** Leaf children past which an element is a list, not a record. */
const MAX_RECORD_FIELDS = 500;

interface Field {
  key: string;
  value: string;
  line: number;
}

interface Frame {
  name: string;
  line: number;
  attributes: Field[];
  text: string[];
  /** Leaf children (name → text), in order. */
  leaves: Field[];
  /** Whether a child element has children of its own, or the leaves are too many for a record. */
  structural: boolean;
  hasChildren: boolean;
  groups: Map<string, RecordGroup>;
}

export const readXml: Reader = async (input, sink, context) => {
  const maxDepth = context.limits.maxNestingDepth;
  const lines = new LineTracker();
  const stack: Frame[] = [];
  let parser: Parser | undefined;
  let tooDeep = false;
  /** Inside a worksheet of an Excel 2003 XML workbook (SpreadsheetML): rows are a grid. */
  let sheet: SpreadsheetMlSheet | undefined;
  const lineNow = () => lines.lineAt(parser!.startIndex);
  const proseOf = (fields: readonly Field[]) => emitFields(sink, input.entry, fields);
  const { source, unused } = await expandedSource(input, context);
  let lateSubset = false;

  const closeFrame = (frame: Frame) => {
    const parent = stack[stack.length - 1];
    const text = frame.text.join('').trim();
    if (!frame.hasChildren && !text && frame.attributes.length > 0 && parent) {
      // <row id="1" name="..."/>: a record made of attributes.
      if (!parent.structural) markStructural(parent, proseOf);
      group(parent, frame.name, sink, input.entry).add(frame.attributes, frame.line);
      return;
    }
    if (
      !frame.hasChildren &&
      text &&
      parent &&
      localName(parent.name) === 'DocumentProperties' &&
      AUTHOR_FIELDS.has(localName(frame.name))
    ) {
      sink.observe({ kind: 'document-author', where: `DocumentProperties ${localName(frame.name)}`, entry: input.entry, value: text });
      return;
    }
    if (!frame.hasChildren) {
      // A leaf: its text (and attributes) belong to the parent, or are prose at the root.
      const own = [
        ...(text ? [{ key: frame.name, value: text, line: frame.line }] : []),
        ...frame.attributes.map((a) => ({ ...a, key: `${frame.name}${a.key}` })),
      ];
      if (parent) addLeaves(parent, own, proseOf);
      else proseOf(own);
      return;
    }
    if (!frame.structural && parent) {
      if (!parent.structural) markStructural(parent, proseOf);
      const fields = [...frame.attributes, ...frame.leaves];
      if (text) fields.push({ key: '#text', value: text, line: frame.line });
      group(parent, frame.name, sink, input.entry).add(fields, frame.line);
      return;
    }
    for (const g of frame.groups.values()) g.finish(proseOf);
    proseOf([
      ...frame.attributes.map((a) => ({ ...a, key: `${frame.name}${a.key}` })),
      ...frame.leaves,
      ...(text ? [{ key: frame.name, value: text, line: frame.line }] : []),
    ]);
  };

  parser = new Parser(
    {
      onopentag(name, attribs) {
        if (sheet) {
          lineNow(); // keeps the line tracker's window short
          sheet.open(name, attribs);
          return;
        }
        if (localName(name) === 'Worksheet' && stack.length > 0 && localName(stack[0]!.name) === 'Workbook') {
          sheet = new SpreadsheetMlSheet(sink, input.entry, attribute(attribs, 'Name'), proseOf);
          return;
        }
        if (stack.length >= maxDepth) {
          tooDeep = true;
          parser!.pause();
          return;
        }
        const line = lineNow();
        const parent = stack[stack.length - 1];
        if (parent) {
          parent.hasChildren = true;
          // The parent's parent now holds a child with children: it is structure, not a record.
          const grand = stack[stack.length - 2];
          if (grand && !grand.structural) markStructural(grand, proseOf);
        }
        stack.push({
          name,
          line,
          attributes: Object.entries(attribs)
            .filter(([, v]) => v.trim())
            .map(([k, v]) => ({ key: `@${k}`, value: v, line })),
          text: [],
          leaves: [],
          structural: false,
          hasChildren: false,
          groups: new Map(),
        });
      },
      onclosetag(name) {
        if (sheet) {
          if (!sheet.close(name)) return;
          sheet = undefined;
          return;
        }
        const frame = stack.pop();
        if (frame) closeFrame(frame);
      },
      ontext(text) {
        if (sheet) {
          sheet.text(text, lineNow());
          return;
        }
        const frame = stack[stack.length - 1];
        // Indentation between children is not content (and would pile up under a long list).
        if (frame && frame.hasChildren && !text.trim()) return;
        if (frame) frame.text.push(text);
        else if (text.trim()) proseOf([{ key: '', value: text.trim(), line: lineNow() }]);
      },
      oncomment(text) {
        if (text.trim()) proseOf([{ key: '', value: text.trim(), line: lineNow() }]);
      },
      onprocessinginstruction(name, data) {
        // A DTD subset the expansion did not see (declarations the parser would drop).
        if (/^!(?:doctype|entity)$/i.test(name) && (/\[/.test(data) || /^!entity/i.test(name))) lateSubset = true;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );

  try {
    for await (const chunk of source) {
      lines.append(chunk);
      parser.write(chunk);
      if (tooDeep) break;
    }
    for (const e of unused) proseOf([{ key: '', value: e.value, line: e.line }]);
    if (!tooDeep) parser.end();
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError('corrupt', 'the XML could not be parsed');
  } finally {
    // Unclosed elements (a truncated file, or a stop at the depth limit) still hand on what they hold.
    sheet?.end();
    while (stack.length > 0) closeFrame(stack.pop()!);
  }
  if (tooDeep) throw new ReadError('too-deep', `XML nests deeper than ${maxDepth} levels`);
  if (lateSubset) throw new ReadError('unsupported-format', 'the XML declares entities in a DTD the reader could not expand');
};

/** Largest document an entity expansion may produce (also counted against the decompressed-size budget). */
const MAX_EXPANDED_CHARS = 32 * 1024 * 1024;

/** The text to parse: as streamed, or, with an internal DTD subset, the whole text expanded. */
async function expandedSource(
  input: ReaderInput,
  context: ReaderContext,
): Promise<{ source: AsyncIterable<string> | string[]; unused: Array<{ value: string; line: number }> }> {
  if (!hasInternalSubset(decodeHead(input.head))) return { source: decodeStream(input), unused: [] };
  const whole = await readWholeText(input);
  const budget = decompressionBudget(context);
  const expanded = expandInternalEntities(whole, Math.min(MAX_EXPANDED_CHARS, whole.length + budget.remaining()));
  if (!expanded) return { source: [whole], unused: [] };
  budget.spend(Math.max(0, expanded.text.length - whole.length));
  return { source: [expanded.text], unused: expanded.unused };
}

function addLeaves(parent: Frame, fields: readonly Field[], prose: (fields: readonly Field[]) => void): void {
  if (parent.structural) {
    prose(fields);
    return;
  }
  parent.leaves.push(...fields);
  if (parent.leaves.length > MAX_RECORD_FIELDS) markStructural(parent, prose);
}

/** An element found to be structure: its held leaf values become prose now. */
function markStructural(frame: Frame, prose: (fields: readonly Field[]) => void): void {
  frame.structural = true;
  prose(frame.leaves);
  frame.leaves = [];
}

function group(parent: Frame, name: string, sink: ContentSink, entry: string | undefined): RecordGroup {
  let g = parent.groups.get(name);
  if (!g) {
    g = new RecordGroup(sink, entry);
    parent.groups.set(name, g);
  }
  return g;
}

/** Same-named sibling records: a table once there are two, prose if there is only one. */
class RecordGroup {
  private held: Array<{ fields: Field[]; line: number }> = [];
  private table: RowSink | undefined;
  private header: string[] = [];
  private index = new Map<string, number>();
  private count = 0;
  constructor(
    private readonly sink: ContentSink,
    private readonly entry: string | undefined,
  ) {}

  add(fields: Field[], line: number): void {
    if (!this.table) {
      this.held.push({ fields, line });
      if (this.held.length >= HEADER_SAMPLE) this.open();
      return;
    }
    if (fields.some((f) => !this.index.has(f.key))) {
      this.table.end();
      this.table = undefined;
      this.held = [{ fields, line }];
      this.open();
      return;
    }
    this.row(fields);
  }

  finish(prose: (fields: readonly Field[]) => void): void {
    if (!this.table && this.held.length === 1 && this.count === 0) prose(this.held[0]!.fields);
    else if (!this.table && this.held.length > 0) this.open();
    this.table?.end();
    this.table = undefined;
  }

  private open(): void {
    for (const { fields } of this.held) {
      for (const f of fields) {
        if (!this.index.has(f.key)) {
          this.index.set(f.key, this.header.length);
          this.header.push(f.key);
        }
      }
    }
    this.table = this.sink.beginTable({ surface: 'cells', shape: 'records', header: [...this.header], lettered: false, entry: this.entry });
    for (const { fields } of this.held) this.row(fields);
    this.held = [];
  }

  private row(fields: readonly Field[]): void {
    const cells = new Array<CellValue>(this.header.length);
    for (const f of fields) {
      const i = this.index.get(f.key)!;
      // A repeated child name in one record: values joined, like a multi-valued cell.
      cells[i] = cells[i] === undefined ? f.value : `${String(cells[i])}; ${f.value}`;
    }
    this.table!.row(++this.count, cells);
  }
}

/** Fields as prose, one `key: value` per source line (same-line fields side by side). */
function emitFields(sink: ContentSink, entry: string | undefined, fields: readonly Field[]): void {
  if (fields.length === 0) return;
  const prose = new ProseBuffer(sink, entry);
  for (const f of [...fields].sort((a, b) => a.line - b.line)) prose.add(f.key ? `${f.key}: ${f.value}` : f.value, f.line);
  prose.flush();
}

function localName(name: string): string {
  const colon = name.lastIndexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by its local name (`ss:Index` and `Index` alike). */
function attribute(attribs: Record<string, string>, local: string): string | undefined {
  for (const [k, v] of Object.entries(attribs)) if (localName(k) === local) return v;
  return undefined;
}

/** One SpreadsheetML worksheet, from its <Worksheet> open tag to its close. */
class SpreadsheetMlSheet {
  private table: RowSink | undefined;
  private depth = 1;
  private rowNumber = 0;
  private column = 0;
  private cells: CellValue[] | undefined;
  private hidden = false;
  private cellText: string[] | undefined;
  private inData = false;
  private inComment = 0;
  private mergeAcross = 0;
  constructor(
    private readonly sink: ContentSink,
    private readonly entry: string | undefined,
    private readonly name: string | undefined,
    private readonly prose: (fields: readonly Field[]) => void,
  ) {}

  open(tag: string, attribs: Record<string, string>): void {
    this.depth++;
    const local = localName(tag);
    if (local === 'Comment') this.inComment++;
    else if (this.inComment > 0) return;
    else if (local === 'Row') {
      this.endRow();
      const index = Number(attribute(attribs, 'Index'));
      this.rowNumber = Number.isInteger(index) && index > this.rowNumber ? index : this.rowNumber + 1;
      this.cells = [];
      this.column = 0;
      this.hidden = attribute(attribs, 'Hidden') === '1';
    } else if (local === 'Cell' && this.cells) {
      const index = Number(attribute(attribs, 'Index'));
      if (Number.isInteger(index) && index > this.column && index <= 16384) this.column = index - 1;
      const merge = Number(attribute(attribs, 'MergeAcross'));
      this.mergeAcross = Number.isInteger(merge) && merge > 0 ? Math.min(merge, 16384) : 0;
      this.cellText = [];
    } else if (local === 'Data' && this.cellText) this.inData = true;
  }

  /** Returns true when this closes the worksheet itself. */
  close(tag: string): boolean {
    this.depth--;
    const local = localName(tag);
    if (this.depth === 0) {
      this.end();
      return true;
    }
    if (local === 'Comment') this.inComment = Math.max(0, this.inComment - 1);
    else if (this.inComment > 0) return false;
    else if (local === 'Data') this.inData = false;
    else if (local === 'Cell' && this.cells && this.cellText) {
      const value = this.cellText.join('');
      if (value !== '') this.cells[this.column] = value;
      this.column += 1 + this.mergeAcross;
      this.cellText = undefined;
    } else if (local === 'Row') this.endRow();
    return false;
  }

  text(text: string, line: number): void {
    if (this.inData && this.cellText && this.inComment === 0) this.cellText.push(text);
    else if (text.trim()) this.prose([{ key: '', value: text.trim(), line }]);
  }

  end(): void {
    this.endRow();
    this.table?.end();
    this.table = undefined;
  }

  private endRow(): void {
    if (!this.cells) return;
    this.table ??= this.sink.beginTable({
      surface: 'cells',
      shape: 'grid',
      lettered: true,
      entry: this.entry,
      ...(this.name !== undefined ? { sheet: this.name } : {}),
    });
    this.table.row(this.rowNumber, this.cells, this.hidden || undefined);
    this.cells = undefined;
  }
}
