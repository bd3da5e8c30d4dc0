/**
 * The span batches Hive Gateway's traced run (B+otel, gateway-otel.config.ts) uses: @atlas/runtime's
 * SPAN_BATCH_DEFAULTS, written out because Hive's config loader reads this folder away from our
 * packages; a test checks the two agree.
 */
export const HIVE_SPAN_BATCHES = { maxExportBatchSize: 64, scheduledDelayMillis: 500 };
