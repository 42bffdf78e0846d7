/**
 * @module
 * Scores one query clause from the index values read for it. A word matches every article with
 * its stem, scored by BM25F, and more where the exact word as typed appears. A phrase matches
 * articles with all its words (stop words hold their place unchecked: they are not indexed)
 * at adjacent positions.
 */
import type { SearchWord } from '../text/search-terms'
import { filterHits, intersectHits, NO_HITS, type Hits } from './hit-lists'
import {
  findEntries,
  NO_POSITIONS,
  readPostings,
  STEM,
  SURFACE,
  SURFACE_AS_STEM,
  type FoundEntry,
  type Postings,
} from './index-format'
import type { PhraseWord, QueryClause } from './parse-query'
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
type PositionCursor = {
  offset: number
  ids: Uint32Array
  index: number
  reader: ByteReader
  positions: Int32Array
  count: number
}

/**
 * Decodes the positions of the posting for `id`, skipping earlier postings by their length.
 * Phrases over common words decode millions of these, so the varints are read inline.
 */
function positionsAt(cursor: PositionCursor, id: number): void {
  const { reader, ids } = cursor
  while (ids[cursor.index]! < id) {
    reader.skip(reader.varint())
    cursor.index++
  }
  const end = reader.varint() + reader.offset
  if (end > reader.end) reader.fail('positions run past their block')
  const { bytes } = reader
  // Each position takes at least a byte, so the buffer grows to the block, never per position.
  if (cursor.positions.length < end - reader.offset)
    cursor.positions = new Int32Array(end - reader.offset)
  const positions = cursor.positions
  let count = 0
  let at = reader.offset
  let position = 0
  while (at < end) {
    let gap = 0
    let shift = 1
    let byte: number
    do {
      if (at >= end || shift > 0x10000000) reader.fail('a position runs past its posting')
      byte = bytes[at++]!
      gap += (byte & 0x7f) * shift
      shift *= 0x80
    } while (byte >= 0x80)
    positions[count++] = position += gap
  }
  cursor.count = count
  reader.offset = at
  cursor.index++
}

/** Whether a cursor's current positions include `position` (they ascend, and are few). */
function holds(cursor: PositionCursor, position: number): boolean {
  for (let i = 0; i < cursor.count; i++) if (cursor.positions[i] === position) return true
  return false
}

/** Articles where the phrase's looked-up words sit at their offsets from the first one. */
function phraseHits(
  words: PhraseWord[],
  sourceOf: (word: SearchWord) => WordSource,
  documents: number
): Hits {
  const looked = words.flatMap((word, offset) =>
    word.stop ? [] : [{ offset, hits: wordHits(word, sourceOf(word), documents) }]
  )
  const hits = looked.map(({ hits }) => hits as Hits).reduce(intersectHits)
  // Positions are read only for articles that have every word, and only here.
  const cursors: PositionCursor[] = looked.flatMap(({ offset, hits: { stem, ids } }) => {
    if (!stem || stem.flags & NO_POSITIONS) return []
    const { bytes, key, offset: start, end } = stem.positions
    return [
      {
        offset,
        ids,
        index: 0,
        reader: new ByteReader(bytes, key, start, end),
        positions: new Int32Array(16),
        count: 0,
      },
    ]
  })
  if (hits.ids.length === 0 || cursors.length < 2) return hits
  const [first, ...rest] = cursors as [PositionCursor, ...PositionCursor[]]
  return filterHits(hits, (id) => {
    for (const cursor of cursors) positionsAt(cursor, id)
    starts: for (let p = 0; p < first.count; p++) {
      const origin = first.positions[p]! - first.offset
      for (const other of rest) if (!holds(other, origin + other.offset)) continue starts
      return true
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
export function clauseHits(
  clause: QueryClause,
  sourceOf: (word: SearchWord) => WordSource,
  documents: number
): Hits {
  if (clause.kind === 'word') return wordHits(clause.word, sourceOf(clause.word), documents)
  return phraseHits(clause.words, sourceOf, documents)
}
