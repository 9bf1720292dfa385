/**
 * The sample-data generator's public surface (pure parts; Node's writer is write-dataset.node.ts).
 * See docs/sample-data.md for what is planted and how.
 */
export {
  DEFAULT_ARGS,
  LIMITS,
  checkArgs,
  createdTimestamp,
  datasetName,
  parseYearRange,
  type GenerateArgs,
} from './options.ts';
export { generateTables, type GeneratedWorld, type Progress } from './generate-tables.ts';
export { MemorySink, CountingSink, TRUTH_TABLES, type Cell, type RowSink, type SinkFactory } from './sink.ts';
export {
  CONTINUATION_COEFFICIENTS,
  CONTINUATION_INTERCEPT,
  CONTINUATION_VARIABLES,
  NULL_CANDIDATES,
  continuationEta,
} from './continuation.ts';
export {
  ACCEPTANCE,
  AFFINITY_WEIGHTS,
  AFFINITY_NOISE_SD,
  acceptProbability,
  affinityParts,
} from './affinity.ts';
export { TRUTH_FORMAT } from './truth.ts';
