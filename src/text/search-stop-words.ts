/**
 * @module
 * Arabic stop words for search: the function words of `ARABIC_STOP_WORDS`, without its headline
 * noise (عاجل, بالفيديو …), which a reader may well search for. They are not indexed and are
 * dropped from free-text queries; inside a quoted phrase they still hold their place.
 */
import { ARABIC_STOP_WORDS } from './arabic-stop-words'
import { normalizeArabic } from './normalize-arabic'

/** Words `ARABIC_STOP_WORDS` drops from headlines that still mean something in a search box. */
const HEADLINE_NOISE = new Set(['مجال', 'شاهد', 'بالفيديو', 'بالصور', 'عاجل'])

/** Normalised again, so an entry written with hamza or ة could never miss. */
const SEARCH_STOP_WORDS: ReadonlySet<string> = new Set(
  [...ARABIC_STOP_WORDS].filter((word) => !HEADLINE_NOISE.has(word)).map(normalizeArabic)
)

/**
 * True for a normalised word that says nothing on its own: a stop word, or one with و/ف attached
 * (وفي, فهو), which is just as empty and as frequent.
 * @example isSearchStopWord('وفي') // true
 */
export function isSearchStopWord(word: string): boolean {
  if (SEARCH_STOP_WORDS.has(word)) return true
  return (word.startsWith('و') || word.startsWith('ف')) && SEARCH_STOP_WORDS.has(word.slice(1))
}
