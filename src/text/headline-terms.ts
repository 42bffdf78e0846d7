/**
 * @module
 * The content words of a headline or summary, reduced to light stems, for similarity scores.
 * The stemmer is deliberately light (after Larkey's "light10"): it strips the article, a leading
 * conjunction and common suffixes, never guessing at roots, so unrelated words rarely collide.
 */
import { ARABIC_STOP_WORDS } from './arabic-stop-words'
import { normalizeArabic } from './normalize-arabic'

/** Definite article with any attached particle, longest first. */
const ARTICLE_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال']
/** Suffixes, each with the shortest stem it may leave (plural endings only on longer words). */
const SUFFIXES: ReadonlyArray<[suffix: string, minStem: number]> = [
  ['ها', 3],
  ['ان', 3],
  ['ات', 3],
  ['ون', 4],
  ['ين', 4],
  ['يه', 3],
  ['ه', 3],
  ['ي', 3],
]

/** Strips a light prefix and at most one suffix from one normalised Arabic word. */
export function lightStem(word: string): string {
  let stem = word
  if (stem.startsWith('و') && stem.length >= 4) stem = stem.slice(1)
  for (const prefix of ARTICLE_PREFIXES) {
    if (stem.startsWith(prefix) && stem.length - prefix.length >= 2) {
      stem = stem.slice(prefix.length)
      break
    }
  }
  // One suffix at most: stripping in a loop turns تعاون into تعا.
  const suffix = SUFFIXES.find(
    ([ending, minStem]) => stem.endsWith(ending) && stem.length - ending.length >= minStem
  )
  return suffix ? stem.slice(0, -suffix[0].length) : stem
}

/**
 * Distinct stems of the content words in `text`, in order of first appearance.
 * @example headlineTerms('«العدل» وجامعة الإمارات تتعاونان في الطب الشرعي')
 * // ['عدل', 'جامع', 'امار', 'تتعاون', 'طب', 'شرع']
 */
export function headlineTerms(text: string): string[] {
  const terms = new Set<string>()
  for (const word of normalizeArabic(text).split(' ')) {
    if (word === '' || ARABIC_STOP_WORDS.has(word)) continue
    const stem = lightStem(word)
    // Numbers tell stories apart («تنطلق 6 أبريل»), whatever their length.
    if ((stem.length >= 2 || /^\d+$/.test(stem)) && !ARABIC_STOP_WORDS.has(stem)) terms.add(stem)
  }
  return [...terms]
}
