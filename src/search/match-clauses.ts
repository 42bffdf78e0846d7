/**
 * @module
 * Scores one query clause from the index values read for it. A word matches every article with
 * its stem, scored by BM25F, and more where the exact word as typed appears. A phrase matches
 * articles with all its words (stop words hold their place unchecked: they are not indexed)
 * at adjacent positions.
 */
import type { SearchWord } from '../text/search-terms'
import type { PhraseWord, QueryClause } from './parse-query'
import { findEntries, NO_POSITIONS, readPostings, STEM, SURFACE, SURFACE_AS_STEM, type FoundEntry, type Postings } from './index-format'
import { filterHits, intersectHits, NO_HITS, type Hits } from './hit-lists'
import { EXACT_MATCH_WEIGHT, inverseDocumentFrequency } from './ranking'
import { ByteReader } from './varint'

/** Where a word's postings are: its index value (already read) and the key it was read under. */
export type WordSource = { bytes: Uint8Array | null; key: string }

type WordHits = Hits & { stem: FoundEntry | null }

/** A word's hits: its stem's postings, the exact form's added on top. */
function wordHits(word: SearchWord, source: WordSource, documents: number): WordHits {
  if (!source.bytes) return { ...NO_HITS, stem: null }
  const [stem, surface] = findEntries(source.bytes, source.key, [
    { term: word.stem, kinds: [STEM] },
    { term: word.word, kinds: [SURFACE, SURFACE_AS_STEM] },
  ])
  if (!stem) return { ...NO_HITS, stem: null }
  const postings = readPostings(stem)
  const stemIdf = inverseDocumentFrequency(stem.df, documents) / 255
  const scores = new Float64Array(postings.ids.length)
  for (let i = 0; i < scores.length; i++) scores[i] = stemIdf * postings.weights[i]!
  if (surface) {
    const exact: Postings = surface.kind === SURFACE_AS_STEM ? postings : readPostings(surface)
    const exactIdf = (EXACT_MATCH_WEIGHT * inverseDocumentFrequency(surface.df, documents)) / 255
    let i = 0
    for (let j = 0; j < exact.ids.length; j++) {
      while (i < postings.ids.length && postings.ids[i]! < exact.ids[j]!) i++
      if (postings.ids[i] === exact.ids[j]) scores[i]! += exactIdf * exact.weights[j]!
    }
  }
  return { ids: postings.ids, scores, stem }
}

/** A walk through one word's positions block, in step with the candidate articles. */
type PositionCursor = { offset: number; ids: Uint32Array; index: number; reader: ByteReader; positions: number[] }

/** Decodes the positions of the posting for `id`, skipping earlier postings by their length. */
function positionsAt(cursor: PositionCursor, id: number): number[] {
  const { reader, ids, positions } = cursor
  while (ids[cursor.index]! < id) {
    reader.skip(reader.varint())
    cursor.index++
  }
  const end = reader.varint() + reader.offset
  if (end > reader.end) reader.fail('positions run past their block')
  positions.length = 0
  let position = 0
  while (reader.offset < end) positions.push((position += reader.varint()))
  if (reader.offset !== end) reader.fail('positions overrun their posting')
  cursor.index++
  return positions
}

/** Articles where the phrase's looked-up words sit at their offsets from the first one. */
function phraseHits(words: PhraseWord[], sourceOf: (word: SearchWord) => WordSource, documents: number): Hits {
  const looked = words.flatMap((word, offset) => (word.stop ? [] : [{ offset, hits: wordHits(word, sourceOf(word), documents) }]))
  const hits = looked.map(({ hits }) => hits as Hits).reduce(intersectHits)
  // Positions are read only for articles that have every word, and only here.
  const cursors: PositionCursor[] = looked.flatMap(({ offset, hits: { stem, ids } }) => {
    if (!stem || stem.flags & NO_POSITIONS) return []
    const { bytes, key, offset: start, end } = stem.positions
    return [{ offset, ids, index: 0, reader: new ByteReader(bytes, key, start, end), positions: [] }]
  })
  if (hits.ids.length === 0 || cursors.length < 2) return hits
  const [first, ...rest] = cursors as [PositionCursor, ...PositionCursor[]]
  return filterHits(hits, (id) => {
    for (const cursor of cursors) positionsAt(cursor, id)
    for (const start of first.positions) {
      const origin = start - first.offset
      if (rest.every(({ offset, positions }) => positions.includes(origin + offset))) return true
    }
    return false
  })
}

/**
 * The hits of one clause.
 * @param sourceOf where each word's postings were read from.
 * @param documents the archive's size (N).
 * @throws CorruptRecordError when an index value cannot be decoded.
 */
export function clauseHits(clause: QueryClause, sourceOf: (word: SearchWord) => WordSource, documents: number): Hits {
  if (clause.kind === 'word') return wordHits(clause.word, sourceOf(clause.word), documents)
  return phraseHits(clause.words, sourceOf, documents)
}
