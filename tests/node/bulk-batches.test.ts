import { describe, expect, it } from 'vitest'
import { BULK_MAX_PAIRS, bulkBatches, pairBytes } from '../../src/publish/bulk-batches'
import { bulkDeleteCommands, bulkPutCommands } from '../../src/publish/remote-kv'

const pairs = (count: number, valueLength = 1): Array<[string, string]> =>
  Array.from({ length: count }, (_, index) => [`v1:article:a-${index}`, 'x'.repeat(valueLength)])

describe('bulkBatches', () => {
  it('puts exactly 10,000 pairs in one batch and the 10,001st in the next', () => {
    expect(bulkBatches(pairs(BULK_MAX_PAIRS)).map((batch) => batch.length)).toEqual([10_000])
    expect(bulkBatches(pairs(BULK_MAX_PAIRS + 1)).map((batch) => batch.length)).toEqual([10_000, 1])
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

  it('builds the wrangler command lines for the remote namespace', () => {
    expect(bulkPutCommands(['/tmp/b1.json'])).toEqual([['kv', 'bulk', 'put', '/tmp/b1.json', '--binding', 'CONTENT', '--remote']])
    expect(bulkDeleteCommands(['/tmp/d1.json'])).toEqual([['kv', 'bulk', 'delete', '/tmp/d1.json', '--binding', 'CONTENT', '--remote', '--force']])
  })
})
