import { describe, expect, it } from 'vitest'
import {
  bulkBatches,
  keyBatches,
  KV_BULK_LIMITS,
  pairBytes,
} from '../../src/publish/plan/bulk-batches'

const pairs = (count: number, valueLength = 1): Array<[string, string]> =>
  Array.from({ length: count }, (_, index) => [`v1:article:a-${index}`, 'x'.repeat(valueLength)])

describe('bulkBatches', () => {
  it('puts exactly 10,000 pairs in one batch and the 10,001st in the next', () => {
    expect(bulkBatches(pairs(KV_BULK_LIMITS.maxPairs)).map((batch) => batch.length)).toEqual([
      10_000,
    ])
    expect(bulkBatches(pairs(KV_BULK_LIMITS.maxPairs + 1)).map((batch) => batch.length)).toEqual([
      10_000, 1,
    ])
  })

  it('cuts by bytes before the byte limit is passed, keeping order', () => {
    const entries = pairs(5, 100)
    const size = pairBytes(entries[0]![0], entries[0]![1])
    const batches = bulkBatches(entries, { maxPairs: 100, maxBytes: 2 + size * 2 })
    expect(batches.map((batch) => batch.length)).toEqual([2, 2, 1])
    expect(batches.flat()).toEqual(entries)
  })

  it('refuses a single value too large for any request', () => {
    expect(() => bulkBatches(pairs(1, 1000), { maxPairs: 10, maxBytes: 500 })).toThrow(/too large/)
  })

  it('cuts deletions into batches of the size asked, keeping order', () => {
    const keys = pairs(2500).map(([key]) => key)
    expect(keyBatches(keys, 1000).map((batch) => batch.length)).toEqual([1000, 1000, 500])
    expect(keyBatches(keys, 1000).flat()).toEqual(keys)
    expect(keyBatches([], 1000)).toEqual([])
  })
})
