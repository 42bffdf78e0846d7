/**
 * @module
 * Common grams (after Lucene's `CommonGramsFilter`): for every two stems that stand side by side
 * somewhere and are paired (`formsGram`: both frequent, one common), the articles where they do.
 * A phrase of such words is then one more list in the conjunction instead of a walk through the
 * positions of most of the archive: the positions of «ترقب» and «الأسواق» in 100k articles cost
 * milliseconds, their gram a pass over one list. Rare words, whose positions are cheap to check,
 * get none, so the grams stay a small part of the index.
 */
import { PostingWriter, type StemSequence } from './search-postings'

/**
 * The grams of `sequence`: first stem → second stem → postings (weights unused, all 1).
 * @param paired whether two stems (by id), adjacent in that order, get a gram.
 */
export function commonGrams(
  sequence: StemSequence,
  paired: (first: number, second: number) => boolean
): Map<number, Map<number, PostingWriter>> {
  const grams = new Map<number, Map<number, PostingWriter>>()
  const { stems, ids, ends } = sequence
  let start = 0
  ids.forEach((id, article) => {
    const end = ends[article]!
    for (let p = start; p + 1 < end; p++) {
      const first = stems[p]!
      const second = stems[p + 1]!
      if (first < 0 || second < 0 || !paired(first, second)) continue
      let seconds = grams.get(first)
      if (!seconds) grams.set(first, (seconds = new Map<number, PostingWriter>()))
      let postings = seconds.get(second)
      if (!postings) seconds.set(second, (postings = new PostingWriter()))
      // Once an article: the same pair again in it is already listed.
      if (postings.lastId !== id || postings.df === 0) postings.add(id, 1)
    }
    start = end
  })
  return grams
}
