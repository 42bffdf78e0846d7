/**
 * @module
 * Splitting writes into bulk requests that stay inside a target's limits. Workers KV's own limits
 * are 10,000 pairs and 100 MB of request body per bulk write; a target may ask for less, since a
 * batch that fails is sent again whole.
 */
import { bulkPair, type KvValue } from '../records/kv-value'

export type BulkLimits = { maxPairs: number; maxBytes: number }

/** Workers KV's bulk-write limits: what one request may carry at the most. */
export const KV_BULK_LIMITS: BulkLimits = { maxPairs: 10_000, maxBytes: 100 * 1024 * 1024 }

/** Bytes one pair adds to the bulk JSON body: `{"key":…,"value":…},`. */
export function pairBytes(key: string, value: string | KvValue): number {
  return (
    Buffer.byteLength(
      JSON.stringify(typeof value === 'string' ? { key, value } : bulkPair(key, value))
    ) + 1
  )
}

/**
 * Groups pairs, in order, into batches within `limits`.
 * @throws when a single pair is larger than a whole batch may be.
 */
export function bulkBatches<Value extends string | KvValue>(
  entries: Array<[string, Value]>,
  limits: BulkLimits = KV_BULK_LIMITS
): Array<Array<[string, Value]>> {
  const batches: Array<Array<[string, Value]>> = []
  let batch: Array<[string, Value]> = []
  let bytes = 2 // the array's brackets
  for (const entry of entries) {
    const size = pairBytes(entry[0], entry[1])
    if (size + 2 > limits.maxBytes)
      throw new Error(`KV value for ${entry[0]} is too large for one bulk request (${size} bytes)`)
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

/** Keys to delete, in order, in batches of at most `maxKeys`. */
export function keyBatches(keys: string[], maxKeys: number): string[][] {
  const batches: string[][] = []
  for (let start = 0; start < keys.length; start += maxKeys)
    batches.push(keys.slice(start, start + maxKeys))
  return batches
}
