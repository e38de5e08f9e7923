/**
 * Parquet: one 'records' table per file whose header is the schema's leaf columns (a struct's
 * fields as dotted paths, `address.city`; a list or map column as one column whose cells join
 * the elements), filled row group by row group with 1-based row numbers over the whole file.
 *
 * Read with hyparquet: pure JavaScript (no native code, no WebAssembly), small (about 0.5 MB
 * unpacked, no dependencies), reads from an in-memory buffer, decodes row groups on request,
 * and takes our own decompressors, so every page is counted against the decompressed-size
 * budget before it is allocated. Snappy (its own), gzip and Brotli (node:zlib), zstd (fzstd,
 * pure JavaScript) are read; LZ4 and LZO are not-inspected with the codec named.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Compressors, FileMetaData, SchemaTree } from 'hyparquet';
import { ReadError, type CellValue, type Reader } from '../types.js';
import { loadCode } from '../loading.js';
import { decompressionBudget, readFailure, toCell, withTable, yieldEvery } from './shared.js';

export const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31]; // PAR1

export const readParquet: Reader = async (input, sink, context) => {
  const buf = await input.buffer();
  if (buf.length < 12 || !PARQUET_MAGIC.every((b, i) => buf[i] === b && buf[buf.length - 4 + i] === b)) {
    throw new ReadError(
      buf.length < 12 || PARQUET_MAGIC.some((b, i) => buf[i] !== b) ? 'corrupt' : 'truncated',
      'the Parquet file does not end with its footer',
    );
  }
  const hyparquet = await loadCode(() => import('hyparquet'));
  const file = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
  let metadata: FileMetaData;
  let columns: Column[];
  try {
    metadata = hyparquet.parquetMetadata(file, { geoparquet: false });
    columns = leafColumns(hyparquet.parquetSchema(metadata));
  } catch (error) {
    throw readFailure(error, 'the Parquet footer (schema and row groups) cannot be read');
  }
  const budget = decompressionBudget(context);
  const codecs = new Set(metadata.row_groups.flatMap((g) => g.columns.map((c) => c.meta_data?.codec)).filter((c) => c !== undefined));
  for (const codec of codecs) {
    if (!['UNCOMPRESSED', 'SNAPPY', 'GZIP', 'BROTLI', 'ZSTD'].includes(codec))
      throw new ReadError(
        'unsupported-format',
        `Parquet pages compressed with ${codec}, which the gate cannot decompress; rewrite the file with Snappy, gzip or zstd compression`,
      );
  }
  const fzstd = codecs.has('ZSTD') ? await loadCode(() => import('fzstd')) : undefined;
  const counted = (decode: (data: Uint8Array, size: number) => Uint8Array) => (data: Uint8Array, size: number) => {
    if (!Number.isSafeInteger(size) || size < 0) throw new ReadError('corrupt', 'a Parquet page declares an impossible size');
    budget.spend(size);
    const out = decode(data, size);
    if (out.length !== size) throw new ReadError('corrupt', 'a Parquet page does not decompress to its declared size');
    return out;
  };
  const compressors: Compressors = {
    SNAPPY: counted((data, size) => {
      const out = new Uint8Array(size);
      hyparquet.snappyUncompress(data, out);
      return out;
    }),
    GZIP: counted((data, size) => gunzipSync(data, { maxOutputLength: Math.max(1, size) })),
    BROTLI: counted((data, size) => brotliDecompressSync(data, { maxOutputLength: Math.max(1, size) })),
    ZSTD: counted((data, size) => fzstd!.decompress(data, new Uint8Array(size))),
  };

  const header = columns.map((c) => c.name);
  const pause = yieldEvery(1);
  await withTable(sink, { header, entry: input.entry }, async (row) => {
    let groupStart = 0;
    for (const [g, group] of metadata.row_groups.entries()) {
      const rows = Number(group.num_rows);
      if (!Number.isSafeInteger(rows) || rows < 0) throw new ReadError('corrupt', `row group ${g + 1} declares an impossible row count`);
      const declared = group.columns.reduce((sum, c) => sum + Number(c.meta_data?.total_uncompressed_size ?? 0), 0);
      if (declared > budget.remaining())
        throw new ReadError('too-large-decompressed', `row group ${g + 1} declares ${declared} bytes after decompression`);
      if (rows === 0) continue;
      let decoded: unknown[][] = [];
      try {
        await hyparquet.parquetRead({
          file,
          metadata,
          rowStart: groupStart,
          rowEnd: groupStart + rows,
          rowFormat: 'array',
          compressors,
          onComplete: (data: unknown[][]) => {
            decoded = data;
          },
        });
      } catch (error) {
        throw readFailure(error, `row group ${g + 1} of the Parquet file cannot be read`);
      }
      const cells: CellValue[] = new Array(columns.length);
      decoded.forEach((values, i) => {
        for (const [c, column] of columns.entries()) cells[c] = column.cell(values);
        row(groupStart + i + 1, cells);
      });
      groupStart += rows;
      await pause();
    }
  });
};

interface Column {
  name: string;
  cell(row: readonly unknown[]): CellValue;
}

/**
 * The table's columns from the schema tree: a struct's fields as dotted paths; a list, a map
 * or a repeated field as one column (its elements joined). Each column knows how to take its
 * value out of a row as hyparquet assembles it (top-level values in schema order, structs as
 * objects). Own properties only: a field named `__proto__` is data.
 */
function leafColumns(root: SchemaTree): Column[] {
  const out: Column[] = [];
  const walk = (node: SchemaTree, name: string, get: (row: readonly unknown[]) => unknown, depth: number) => {
    if (depth > 64) throw new ReadError('too-deep', 'the Parquet schema nests structs more than 64 deep');
    if (node.children.length === 0 || !isStructNode(node)) {
      out.push({ name, cell: (row) => joined(get(row)) });
      return;
    }
    for (const child of node.children) {
      const key = child.element.name;
      walk(child, `${name}.${key}`, (row) => own(get(row), key), depth + 1);
    }
  };
  root.children.forEach((child, index) => walk(child, child.element.name, (row) => row[index], 1));
  return out;
}

function isStructNode(node: SchemaTree): boolean {
  const e = node.element;
  return (
    e.repetition_type !== 'REPEATED' &&
    !['LIST', 'MAP', 'MAP_KEY_VALUE'].includes(e.converted_type ?? '') &&
    !['LIST', 'MAP'].includes(e.logical_type?.type ?? '')
  );
}

function own(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** A scalar as a cell; a list (or a map, or a struct inside a list) as its scalars joined by "; ". */
function joined(value: unknown): CellValue {
  if (value === null || typeof value !== 'object' || value instanceof Date || value instanceof Uint8Array) return toCell(value);
  const parts: string[] = [];
  const collect = (v: unknown, depth: number) => {
    if (parts.length >= 1000 || depth > 32) return;
    if (v === null || v === undefined) return;
    if (typeof v !== 'object' || v instanceof Date) {
      const cell = toCell(v);
      if (cell !== null && cell !== undefined) parts.push(cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell));
    } else if (v instanceof Uint8Array) return;
    else if (v instanceof Map) {
      for (const [k, x] of v) {
        collect(k, depth + 1);
        collect(x, depth + 1);
      }
    } else if (Array.isArray(v) || ArrayBuffer.isView(v)) for (const x of v as ArrayLike<unknown> as unknown[]) collect(x, depth + 1);
    else for (const k of Object.keys(v)) collect((v as Record<string, unknown>)[k], depth + 1);
  };
  collect(value, 0);
  return parts.length ? parts.join('; ') : null;
}
