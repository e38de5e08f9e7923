/**
 * Detection as a ContentSink: readers push tables (row by row), prose (chunk by chunk) and
 * observations in; `finish()` gives the findings. Each concern lives in its own module:
 * recognizers (cells and phrases), headers and columns (classification), segment and table
 * (finding tables in grids, counting rows), table-decision (severity), prose, observations.
 */
import type { Finding } from '../core/model.js';
import { describeFinding } from '../core/describe.js';
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

/** Table findings kept apart per rule and place; past this, further tables fold into the last one. */
export const MAX_TABLE_FINDINGS_PER_PLACE = 50;

/**
 * A sheet of thousands of tiny person tables must not become thousands of findings: past the
 * cap, a table's rows and count are folded into the last finding for the same rule and place.
 */
function addTableFinding(all: Finding[], perPlace: Map<string, Finding[]>, f: Finding): void {
  const l = f.location;
  const key = [f.rule, l.entry ?? '', l.sheet ?? '', l.surface ?? '', l.page ?? ''].join('\u0000');
  let list = perPlace.get(key);
  if (!list) perPlace.set(key, (list = []));
  if (list.length < MAX_TABLE_FINDINGS_PER_PLACE) {
    list.push(f);
    all.push(f);
    return;
  }
  const last = list[list.length - 1]!;
  last.count += f.count;
  if (last.location.rows && l.rows) {
    last.location.rows = { first: Math.min(last.location.rows.first, l.rows.first), last: Math.max(last.location.rows.last, l.rows.last) };
  }
  if (l.hiddenRows) last.location.hiddenRows = (last.location.hiddenRows ?? 0) + l.hiddenRows;
  last.message = describeFinding(last.rule, last.location, last.count);
}

export function createAnalyzer(path: string, options: DetectOptions): Analyzer {
  const custom = compileCustom(options?.customRecognizers);
  const tableFindings: Finding[] = [];
  const perPlace = new Map<string, Finding[]>();
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
    emit: (f) => addTableFinding(tableFindings, perPlace, f),
    // A rebuilt table that was no person table is judged as text (TableMeta.rebuilt).
    prose: (text, where) => prose.scan(text, where),
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
