/**
 * @module
 * Are two headlines the same story told twice? Editors and feeds reword headlines
 * («العدل» وجامعة الإمارات تتعاونان… / تعاون بين «العدل» و«جامعة الإمارات»…), so the check compares
 * content-word stems, and lets one stem match another that contains it (تعاون / تتعاون), one to
 * one, so that a shared name (روسيا inside بيلاروسيا) cannot be counted twice.
 */
import { headlineTerms } from './headline-terms'
import { normalizeArabic } from './normalize-arabic'

/** Share of matched terms, over all distinct terms, from which two headlines are one story. */
export const NEAR_DUPLICATE_THRESHOLD = 0.7

/** Shortest stem allowed to match inside a longer one. */
const MIN_CONTAINED_LENGTH = 4

function countMatches(shorter: string[], longer: string[]): number {
  const unmatched = new Set(longer)
  let matches = 0
  for (const term of shorter) {
    if (unmatched.delete(term)) matches++
  }
  for (const term of shorter) {
    if (longer.includes(term) || term.length < MIN_CONTAINED_LENGTH) continue
    const partner = [...unmatched].find((other) => other.length >= MIN_CONTAINED_LENGTH && (other.includes(term) || term.includes(other)))
    if (partner) {
      unmatched.delete(partner)
      matches++
    }
  }
  return matches
}

/** The same headlines are compared many times in a publish; their terms are worked out once. */
const cache = new Map<string, { key: string; terms: string[] }>()
const CACHE_LIMIT = 100_000

function analysed(headline: string): { key: string; terms: string[] } {
  let entry = cache.get(headline)
  if (!entry) {
    if (cache.size >= CACHE_LIMIT) cache.clear()
    entry = { key: normalizeArabic(headline), terms: headlineTerms(headline) }
    cache.set(headline, entry)
  }
  return entry
}

const termsOf = (headline: string) => analysed(headline).terms

/**
 * Matched terms over the union of both headlines' terms (a Jaccard index with containment).
 * @example headlineSimilarity('«العدل» وجامعة الإمارات تتعاونان في الطب الشرعي', 'تعاون بين «العدل» و«جامعة الإمارات» في مجال الطب الشرعي') // ≈ 0.86
 */
export function headlineSimilarity(a: string, b: string): number {
  const termsA = termsOf(a)
  const termsB = termsOf(b)
  if (termsA.length === 0 || termsB.length === 0) return 0
  const [shorter, longer] = termsA.length <= termsB.length ? [termsA, termsB] : [termsB, termsA]
  const matches = countMatches(shorter, longer)
  return matches / (termsA.length + termsB.length - matches)
}

/** Same headline once spelling, punctuation and diacritics are set aside. */
export const sameHeadline = (a: string, b: string) => analysed(a).key === analysed(b).key

export const isNearDuplicate = (a: string, b: string) =>
  sameHeadline(a, b) || headlineSimilarity(a, b) >= NEAR_DUPLICATE_THRESHOLD
