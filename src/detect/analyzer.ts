/**
 * Detection as a ContentSink: readers push tables (row by row), prose (chunk by chunk) and
 * observations in; `finish()` gives the findings. Each concern lives in its own module:
 * recognizers (cells and phrases), headers and columns (classification), segment and table
 * (finding tables in grids, counting rows), table-decision (severity), prose, observations.
 */
import type { Finding } from '../core/model.js';
import type { DetectOptions } from '../config/scan-options.js';
import type { ContentSink, Observation, ProseLocation, RowSink, TableMeta } from '../readers/types.js';
import { BagSink } from './bag.js';
import { compileCustom } from './custom.js';
import { buildVocabulary } from './headers.js';
import { ObservationCollector } from './observations.js';
import { ProseScanner } from './prose.js';
import { TableSink, type TableContext } from './table.js';

export interface Analyzer extends ContentSink {
  finish(): Finding[];
}

export function createAnalyzer(path: string, options: DetectOptions): Analyzer {
  const custom = compileCustom(options?.customRecognizers);
  const tableFindings: Finding[] = [];
  const sinks: RowSink[] = [];
  const detect: DetectOptions = {
    severityOverrides: options?.severityOverrides ?? {},
    headerSynonyms: options?.headerSynonyms ?? {},
    customRecognizers: options?.customRecognizers ?? [],
  };
  const ctx: TableContext = {
    path,
    options: detect,
    vocab: buildVocabulary(detect.headerSynonyms),
    custom,
    emit: (f) => tableFindings.push(f),
  };
  const prose = new ProseScanner(path, detect, custom);
  const observations = new ObservationCollector(path, detect);

  return {
    beginTable(meta: TableMeta): RowSink {
      const sink = meta.surface === 'shared-strings' ? new BagSink(meta, ctx) : new TableSink(meta, ctx);
      sinks.push(sink);
      return sink;
    },
    prose(text: string, where: ProseLocation) {
      if (typeof text === 'string' && text.length) prose.scan(text, where);
    },
    observe(o: Observation) {
      observations.observe(o);
    },
    finish() {
      // A reader that stopped early (an error) may not have ended its tables: judge what was read.
      for (const s of sinks) s.end();
      sinks.length = 0;
      return [...tableFindings, ...prose.findings(), ...observations.findings()];
    },
  };
}
