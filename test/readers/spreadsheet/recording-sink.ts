import { RecordingSink } from '../../fixtures/recording-sink.js';

export { RecordingSink, type RecordedTable } from '../../fixtures/recording-sink.js';

export function recordingSink(): RecordingSink {
  return new RecordingSink();
}
