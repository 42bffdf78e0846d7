/**
 * @module
 * Splitting writes into wrangler bulk requests that stay inside Workers KV's limits:
 * at most 10,000 pairs and 100 MB of request body per bulk call.
 */
import { valueText, type KvValue } from './kv-value'

export const BULK_MAX_PAIRS = 10_000
const BULK_MAX_BYTES = 100 * 1024 * 1024

export type BulkLimits = { maxPairs: number; maxBytes: number }

/** Bytes one pair adds to the bulk JSON body: `{"key":…,"value":…},`. */
export function pairBytes(key: string, value: string | KvValue): number {
  return Buffer.byteLength(JSON.stringify({ key, value: typeof value === 'string' ? value : valueText(value) })) + 1
}

/**
 * Groups pairs, in order, into batches within `limits`.
 * @throws when a single pair is larger than a whole batch may be.
 */
export function bulkBatches<Value extends string | KvValue>(
  entries: Array<[string, Value]>,
  limits: BulkLimits = { maxPairs: BULK_MAX_PAIRS, maxBytes: BULK_MAX_BYTES }
): Array<Array<[string, Value]>> {
  const batches: Array<Array<[string, Value]>> = []
  let batch: Array<[string, Value]> = []
  let bytes = 2 // the array's brackets
  for (const entry of entries) {
    const size = pairBytes(entry[0], entry[1])
    if (size + 2 > limits.maxBytes) throw new Error(`KV value for ${entry[0]} is too large for one bulk request (${size} bytes)`)
    if (batch.length === limits.maxPairs || bytes + size > limits.maxBytes) {
      batches.push(batch)
      batch = []
      bytes = 2
    }
    batch.push(entry)
    bytes += size
  }
  if (batch.length > 0) batches.push(batch)
  return batches
}
