/**
 * A change of search's text rules rewrites the whole index at the next publish. The plan writes
 * only keys whose hash changed; the analyser version sits in every index value, so an index built
 * by other rules differs in every value, even where no stem moved, and the result records (which
 * no text rule shapes) stay as they are.
 */
import { describe, expect, it } from 'vitest'
import { planPublish } from '../../src/publish/plan/plan'
import { jsonValue, valueText, type KvValue } from '../../src/publish/records/kv-value'
import { buildSearchIndex } from '../../src/publish/search-index/build-search-index'
import { searchMetaKey } from '../../src/store/keys'
import { SEARCH_ANALYSER_VERSION } from '../../src/text/search-analyser-version'
import { searchArticle } from './search-corpus'

const NOW = Date.parse('2026-01-01T00:00:00Z')

const records = () =>
  buildSearchIndex(
    Array.from({ length: 40 }, (_, i) =>
      searchArticle({
        slug: `a${i}`,
        title: `خبر رقم ${i} عن ${['الصين', 'الاقتصاد', 'المدارس', 'الطقس'][i % 4]}`,
        body: 'نص قصير عن الأسواق والموازنة.',
        published: new Date(Date.parse('2025-04-01T00:00:00Z') + i * 3_600_000).toISOString(),
      })
    ),
    NOW
  )

/** The same index as the previous analyser version wrote it: its version byte and meta field. */
function asOlderAnalyser(values: Map<string, KvValue>): Map<string, KvValue> {
  return new Map(
    [...values].map(([key, value]): [string, KvValue] => {
      if (key === searchMetaKey()) {
        const meta = JSON.parse(valueText(value))
        return [key, jsonValue({ ...meta, analyser_version: SEARCH_ANALYSER_VERSION - 1 })]
      }
      if (!/:search:(shard|term):/.test(key)) return [key, value]
      const older = Uint8Array.from(value as Uint8Array)
      // Byte 3, after "MS" and the format version (see `index-format.ts`).
      older[3] = SEARCH_ANALYSER_VERSION - 1
      return [key, older]
    })
  )
}

const plan = (records: Map<string, KvValue>, previous: ReturnType<typeof planPublish> | null) =>
  planPublish({
    records,
    links: new Map(),
    previous: previous && {
      head: JSON.parse(valueText(previous.finalWrites.at(-1)![1])),
      entries: new Map(previous.hashes),
      shardValues: new Map(),
    },
    existingKeys: [],
    upcoming: [],
    sourceCommit: null,
    now: new Date(NOW),
  })

const isIndexValue = (key: string) => /:search:(shard|term|meta)/.test(key)

describe('a new analyser version', () => {
  it('rewrites every index value, and no result record', () => {
    const current = records()
    const older = plan(asOlderAnalyser(current), null)
    const written = plan(current, older).writes.map(([key]) => key)
    const index = [...current.keys()].filter(isIndexValue)
    expect(index.length).toBeGreaterThanOrEqual(2)
    // The version is really there, where an older publish had its own.
    for (const key of index)
      if (key === searchMetaKey())
        expect(JSON.parse(valueText(current.get(key)!)).analyser_version).toBe(
          SEARCH_ANALYSER_VERSION
        )
      else expect((current.get(key) as Uint8Array)[3]).toBe(SEARCH_ANALYSER_VERSION)
    expect(written.filter(isIndexValue).sort()).toEqual(index.sort())
    expect(written.filter((key) => key.includes(':search:doc:'))).toEqual([])
  })

  it('rewrites nothing when the analyser is the same', () => {
    const first = plan(records(), null)
    expect(plan(records(), first).writes).toEqual([])
  })
})
