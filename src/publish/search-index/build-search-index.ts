/**
 * @module
 * Builds the search index the Worker queries (see `src/search/`), as KV values:
 * - `v1:search:doc:<id>`: each article's compact result record (JSON, `SearchDocSchema`);
 * - `v1:search:shard:<n>`: the postings of every stem hashed to shard n, with its surface forms
 *   and the common grams it is the rarer word of;
 * - `v1:search:term:<stem>`: a stem too common to share a shard, in a value of its own;
 * - `v1:search:meta`: shard count, N, the heavy stems and the scheduled doc ids.
 * Everything is deterministic and per-article weights ignore the rest of the archive, so
 * publishing one article changes only its own record and the values its words live in.
 */
import * as v from 'valibot'
import {
  COMMON,
  encodeIndexValue,
  entrySize,
  formsGram,
  FREQUENT,
  type IndexEntry,
} from '../../search/index-format'
import {
  MAX_SNIPPET_SOURCE,
  SEARCH_SCHEMA_VERSION,
  SearchDocSchema,
  SearchMetaSchema,
} from '../../search/search-records'
import { shardOf } from '../../search/shard-of'
import { searchMetaKey, searchDocKey, searchShardKey, searchTermKey } from '../../store/keys'
import { plainText } from '../../text/plain-text'
import { SEARCH_ANALYSER_VERSION } from '../../text/search-analyser-version'
import type { SourceArticle } from '../content/check-article'
import { NO_NAMES, summaryOf, type Names } from '../records/article-summary'
import { jsonValue, type KvValue } from '../records/kv-value'
import { fitValue, groupEntries, MAX_INDEX_VALUE_BYTES, type StemGroup } from './index-entries'
import { assignDocIds } from './search-doc-ids'
import { commonGrams } from './search-grams'
import { SearchPostings } from './search-postings'

/** A stem whose postings (with its surface forms) pass this gets a value of its own. */
const HEAVY_TERM_BYTES = 128 * 1024
/** About this many articles a shard, before doubling for size. */
const ARTICLES_PER_SHARD = 2000
/** A stem in at least 1 article in this many is common, and in 1 in 64 frequent (`formsGram`). */
const COMMON_SHARE = 8
const FREQUENT_SHARE = 64

/**
 * The search index of `articles` (drafts are skipped here too), as KV values: result records
 * first, then postings, then the meta value, the order they should be written in.
 * @param now articles published after it are marked scheduled, hidden by the Worker until then.
 * @param names the sections' and authors' names, so a result shows its section and byline.
 * @example for (const [key, value] of buildSearchIndex(published, now)) records.set(key, value)
 */
export function buildSearchIndex(
  articles: readonly SourceArticle[],
  now: number,
  names: Names = NO_NAMES
): Map<string, KvValue> {
  const values = new Map<string, KvValue>()
  const postings = new SearchPostings()
  const scheduled: Array<[number, string]> = []
  const docs = assignDocIds(articles.filter((article) => !article.frontMatter.draft))
  for (const { id, article } of docs) {
    const { frontMatter } = article
    const text = plainText(article.body.html)
    postings.add(id, {
      title: [frontMatter.title],
      tags: frontMatter.tags,
      summary: [frontMatter.summary],
      body: [text],
    })
    const doc = { ...summaryOf(article, names), text: text.slice(0, MAX_SNIPPET_SOURCE) }
    values.set(searchDocKey(id), jsonValue(v.parse(SearchDocSchema, doc)))
    if (Date.parse(frontMatter.published) > now) scheduled.push([id, frontMatter.published])
  }

  const groups = new Map<string, StemGroup>()
  const flags = postings.stemPostings.map(({ df }) =>
    df * COMMON_SHARE >= docs.length
      ? COMMON | FREQUENT
      : df * FREQUENT_SHARE >= docs.length
        ? FREQUENT
        : 0
  )
  postings.stems.forEach((stem, id) =>
    groups.set(stem, {
      stem: postings.stemPostings[id]!,
      flags: flags[id]!,
      surfaces: new Map(),
      grams: new Map(),
    })
  )
  const paired = (first: number, second: number) => formsGram(flags[first]!, flags[second]!)
  const grams = commonGrams(postings.sequence, postings.stems.length, paired)
  postings.sequence.clear()
  for (const [first, seconds] of grams) {
    for (const [second, gram] of seconds) {
      // With the rarer word: a common word pairs with many, and its value would outgrow the limit.
      const dfOf = (id: number) => postings.stemPostings[id]!.df
      const owner = dfOf(second) < dfOf(first) ? second : first
      const term = `${postings.stems[first]!} ${postings.stems[second]!}`
      groups.get(postings.stems[owner]!)!.grams.set(term, gram)
    }
  }
  postings.words.forEach((word, id) => {
    const stem = postings.wordStem[id]!
    const surface = postings.wordPostings[id]
    if (stem >= 0 && surface) groups.get(postings.stems[stem]!)!.surfaces.set(word, surface)
  })

  const heavy: string[] = []
  const light: Array<[stem: string, entries: IndexEntry[], size: number]> = []
  for (const stem of [...groups.keys()].sort()) {
    const entries = fitValue(groupEntries(stem, groups.get(stem)!))
    const size = entries.reduce((sum, entry) => sum + entrySize(entry), 0)
    if (size > HEAVY_TERM_BYTES) {
      heavy.push(stem)
      values.set(searchTermKey(stem), encodeIndexValue(entries))
    } else light.push([stem, entries, size])
  }
  let shards = 1
  while (shards < docs.length / ARTICLES_PER_SHARD) shards *= 2
  const shardSizes = () => {
    const sizes = new Array<number>(shards + 1).fill(0)
    for (const [stem, , size] of light) sizes[shardOf(stem, shards)]! += size
    return Math.max(...sizes)
  }
  while (shardSizes() > MAX_INDEX_VALUE_BYTES) shards *= 2
  const shardEntries = Array.from({ length: shards + 1 }, (): IndexEntry[] => [])
  for (const [stem, entries] of light) shardEntries[shardOf(stem, shards)]!.push(...entries)
  for (let shard = 1; shard <= shards; shard++)
    values.set(searchShardKey(shard), encodeIndexValue(shardEntries[shard]!))

  const meta = {
    schema_version: SEARCH_SCHEMA_VERSION,
    analyser_version: SEARCH_ANALYSER_VERSION,
    documents: docs.length,
    shards,
    heavy,
    scheduled,
  }
  values.set(searchMetaKey(), jsonValue(v.parse(SearchMetaSchema, meta)))
  return values
}
