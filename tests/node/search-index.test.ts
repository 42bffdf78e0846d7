/**
 * The search index as the publish step builds it: deterministic values, stable doc ids, edits
 * that rewrite only the values an article's words live in, values that stay small, and a Worker
 * side that turns any corrupt value into a clean `CorruptRecordError`.
 */
import { describe, expect, it } from 'vitest'
import { valueText, type KvValue } from '../../src/publish/records/kv-value'
import { buildSearchIndex } from '../../src/publish/search-index/build-search-index'
import { findEntries, STEM } from '../../src/search/index-format'
import { searchArticles } from '../../src/search/search-articles'
import { shardOf } from '../../src/search/shard-of'
import { searchDocKey, searchMetaKey, searchShardKey, searchTermKey } from '../../src/store/keys'
import { CorruptRecordError } from '../../src/store/read-record'
import { searchStem } from '../../src/text/search-stem'
import { isSearchStopWord } from '../../src/text/search-stop-words'
import { searchWords } from '../../src/text/search-terms'
import { mapStore, searchArticle, type SearchSpec } from './search-corpus'

const NOW = Date.parse('2026-01-01T00:00:00Z')

/** An archive of `n` articles on a handful of subjects, an hour apart. */
function archive(n: number): SearchSpec[] {
  const subjects = [
    'النفط في الخليج',
    'الانتخابات في تونس',
    'القمح في مصر',
    'الطاقة الشمسية في المغرب',
    'كرة القدم في الجزائر',
  ]
  return Array.from({ length: n }, (_, i) => ({
    slug: `story-${i}`,
    title: `تقرير عن ${subjects[i % subjects.length]} رقم ${i}`,
    body: `يتناول هذا التقرير ${subjects[(i * 3) % subjects.length]} بالتفصيل، مع أرقام ${2000 + (i % 25)}.`,
    tags: [subjects[i % subjects.length]!.split(' ')[0]!],
    published: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString(),
  }))
}

const build = (specs: SearchSpec[]) => buildSearchIndex(specs.map(searchArticle), NOW)

const changedKeys = (before: Map<string, KvValue>, after: Map<string, KvValue>) =>
  [...new Set([...before.keys(), ...after.keys()])].filter((key) => {
    const a = before.get(key)
    const b = after.get(key)
    return !a || !b || Buffer.compare(a, b) !== 0
  })

/** The index values that hold the words of `texts`, by the meta value's shard count and heavy list. */
function valuesHolding(values: Map<string, KvValue>, texts: string[]): Set<string> {
  const meta = JSON.parse(valueText(values.get(searchMetaKey())!))
  const keys = new Set<string>()
  for (const word of texts.flatMap(searchWords)) {
    if (isSearchStopWord(word)) continue
    const stem = searchStem(word)
    keys.add(
      meta.heavy.includes(stem) ? searchTermKey(stem) : searchShardKey(shardOf(stem, meta.shards))
    )
  }
  return keys
}

describe('buildSearchIndex', () => {
  it('builds the same bytes from the same articles, in any order', () => {
    const specs = archive(60)
    const once = build(specs)
    const again = build([...specs].reverse())
    expect([...again.keys()].sort()).toEqual([...once.keys()].sort())
    expect(changedKeys(once, again)).toEqual([])
  })

  it("rewrites only the edited article's record and the values its old and new words live in", () => {
    const specs = archive(3000)
    const before = build(specs)
    const meta = JSON.parse(valueText(before.get(searchMetaKey())!))
    expect(meta.shards).toBeGreaterThan(1)
    const edited = { ...specs[1234]!, body: 'عاد الحديث عن الزعفران والفستق الحلبي في الأسواق.' }
    const after = build(specs.map((spec) => (spec.slug === edited.slug ? edited : spec)))
    const changed = changedKeys(before, after)
    const docKey = searchDocKey(Date.parse(edited.published!) / 60_000)
    const allowed = new Set([
      docKey,
      ...valuesHolding(before, [specs[1234]!.body!]),
      ...valuesHolding(after, [edited.body]),
    ])
    expect(changed).toContain(docKey)
    expect(changed.filter((key) => !allowed.has(key))).toEqual([])
    // A handful of values of the dozens there are; the meta value is untouched.
    expect(changed.length).toBeLessThan(12)
    expect(changed).not.toContain(searchMetaKey())
  })

  it("keeps doc ids when an article is added: only the new article's values change", () => {
    const specs = archive(200)
    const before = build(specs)
    const added: SearchSpec = {
      slug: 'breaking',
      title: 'زلزال في المحيط',
      body: 'ضرب زلزال قوي قاع المحيط.',
      published: '2025-06-01T00:30:00Z',
    }
    const after = build([...specs, added])
    const changed = changedKeys(before, after)
    const allowed = new Set([
      searchDocKey(Date.parse(added.published!) / 60_000),
      searchMetaKey(),
      ...valuesHolding(after, [added.title, added.body!, 'ملخص قصير']),
    ])
    expect(changed.filter((key) => !allowed.has(key))).toEqual([])
  })

  it('never indexes drafts', () => {
    const values = build([
      ...archive(5),
      { slug: 'secret', title: 'مسودة', body: 'سر', draft: true },
    ])
    expect([...values.keys()].filter((key) => key.startsWith('v1:search:doc:'))).toHaveLength(5)
    for (const value of values.values()) expect(valueText(value)).not.toContain('secret')
  })

  it('lists scheduled articles with their time in the meta value', () => {
    const values = build([
      ...archive(2),
      { slug: 'later', title: 'لاحقاً', published: '2026-03-01T09:00:00Z' },
    ])
    const meta = JSON.parse(valueText(values.get(searchMetaKey())!))
    expect(meta).toMatchObject({
      documents: 3,
      shards: 1,
      heavy: [],
      scheduled: [[Date.parse('2026-03-01T09:00:00Z') / 60_000, '2026-03-01T09:00:00Z']],
    })
  })

  it('gives articles in the same minute distinct ids, in slug order', () => {
    const values = build(
      ['b', 'a', 'c'].map((slug) => ({ slug, title: slug, published: '2025-01-01T00:00:00Z' }))
    )
    const minute = Date.parse('2025-01-01T00:00:00Z') / 60_000
    expect(
      [0, 1, 2].map((i) => JSON.parse(valueText(values.get(searchDocKey(minute + i))!)).slug)
    ).toEqual(['a', 'b', 'c'])
  })

  it('stores a very common word in a value of its own, listed in the meta value', () => {
    const specs = archive(3000).map((spec) => ({
      ...spec,
      body: `${spec.body} ${'التقرير '.repeat(40)}`,
    }))
    const values = build(specs)
    const meta = JSON.parse(valueText(values.get(searchMetaKey())!))
    expect(meta.heavy).toEqual([searchStem('التقرير')])
    const own = values.get(searchTermKey(searchStem('التقرير')))!
    expect(own.length).toBeGreaterThan(128 * 1024)
    expect(findEntries(own, 'test', [{ term: searchStem('التقرير'), kinds: [STEM] }])[0]!.df).toBe(
      3000
    )
    for (const [key, value] of values) expect(value.length, key).toBeLessThan(1.75 * 1024 * 1024)
  })
})

describe('reading a corrupt index', () => {
  const values = build(archive(50))
  const shard = searchShardKey(1)
  const doc = [...values.keys()].find((key) => key.startsWith('v1:search:doc:'))!

  it.each([
    ['garbage in a shard', shard, new Uint8Array([1, 2, 3, 4, 5])],
    ['a truncated shard', shard, values.get(shard)!.subarray(0, values.get(shard)!.length - 7)],
    [
      'a shard with wild offsets',
      shard,
      (() => {
        const bytes = values.get(shard)!.slice()
        const entries = Buffer.from(bytes).readUInt32LE(3)
        bytes.fill(0xff, 15, 15 + 4 * entries)
        return bytes
      })(),
    ],
    [
      'a shard whose postings never end',
      shard,
      (() => {
        const bytes = values.get(shard)!.slice()
        const [entry] = findEntries(bytes, shard, [{ term: searchStem('التقرير'), kinds: [STEM] }])
        bytes.fill(0x80, entry!.docs.offset, entry!.docs.end)
        return bytes
      })(),
    ],
    ['a meta value that is not JSON', searchMetaKey(), Buffer.from('{"schema_version":1,')],
    [
      'a meta value of the wrong shape',
      searchMetaKey(),
      Buffer.from('{"schema_version":1,"documents":"many"}'),
    ],
    ['a result record of the wrong shape', doc, Buffer.from('{"slug":1}')],
  ])('%s becomes a CorruptRecordError', async (_name, key, bytes) => {
    const corrupt = new Map(values)
    corrupt.set(key, bytes)
    const store = mapStore(corrupt)
    const error = await searchArticles(store, { q: 'التقرير النفط', now: NOW }).catch(
      (caught: unknown) => caught
    )
    expect(error).toBeInstanceOf(CorruptRecordError)
    expect((error as CorruptRecordError).key).toBe(key)
  })
})
