/**
 * @module
 * Scores one query clause from the index values read for it. A word matches every article with
 * its stem, scored by BM25F, and more where the exact word as typed appears. A phrase matches
 * articles with all its words (stop words hold their place unchecked: they are not indexed)
 * at adjacent positions.
 */
import type { SearchWord } from '../text/search-terms'
import type { PhraseWord, QueryClause } from './parse-query'
import { findEntry, NO_POSITIONS, readPositions, readPostings, STEM, SURFACE, SURFACE_AS_STEM, type FoundEntry, type Postings } from './index-format'
import { filterHits, intersectHits, NO_HITS, type Hits } from './hit-lists'
import { EXACT_MATCH_WEIGHT, inverseDocumentFrequency } from './ranking'

/** Where a word's postings are: its index value (already read) and the key it was read under. */
export type WordSource = { bytes: Uint8Array | null; key: string }

type WordHits = Hits & { stem: FoundEntry | null }

/** A word's hits: its stem's postings, the exact form's added on top. */
function wordHits(word: SearchWord, source: WordSource, documents: number): WordHits {
  if (!source.bytes) return { ...NO_HITS, stem: null }
  const stem = findEntry(source.bytes, source.key, word.stem, [STEM])
  if (!stem) return { ...NO_HITS, stem: null }
  const postings = readPostings(stem)
  const stemIdf = inverseDocumentFrequency(stem.df, documents) / 255
  const scores = new Float64Array(postings.ids.length)
  for (let i = 0; i < scores.length; i++) scores[i] = stemIdf * postings.weights[i]!
  const surface = findEntry(source.bytes, source.key, word.word, [SURFACE, SURFACE_AS_STEM])
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

/** Index of each of `ids` (ascending, all present) in `within` (ascending). */
function indexesOf(ids: Uint32Array, within: Uint32Array): number[] {
  const indexes: number[] = []
  let j = 0
  for (const id of ids) {
    while (within[j]! < id) j++
    indexes.push(j)
  }
  return indexes
}

/** Articles where the phrase's looked-up words sit at their offsets from the first one. */
function phraseHits(words: PhraseWord[], sourceOf: (word: SearchWord) => WordSource, documents: number): Hits {
  const looked = words.flatMap((word, offset) => (word.stop ? [] : [{ offset, hits: wordHits(word, sourceOf(word), documents) }]))
  let hits = looked.map(({ hits }) => hits as Hits).reduce(intersectHits)
  if (hits.ids.length === 0) return hits
  // Positions only for the articles that have every word.
  const positions = looked.map(({ offset, hits: word }) => {
    if (!word.stem || word.stem.flags & NO_POSITIONS) return null
    const at = readPositions(word.stem, indexesOf(hits.ids, word.ids))
    return { offset, at: [...at.values()].map((list) => new Set(list)) }
  })
  const checked = positions.filter((entry) => entry !== null)
  if (checked.length < 2) return hits
  const [first, ...rest] = checked
  hits = filterHits(hits, (_id, i) => {
    for (const start of first!.at[i]!) {
      const origin = start - first!.offset
      if (rest.every(({ offset, at }) => at[i]!.has(origin + offset))) return true
    }
    return false
  })
  return hits
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
