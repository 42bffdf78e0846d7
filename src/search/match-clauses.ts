/**
 * @module
 * Turns one query clause into the lists a conjunction walks (`conjunction.ts`). A word is its
 * stem's postings, scored by BM25F, with the exact word as typed as a bonus list. A two-word
 * phrase whose words form a common gram (`formsGram`) is that gram alone, carrying both words'
 * weights. Any other phrase is its words' lists with its grams as filters, and positions are
 * checked afterwards where no gram settles adjacency (a rare word, a stop word between, three or
 * more words).
 */
import type { SearchWord } from '../text/search-terms'
import { conjunction, type RequiredList } from './conjunction'
import { filterHits, type Hits } from './hit-lists'
import {
  findEntries,
  formsGram,
  GRAM,
  NO_GRAMS,
  NO_POSITIONS,
  STEM,
  SURFACE,
  SURFACE_AS_STEM,
  type FoundEntry,
} from './index-format'
import type { PhraseWord, QueryClause } from './parse-query'
import { EXACT_MATCH_WEIGHT, inverseDocumentFrequency } from './ranking'
import { readPostings } from './read-postings'
import { ByteReader } from './varint'

/** Where a word's postings are: its index value (already read) and the key it was read under. */
export type WordSource = { bytes: Uint8Array | null; key: string }

/** What each weight byte scores for a word in `df` of `documents` articles, times `factor`. */
function scoreTable(df: number, documents: number, factor = 1): Float64Array {
  const perWeight = (factor * inverseDocumentFrequency(df, documents)) / 255
  const table = new Float64Array(256)
  for (let weight = 1; weight < 256; weight++) table[weight] = perWeight * weight
  return table
}

type WordList = RequiredList & { stem: FoundEntry }

/** A word's list: its stem's postings, the exact form's added on top; null when not indexed. */
function wordList(word: SearchWord, source: WordSource, documents: number): WordList | null {
  if (!source.bytes) return null
  const [stem, surface] = findEntries(source.bytes, source.key, [
    { term: word.stem, kinds: [STEM] },
    { term: word.word, kinds: [SURFACE, SURFACE_AS_STEM] },
  ])
  if (!stem) return null
  const postings = readPostings(stem)
  const score = scoreTable(stem.df, documents)
  if (!surface) return { postings, score, secondScore: null, bonuses: [], stem }
  const exact = scoreTable(surface.df, documents, EXACT_MATCH_WEIGHT)
  // The same postings: the bonus folds into the stem's own scores (added as the merge would).
  if (surface.kind === SURFACE_AS_STEM) {
    for (let weight = 1; weight < 256; weight++) score[weight] = score[weight]! + exact[weight]!
    return { postings, score, secondScore: null, bonuses: [], stem }
  }
  const bonus = { postings: readPostings(surface), score: exact }
  return { postings, score, secondScore: null, bonuses: [bonus], stem }
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

type LookedWord = { offset: number; list: WordList }

/** Keeps the hits where the phrase's looked-up words sit at their offsets from the first one. */
function adjacentOnly(looked: LookedWord[], hits: Hits): Hits {
  const cursors: PositionCursor[] = looked.flatMap(({ offset, list: { stem, postings } }) => {
    if (stem.flags & NO_POSITIONS) return []
    const { bytes, key, offset: start, end } = stem.positions
    return [
      {
        offset,
        ids: postings.ids,
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

const NO_FILTER = (hits: Hits) => hits

/**
 * What a clause asks of an article: lists it must be on, and a check of the hits left (positions,
 * for phrases no gram settles). Null when the clause can match nothing.
 */
export type ClausePlan = { lists: RequiredList[]; check: (hits: Hits) => Hits }

/**
 * The gram entry of two adjacent words, from the value of the rarer one (either value is looked
 * in: both were read). Null when they are never adjacent; undefined when the builder had to
 * leave some of its grams out (`NO_GRAMS`), so only positions can tell.
 */
function gramEntry(
  first: WordList & { word: SearchWord },
  second: WordList & { word: SearchWord },
  sourceOf: (word: SearchWord) => WordSource
): FoundEntry | null | undefined {
  const wanted = [{ term: `${first.word.stem} ${second.word.stem}`, kinds: [GRAM] }]
  for (const { bytes, key } of [sourceOf(second.word), sourceOf(first.word)]) {
    const [gram] = findEntries(bytes!, key, wanted)
    if (gram) return gram
  }
  return (first.stem.flags | second.stem.flags) & NO_GRAMS ? undefined : null
}

function phrasePlan(
  words: PhraseWord[],
  sourceOf: (word: SearchWord) => WordSource,
  documents: number
): ClausePlan | null {
  const looked: Array<LookedWord & { list: { word: SearchWord } }> = []
  const grams: FoundEntry[] = []
  let settled = true
  for (const [offset, word] of words.entries()) {
    if (word.stop) continue
    const found = wordList(word, sourceOf(word), documents)
    if (!found) return null
    const list = { ...found, word }
    const previous = looked.at(-1)
    if (previous?.offset === offset - 1 && formsGram(previous.list.stem.flags, list.stem.flags)) {
      const gram = gramEntry(previous.list, list, sourceOf)
      if (gram === null) return null
      if (gram) grams.push(gram)
      else settled = false
    } else if (previous) settled = false
    looked.push({ offset, list })
  }
  const [first, second] = looked
  // Two words their gram settles: the gram alone, scored with both words' weights.
  if (settled && looked.length === 2 && grams.length === 1) {
    return {
      lists: [
        {
          postings: readPostings(grams[0]!),
          score: first!.list.score,
          secondScore: second!.list.score,
          bonuses: [...first!.list.bonuses, ...second!.list.bonuses],
        },
      ],
      check: NO_FILTER,
    }
  }
  // Otherwise the words, each gram as a filter, and positions unless nothing is left to check.
  const filters = grams.map((gram): RequiredList => ({
    postings: readPostings(gram),
    score: null,
    secondScore: null,
    bonuses: [],
  }))
  return {
    lists: [...looked.map(({ list }) => list), ...filters],
    check: settled && looked.length <= 1 ? NO_FILTER : (hits) => adjacentOnly(looked, hits),
  }
}

/**
 * The plan of one clause, or null when it can match nothing (a word not in the index).
 * @param sourceOf where each word's postings were read from.
 * @param documents the archive's size (N).
 * @throws CorruptRecordError when an index value cannot be decoded.
 */
export function planClause(
  clause: QueryClause,
  sourceOf: (word: SearchWord) => WordSource,
  documents: number
): ClausePlan | null {
  if (clause.kind === 'phrase') return phrasePlan(clause.words, sourceOf, documents)
  const list = wordList(clause.word, sourceOf(clause.word), documents)
  return list ? { lists: [list], check: NO_FILTER } : null
}

/** The hits of one clause on its own (for the any-word fall-back). */
export const clauseHits = (plan: ClausePlan | null): Hits =>
  plan ? plan.check(conjunction(plan.lists)) : conjunction([])
