/**
 * The data formats data teams publish, one reader each: Parquet, Arrow IPC / Feather, SQLite,
 * R data and dBase. Registered in ../index.ts; sniffed by content in ./sniff.ts.
 */
import type { Reader } from '../types.js';
import type { DataFormat } from './sniff.js';
import { readParquet } from './parquet.js';
import { readDbf } from './dbf.js';

export const DATA_READERS: Partial<Record<DataFormat, Reader>> = {
  parquet: readParquet,
  dbf: readDbf,
};
