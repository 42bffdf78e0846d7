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
  FIXED,
  formsGram,
  FREQUENT,
  GRAM,
  NO_GRAMS,
  NO_POSITIONS,
  STEM,
  SURFACE,
  SURFACE_AS_STEM,
  TRUNCATED,
  type IndexEntry,
} from '../../search/index-format'
import {
  MAX_SNIPPET_SOURCE,
  SEARCH_SCHEMA_VERSION,
  SearchDocSchema,
  SearchMetaSchema,
} from '../../search/search-records'
import { shardOf } from '../../search/shard-of'
import { ByteReader } from '../../search/varint'
import { searchMetaKey, searchDocKey, searchShardKey, searchTermKey } from '../../store/keys'
import type { SourceArticle } from '../content/check-article'
import { summaryOf } from '../records/article-summary'
import { jsonValue, type KvValue } from '../records/kv-value'
import { plainText } from './plain-text'
import { assignDocIds } from './search-doc-ids'
import { commonGrams, type GramWriter } from './search-grams'
import { PostingWriter, SearchPostings } from './search-postings'

/** A stem whose postings (with its surface forms) pass this gets a value of its own. */
const HEAVY_TERM_BYTES = 128 * 1024
/** No value is allowed past this; KV allows 25 MiB, and a query should not wait for more. */
const MAX_INDEX_VALUE_BYTES = 1.75 * 1024 * 1024
/** About this many articles a shard, before doubling for size. */
const ARTICLES_PER_SHARD = 2000
/**
 * Lists this long are stored fixed-width (5 bytes a posting instead of about 2), so a query reads
 * them in place and searches them instead of decoding them whole.
 */
const FIXED_FROM = 1024
/** A stem in at least 1 article in this many is common, and in 1 in 64 frequent (`formsGram`). */
const COMMON_SHARE = 8
const FREQUENT_SHARE = 64

type StemGroup = {
  stem: PostingWriter
  /** `COMMON` and `FREQUENT`, as they apply. */
  flags: number
  surfaces: Map<string, PostingWriter>
  /** Grams kept with this stem (the rarer of their two): term ("first second") → postings. */
  grams: Map<string, GramWriter>
}

/** A varint docs block's postings. */
function decodeDocs(entry: IndexEntry): Array<[id: number, weight: number]> {
  const postings: Array<[id: number, weight: number]> = []
  if (entry.flags & FIXED) {
    const view = new DataView(entry.docs.buffer, entry.docs.byteOffset, entry.docs.length)
    for (let i = 0; i < entry.df; i++)
      postings.push([view.getUint32(4 * i, true), entry.docs[4 * entry.df + i]!])
    return postings
  }
  const reader = new ByteReader(entry.docs, entry.term)
  let id = 0
  while (!reader.done) postings.push([(id += reader.varint()), reader.byte()])
  return postings
}

/**
 * A long list fixed-width: the doc ids as u32 (little-endian), then the weights (a gram's first
 * words', then its second words').
 */
function fixedWidth(entry: IndexEntry): IndexEntry {
  if (entry.df < FIXED_FROM || entry.docs.length === 0 || entry.flags & FIXED) return entry
  const weightsPer = entry.kind === GRAM ? 2 : 1
  const docs = new Uint8Array(entry.df * (4 + weightsPer))
  const view = new DataView(docs.buffer)
  // Decoded straight into place: these are the longest lists of the archive.
  const reader = new ByteReader(entry.docs, entry.term)
  for (let i = 0, id = 0; i < entry.df; i++) {
    view.setUint32(4 * i, (id += reader.varint()), true)
    for (let w = 0; w < weightsPer; w++) docs[(4 + w) * entry.df + i] = reader.byte()
  }
  return { ...entry, flags: entry.flags | FIXED, docs }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** A stem's entries, sorted so values are byte-for-byte deterministic. */
function groupEntries(stem: string, group: StemGroup): IndexEntry[] {
  const entries: IndexEntry[] = [
    {
      term: stem,
      kind: STEM,
      flags: group.flags,
      df: group.stem.df,
      docs: group.stem.docs.view(),
      positions: group.stem.positions.view(),
    },
  ]
  for (const word of [...group.surfaces.keys()].sort()) {
    const surface = group.surfaces.get(word)!
    const same = sameBytes(surface.docs.view(), group.stem.docs.view())
    entries.push({
      term: word,
      kind: same ? SURFACE_AS_STEM : SURFACE,
      flags: 0,
      df: surface.df,
      docs: same ? new Uint8Array() : surface.docs.view(),
      positions: new Uint8Array(),
    })
  }
  for (const term of [...group.grams.keys()].sort()) {
    const gram = group.grams.get(term)!
    entries.push({
      term,
      kind: GRAM,
      flags: 0,
      df: gram.df,
      docs: gram.docs.view(),
      positions: new Uint8Array(),
    })
  }
  return entries.map(fixedWidth)
}

/** Keeps the `keep` highest-weighted postings of a docs block (ties: the newest). */
function truncateDocs(entry: IndexEntry, keep: number): IndexEntry {
  const kept = decodeDocs(entry)
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .slice(0, keep)
    .sort((a, b) => a[0] - b[0])
  const out = new PostingWriter()
  for (const [docId, weight] of kept) out.add(docId, weight)
  const flags = (entry.flags | TRUNCATED) & ~FIXED
  return fixedWidth({ ...entry, flags, df: kept.length, docs: out.docs.view() })
}

/**
 * Makes a stem's entries fit one value: first without positions (phrases on that word then
 * match without the adjacency check), then, if still too large, only its best postings.
 * Neither happens on any archive measured (see `npm run bench:search`); it is a guarantee.
 */
function fitValue(entries: IndexEntry[]): IndexEntry[] {
  const size = (list: IndexEntry[]) => list.reduce((sum, entry) => sum + entrySize(entry), 3)
  if (size(entries) <= MAX_INDEX_VALUE_BYTES) return entries
  let fitted = entries.map((entry) =>
    entry.kind === STEM
      ? { ...entry, flags: entry.flags | NO_POSITIONS, positions: new Uint8Array() }
      : entry
  )
  // Then its grams: the Worker checks those phrases' positions instead (`NO_GRAMS`).
  if (size(fitted) > MAX_INDEX_VALUE_BYTES && fitted.some((entry) => entry.kind === GRAM))
    fitted = fitted
      .filter((entry) => entry.kind !== GRAM)
      .map((entry) => (entry.kind === STEM ? { ...entry, flags: entry.flags | NO_GRAMS } : entry))
  while (size(fitted) > MAX_INDEX_VALUE_BYTES) {
    fitted = fitted.map((entry) =>
      entry.docs.length > 0 ? truncateDocs(entry, Math.floor(entry.df * 0.8)) : entry
    )
  }
  return fitted
}

/**
 * The search index of `articles` (drafts are skipped here too), as KV values: result records
 * first, then postings, then the meta value, the order they should be written in.
 * @param now articles published after it are marked scheduled, hidden by the Worker until then.
 * @example for (const [key, value] of buildSearchIndex(published, now)) records.set(key, value)
 */
export function buildSearchIndex(
  articles: readonly SourceArticle[],
  now: number
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
    const doc = { ...summaryOf(article), text: text.slice(0, MAX_SNIPPET_SOURCE) }
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
    documents: docs.length,
    shards,
    heavy,
    scheduled,
  }
  values.set(searchMetaKey(), jsonValue(v.parse(SearchMetaSchema, meta)))
  return values
}
