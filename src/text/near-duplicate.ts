/**
 * @module
 * Are two headlines the same story told twice? Editors and feeds reword headlines
 * («العدل» وجامعة الإمارات تتعاونان… / تعاون بين «العدل» و«جامعة الإمارات»…), so the check compares
 * content-word stems, and lets one stem match another that contains it (تعاون / تتعاون), one to
 * one, so that a shared name (روسيا inside بيلاروسيا) cannot be counted twice.
 */
import { boundedMemo } from '../cache/bounded-memo'
import { headlineTerms } from './headline-terms'
import { normalizeArabic } from './normalize-arabic'

/** Share of matched terms, over all distinct terms, from which two headlines are one story. */
export const NEAR_DUPLICATE_THRESHOLD = 0.7

/** Shortest stem allowed to match inside a longer one. */
const MIN_CONTAINED_LENGTH = 4

type Analysed = {
  key: string
  terms: string[]
  termSet: Set<string>
  /** Per term, a bit per letter class: a term can contain another only if its bits cover the other's. */
  letterMasks: number[]
}

const letterMask = (term: string) => {
  let mask = 0
  for (let i = 0; i < term.length; i++) mask |= 1 << (term.charCodeAt(i) & 31)
  return mask
}

/** Does one term contain the other? The masks rule most pairs out without a substring search. */
const containsEither = (a: string, maskA: number, b: string, maskB: number) =>
  ((maskA & ~maskB) === 0 && b.includes(a)) || ((maskB & ~maskA) === 0 && a.includes(b))

/**
 * Matched terms: equal stems first, then stems that contain one another, one to one, each term
 * of the shorter headline taking the first free partner. With `needed`, it stops once the count
 * is sure to reach `needed` or sure not to; the count it returns then settles only that.
 */
function countMatches(shorter: Analysed, longer: Analysed, needed = Infinity): number {
  let matches = 0
  let open = 0
  for (const term of shorter.terms) {
    if (longer.termSet.has(term)) matches++
    else if (term.length >= MIN_CONTAINED_LENGTH) open++
  }
  if (open === 0 || matches >= needed || (needed !== Infinity && matches + open < needed))
    return matches
  let taken: boolean[] | undefined // partners of the longer headline already matched, by position
  for (let i = 0; i < shorter.terms.length; i++) {
    const term = shorter.terms[i]!
    if (longer.termSet.has(term) || term.length < MIN_CONTAINED_LENGTH) continue
    if (matches >= needed || (needed !== Infinity && matches + open < needed)) return matches
    open--
    for (let j = 0; j < longer.terms.length; j++) {
      const other = longer.terms[j]!
      if (taken?.[j] || other.length < MIN_CONTAINED_LENGTH || shorter.termSet.has(other)) continue
      if (containsEither(term, shorter.letterMasks[i]!, other, longer.letterMasks[j]!)) {
        taken ??= []
        taken[j] = true
        matches++
        break
      }
    }
  }
  return matches
}

/**
 * The same headlines are compared many times in a publish; their terms are worked out once. The
 * limit is above any archive's count of headlines: clearing the cache mid-publish would thrash.
 */
const cache = boundedMemo<Analysed>('analysed headlines', 500_000)

function analysed(headline: string): Analysed {
  let entry = cache.get(headline)
  if (!entry) {
    const terms = headlineTerms(headline)
    entry = {
      key: normalizeArabic(headline),
      terms,
      termSet: new Set(terms),
      letterMasks: terms.map(letterMask),
    }
    cache.set(headline, entry)
  }
  return entry
}

const similarity = (matches: number, sizeA: number, sizeB: number) =>
  matches / (sizeA + sizeB - matches)

/**
 * Matched terms over the union of both headlines' terms (a Jaccard index with containment).
 * @example headlineSimilarity('«العدل» وجامعة الإمارات تتعاونان في الطب الشرعي', 'تعاون بين «العدل» و«جامعة الإمارات» في مجال الطب الشرعي') // ≈ 0.86
 */
export function headlineSimilarity(a: string, b: string): number {
  const termsA = analysed(a)
  const termsB = analysed(b)
  const sizeA = termsA.terms.length
  const sizeB = termsB.terms.length
  if (sizeA === 0 || sizeB === 0) return 0
  const matches = sizeA <= sizeB ? countMatches(termsA, termsB) : countMatches(termsB, termsA)
  return similarity(matches, sizeA, sizeB)
}

/**
 * `headlineSimilarity(a, b) >= NEAR_DUPLICATE_THRESHOLD`, deciding as early as it can: the
 * similarity grows with the matches, so it counts only until the fewest matches that reach the
 * threshold are found, or can no longer be. Most pairs are settled by their term counts alone.
 */
function similarEnough(a: string, b: string): boolean {
  const termsA = analysed(a)
  const termsB = analysed(b)
  const aIsShorter = termsA.terms.length <= termsB.terms.length
  const shorter = aIsShorter ? termsA : termsB
  const longer = aIsShorter ? termsB : termsA
  const sizeS = shorter.terms.length
  const sizeL = longer.terms.length
  if (sizeS === 0) return false
  let needed = 0
  while (needed <= sizeS && similarity(needed, sizeS, sizeL) < NEAR_DUPLICATE_THRESHOLD) needed++
  if (needed > sizeS) return false
  return countMatches(shorter, longer, needed) >= needed
}

/** Same headline once spelling, punctuation and diacritics are set aside. */
export const sameHeadline = (a: string, b: string) => analysed(a).key === analysed(b).key

export const isNearDuplicate = (a: string, b: string) => sameHeadline(a, b) || similarEnough(a, b)
