/**
 * The engine against a plain reading of the rules, on an archive large enough for every way the
 * index stores a list: fixed-width lists of common words, varint lists of rare ones, common grams
 * for adjacent common words, and positions for everything else. For random queries of words and
 * phrases (stop words inside, rare and common words mixed), the matches must be exactly the
 * articles the rules pick out of the text: every word's stem, phrase words at adjacent positions,
 * every clause, and any clause only when that finds nothing.
 */
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { valueText } from '../../src/publish/records/kv-value'
import { MAX_SEARCH_LIMIT } from '../../src/schema/api/search-limits'
import { COMMON, findEntries, FIXED, GRAM, STEM } from '../../src/search/index-format'
import { searchArticles } from '../../src/search/search-articles'
import { SearchDocSchema, SearchMetaSchema } from '../../src/search/search-records'
import { shardOf } from '../../src/search/shard-of'
import { searchMetaKey, searchShardKey, searchTermKey } from '../../src/store/keys'
import { searchStem } from '../../src/text/search-stem'
import { isSearchStopWord } from '../../src/text/search-stop-words'
import { runWords, searchWords, textRuns } from '../../src/text/search-terms'
import { searchCorpus, type SearchSpec } from './search-corpus'

const COMMON_WORDS = 'الاقتصاد النفط الحكومة البرلمان الأسواق مصادر رسمية الطاقة'.split(' ')
const RARE_WORDS = (
  'القمح الزيتون الموانئ الجسور القطارات المطارات الغابات السدود المكتبات المتاحف الحدائق ' +
  'الأنهار البحيرات الجبال الصحراء الواحات القلاع المساجد الخيام المسارح الملاعب ' +
  'المستشفيات الجامعات المدارس المصانع المزارع الشواطئ الجزر الكهوف الينابيع الوديان ' +
  'البساتين المراعي المناجم الأبراج'
).split(' ')
const STOP_WORDS = ['في', 'من', 'على']
const ARTICLES = 2400

function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0
    return state / 0x100000000
  }
}
const next = random(7)
const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
/** Mostly common words, some rare ones, and stop words between them. */
const words = (count: number) =>
  Array.from({ length: count }, () => {
    const roll = next()
    return roll < 0.75 ? pick(COMMON_WORDS) : roll < 0.85 ? pick(RARE_WORDS) : pick(STOP_WORDS)
  }).join(' ')

const specs: SearchSpec[] = Array.from({ length: ARTICLES }, (_, i) => ({
  slug: `a-${i}`,
  title: words(4),
  summary: words(6),
  body: words(24),
  tags: [pick(COMMON_WORDS)],
  published: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
}))
const { values, store } = searchCorpus(specs)
const meta = v.parse(SearchMetaSchema, JSON.parse(valueText(values.get(searchMetaKey())!)))

/** Each article's stems by position, as the index sees its fields (a gap between fields). */
const positioned = [...values.entries()]
  .filter(([key]) => key.startsWith('v1:search:doc:'))
  .map(([, value]) => v.parse(SearchDocSchema, JSON.parse(valueText(value))))
  .map(({ slug, text }) => {
    const spec = specs.find((s) => s.slug === slug)!
    const stems: Array<string | null> = []
    for (const part of [spec.title, ...spec.tags!, spec.summary!, text]) {
      for (const run of textRuns(part))
        for (const word of runWords(run))
          stems.push(isSearchStopWord(word) ? null : searchStem(word))
      stems.push(null)
    }
    return { slug, stems }
  })

type Clause = string[]
/** The articles the rules pick: every clause, else any clause. */
function expected(clauses: Clause[]): Set<string> {
  const matches = (stems: Array<string | null>, clause: Clause) => {
    const phrase = clause.map((word) => (isSearchStopWord(word) ? null : searchStem(word)))
    // Only the looked-up words' places relative to each other count: stop words at either end
    // ask nothing.
    while (phrase[0] === null) phrase.shift()
    while (phrase.at(-1) === null) phrase.pop()
    for (let p = 0; p + phrase.length <= stems.length; p++)
      if (phrase.every((stem, o) => stem === null || stems[p + o] === stem)) return true
    return false
  }
  const all = positioned.filter(({ stems }) => clauses.every((clause) => matches(stems, clause)))
  const found =
    all.length > 0 || clauses.length < 2
      ? all
      : positioned.filter(({ stems }) => clauses.some((clause) => matches(stems, clause)))
  return new Set(found.map(({ slug }) => slug))
}

/** A random query: words and phrases, as typed and as clauses. */
function query(): { q: string; clauses: Clause[] } {
  const parts: string[] = []
  const clauses: Clause[] = []
  const count = 1 + Math.floor(next() * 3)
  for (let i = 0; i < count; i++) {
    if (next() < 0.5) {
      const length = 2 + Math.floor(next() * 2)
      // Half the phrases from an article's own text, so they are found; half made up.
      const source = next() < 0.5 ? searchWords(pick(specs).body!) : searchWords(words(8))
      const start = Math.floor(next() * (source.length - length))
      const phrase = source.slice(start, start + length)
      if (phrase.every(isSearchStopWord)) continue
      parts.push(`"${phrase.join(' ')}"`)
      clauses.push(phrase)
    } else {
      const word = next() < 0.7 ? pick(COMMON_WORDS) : pick(RARE_WORDS)
      parts.push(word)
      clauses.push([searchWords(word)[0]!])
    }
  }
  return { q: parts.join(' '), clauses }
}

describe('the engine against the rules, on 2,400 articles', () => {
  it('stores the lists every way there is: fixed-width, varint, common grams', () => {
    const valueOf = (stem: string) =>
      meta.heavy.includes(stem) ? searchTermKey(stem) : searchShardKey(shardOf(stem, meta.shards))
    const common = searchStem(searchWords('النفط')[0]!)
    const rare = searchStem(searchWords('القمح')[0]!)
    const next = searchStem(searchWords('الحكومة')[0]!)
    const [commonEntry, gram] = findEntries(values.get(valueOf(common))!, valueOf(common), [
      { term: common, kinds: [STEM] },
      { term: `${common} ${next}`, kinds: [GRAM] },
    ])
    const [rareEntry] = findEntries(values.get(valueOf(rare))!, valueOf(rare), [
      { term: rare, kinds: [STEM] },
    ])
    expect(commonEntry!.flags & (FIXED | COMMON)).toBe(FIXED | COMMON)
    expect(rareEntry!.flags & (FIXED | COMMON)).toBe(0)
    expect(gram!.df).toBeGreaterThan(0)
  })

  it('finds exactly the articles the rules pick, for 300 random queries', async () => {
    const mismatches: string[] = []
    for (let run = 0; run < 300; run++) {
      const { q, clauses } = query()
      if (clauses.length === 0) continue
      const want = expected(clauses)
      const found = await searchArticles(store, { q, limit: MAX_SEARCH_LIMIT })
      const got = found.results.map((result) => result.slug)
      if (
        found.total !== want.size ||
        got.length !== Math.min(MAX_SEARCH_LIMIT, want.size) ||
        got.some((slug) => !want.has(slug))
      )
        mismatches.push(`${q}: ${found.total} found, ${want.size} expected`)
    }
    expect(mismatches).toEqual([])
  })

  it('scores a phrase its gram settles as its two words score together', async () => {
    for (const [a, b] of [
      ['النفط', 'الحكومة'],
      ['مصادر', 'رسمية'],
      ['الأسواق', 'الطاقة'],
    ]) {
      const phrase = await searchArticles(store, { q: `"${a} ${b}"`, limit: MAX_SEARCH_LIMIT })
      expect(phrase.total).toBeGreaterThan(0)
      // Every article with both words, and its score for them.
      const both = new Map<string, number>()
      for (let page = 1; ; page++) {
        const found = await searchArticles(store, { q: `${a} ${b}`, limit: MAX_SEARCH_LIMIT, page })
        for (const result of found.results) both.set(result.slug, result.score)
        if (found.results.length < MAX_SEARCH_LIMIT) break
      }
      for (const result of phrase.results)
        expect(result.score).toBeCloseTo(both.get(result.slug)!, 2)
    }
  })
})
