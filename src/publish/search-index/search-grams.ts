/**
 * @module
 * Common grams (after Lucene's `CommonGramsFilter`): for every two stems that stand side by side
 * somewhere and are paired (`formsGram`: both frequent, one common), the articles where they do.
 * Each posting carries both words' weights there, so a two-word phrase of such words is one list
 * instead of its two words' lists and a walk through the positions of most of the archive: the
 * positions of «ترقب» and «الأسواق» in 100k articles cost milliseconds, their gram one pass.
 * Rare words, whose positions are cheap to check, get none, so the grams stay a small part of
 * the index.
 */
import { ByteWriter } from '../../search/varint'
import type { StemSequence } from './search-postings'

/** A gram's postings: doc-id gap, then both words' weights there. */
export class GramWriter {
  readonly docs = new ByteWriter()
  df = 0
  lastId = -1

  add(id: number, first: number, second: number) {
    this.docs.varint(this.df === 0 ? id : id - this.lastId)
    this.docs.byte(first)
    this.docs.byte(second)
    this.lastId = id
    this.df++
  }
}

/**
 * The grams of `sequence`: first stem → second stem → postings.
 * @param stemCount how many stems there are (ids below it).
 * @param paired whether two stems (by id), adjacent in that order, get a gram.
 */
export function commonGrams(
  sequence: StemSequence,
  stemCount: number,
  paired: (first: number, second: number) => boolean
): Map<number, Map<number, GramWriter>> {
  const grams = new Map<number, Map<number, GramWriter>>()
  const stems = sequence.stems.values
  const weighed = sequence.weights.values
  // The article's weight of each stem, valid where `seen` holds the article's number.
  const weightOf = new Uint8Array(stemCount)
  const seen = new Int32Array(stemCount).fill(-1)
  let start = 0
  let weightStart = 0
  sequence.ids.forEach((id, article) => {
    for (let w = weightStart; w < sequence.weightEnds[article]!; w += 2) {
      weightOf[weighed[w]!] = weighed[w + 1]!
      seen[weighed[w]!] = article
    }
    weightStart = sequence.weightEnds[article]!
    const end = sequence.ends[article]!
    for (let p = start; p + 1 < end; p++) {
      const first = stems[p]!
      const second = stems[p + 1]!
      if (first < 0 || second < 0 || !paired(first, second)) continue
      let seconds = grams.get(first)
      if (!seconds) grams.set(first, (seconds = new Map<number, GramWriter>()))
      let postings = seconds.get(second)
      if (!postings) seconds.set(second, (postings = new GramWriter()))
      // Once an article: the same pair again in it is already listed.
      if (postings.lastId !== id && seen[first] === article && seen[second] === article)
        postings.add(id, weightOf[first]!, weightOf[second]!)
    }
    start = end
  })
  return grams
}
