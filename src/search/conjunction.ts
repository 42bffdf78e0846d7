/**
 * @module
 * The articles on every list of a query, scored: the shortest list's articles are the candidates,
 * and each other list keeps those it has, so a rare word in a query with common ones costs its
 * own length, and lists of common words are read in place without being decoded first.
 */
import { CorruptRecordError } from '../store/read-record'
import { NO_HITS, type Hits } from './hit-lists'
import type { Postings } from './read-postings'

/** Postings and what each weight byte adds to a match's score. */
type ScoredList = { postings: Postings; score: Float64Array }

/** A list every match must be on. */
export type RequiredList = {
  postings: Postings
  /** What each weight adds; null: a filter that adds nothing (a gram checking adjacency). */
  score: Float64Array | null
  /** A gram standing for both its words: what each of its second weights adds. */
  secondScore: Float64Array | null
  /** Lists a match may be on, each adding its own score (the exact forms of words). */
  bonuses: ScoredList[]
}

/** What the posting at `j` of a list adds: its weight's score, and its second weight's. */
const partOf = (list: RequiredList, table: Float64Array, j: number) =>
  table[list.postings.weights[j]!]! +
  (list.secondScore ? list.secondScore[list.postings.second![j]!]! : 0)

/**
 * Output arrays kept between calls. A search of common words matches most of the archive, and
 * fresh arrays of that size for every query are what the garbage collector would spend its time
 * on. The caller must be done with one call's hits before the next call into the same buffer.
 */
export class HitBuffer {
  private ids = new Uint32Array(1024)
  private scores = new Float64Array(1024)

  /** Arrays of at least `length`. */
  take(length: number): Hits {
    if (this.ids.length < length) {
      this.ids = new Uint32Array(Math.ceil(length * 1.25))
      this.scores = new Float64Array(this.ids.length)
    }
    return { ids: this.ids, scores: this.scores }
  }
}

/** The first index from `from` whose id is at least `id`: doubling steps, then halving. */
function seek(ids: Uint32Array, from: number, id: number): number {
  if (from >= ids.length || ids[from]! >= id) return from
  let step = 1
  let low = from
  while (low + step < ids.length && ids[low + step]! < id) {
    low += step
    step *= 2
  }
  let high = Math.min(low + step, ids.length)
  // ids[low] < id, and ids[high] >= id or high is the end.
  while (high - low > 1) {
    const mid = (low + high) >>> 1
    if (ids[mid]! < id) low = mid
    else high = mid
  }
  return high
}

/** The score table of a filter: every weight adds nothing. */
const NO_SCORE = new Float64Array(256)

/** A list this many times longer than the matches it is walked for is galloped, not merged. */
const GALLOP_FROM = 4

/**
 * Adds each match's bonus: the bonus list's score where the match is on it. Matches ascend, so
 * one forward walk of the bonus list does it.
 */
function addBonus(bonus: ScoredList, ids: Uint32Array, scores: Float64Array, count: number) {
  const bonusIds = bonus.postings.ids
  const { weights } = bonus.postings
  const table = bonus.score
  const gallop = bonusIds.length > GALLOP_FROM * count
  let j = 0
  for (let c = 0; c < count; c++) {
    const id = ids[c]!
    if (gallop) j = seek(bonusIds, j, id)
    else while (j < bonusIds.length && bonusIds[j]! < id) j++
    if (j === bonusIds.length) return
    if (bonusIds[j] === id) scores[c] = scores[c]! + table[weights[j]!]!
  }
}

/**
 * Articles on every list, with their scores. The shortest list's postings are the candidates;
 * each other list, shortest first, then keeps those it has (a linear merge, or galloping when it
 * is much longer than what is left), adding its score. Tight passes over typed arrays, one list
 * at a time, are what V8 runs fastest. Ids ascend.
 * @param into where to write them; fresh arrays when not given.
 * @throws CorruptRecordError when the leading list's ids do not ascend (fixed-width lists are
 *   read in place, so their order is checked as they are walked).
 */
export function conjunction(lists: readonly RequiredList[], into?: HitBuffer): Hits {
  if (lists.length === 0 || lists.some((list) => list.postings.ids.length === 0)) return NO_HITS
  const order = [...lists].sort((a, b) => a.postings.ids.length - b.postings.ids.length)
  const lead = order[0]!
  const leadIds = lead.postings.ids
  const { ids, scores } = into
    ? into.take(leadIds.length)
    : { ids: new Uint32Array(leadIds.length), scores: new Float64Array(leadIds.length) }
  const leadScore = lead.score ?? NO_SCORE
  const outOfOrder = () => new CorruptRecordError(lead.postings.key, 'doc ids out of order')
  let count = 0
  let next = 1
  if (order.length === 1) {
    let previous = -1
    for (let i = 0; i < leadIds.length; i++) {
      const id = leadIds[i]!
      if (id <= previous) throw outOfOrder()
      previous = id
      ids[i] = id
      scores[i] = partOf(lead, leadScore, i)
    }
    count = leadIds.length
  } else {
    // The lead and the next list merged straight from their postings: the lead is not copied first.
    const second = order[1]!
    const other = second.postings.ids
    const table = second.score ?? NO_SCORE
    const gallop = other.length > GALLOP_FROM * leadIds.length
    let previous = -1
    for (let i = 0, j = 0; i < leadIds.length && j < other.length;) {
      const id = leadIds[i]!
      if (id <= previous) throw outOfOrder()
      if (gallop) j = seek(other, j, id)
      else while (j < other.length && other[j]! < id) j++
      if (j === other.length) break
      previous = id
      i++
      if (other[j] !== id) continue
      ids[count] = id
      scores[count++] = partOf(lead, leadScore, i - 1) + partOf(second, table, j++)
    }
    next = 2
  }
  for (let k = next; k < order.length && count > 0; k++) {
    const list = order[k]!
    const other = list.postings.ids
    const table = list.score ?? NO_SCORE
    let kept = 0
    if (other.length > GALLOP_FROM * count) {
      for (let c = 0, j = 0; c < count; c++) {
        const id = ids[c]!
        j = seek(other, j, id)
        if (j === other.length) break
        if (other[j] !== id) continue
        ids[kept] = id
        scores[kept++] = scores[c]! + partOf(list, table, j)
      }
    } else {
      // A merge: both lists are walked once, in step.
      for (let c = 0, j = 0; c < count && j < other.length;) {
        const id = ids[c]!
        const otherId = other[j]!
        if (otherId < id) j++
        else if (otherId > id) c++
        else {
          ids[kept] = id
          scores[kept++] = scores[c++]! + partOf(list, table, j++)
        }
      }
    }
    count = kept
  }
  // Bonuses last, for the matches only: fewer than any list's postings.
  for (const { bonuses } of order) for (const bonus of bonuses) addBonus(bonus, ids, scores, count)
  return { ids: ids.subarray(0, count), scores: scores.subarray(0, count) }
}
