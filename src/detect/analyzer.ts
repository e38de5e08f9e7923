/**
 * Detection as a ContentSink: readers push tables and prose in, `finish()` gives the findings.
 * (Stub: the detection engine fills this in.)
 */
import type { Finding } from '../core/model.js';
import type { DetectOptions } from '../config/scan-options.js';
import type { ContentSink, Observation, ProseLocation, RowSink, TableMeta } from '../readers/types.js';

export interface Analyzer extends ContentSink {
  finish(): Finding[];
}

export function createAnalyzer(path: string, options: DetectOptions): Analyzer {
  void path;
  void options;
  return {
    beginTable(meta: TableMeta): RowSink {
      void meta;
      return { row() {}, end() {} };
    },
    prose(text: string, where: ProseLocation) {
      void text;
      void where;
    },
    observe(o: Observation) {
      void o;
    },
    finish() {
      return [];
    },
  };
}
