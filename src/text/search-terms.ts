/**
 * @module
 * The one text pipeline of search, shared by the index (publish step) and the query (Worker):
 * `normalizeArabic`, then words with their positions, then `searchStem`. Whatever the archive and
 * the reader type, the same letters meet.
 */
import { normalizeArabic } from './normalize-arabic'
import { searchStem } from './search-stem'

/** Longer words are cut: they still match themselves, and every index key stays short. */
export const MAX_WORD_LENGTH = 40

/** One word of a text: its normalised surface form and its stem. */
export type SearchWord = { word: string; stem: string }

/** What `normalizeArabic` turns into a space: anything but letters, marks, digits and invisible format characters. */
const BETWEEN_WORDS = /[^\p{L}\p{M}\p{N}\p{Cf}]+/u

/**
 * Normalised runs, remembered: news repeats its words, and normalising each text whole was half
 * of the index build. A run of letters, marks, digits and format characters normalises to one
 * word or to nothing, exactly as it does inside `normalizeArabic(text)`.
 */
const normalizedRuns = new Map<string, string>()
const MAX_REMEMBERED_RUNS = 200_000

/** One run of text as a search word ('' when nothing is left of it, e.g. a lone tatweel). */
export function normalizedRun(run: string): string {
  let word = normalizedRuns.get(run)
  if (word === undefined) {
    word = normalizeArabic(run)
    if (word.length > MAX_WORD_LENGTH) word = word.slice(0, MAX_WORD_LENGTH)
    if (normalizedRuns.size >= MAX_REMEMBERED_RUNS) normalizedRuns.clear()
    normalizedRuns.set(run, word)
  }
  return word
}

/**
 * The normalised words of `text`, in order; a word's index in the array is its position. The
 * same words as `normalizeArabic(text).split(' ')`, each cut to `MAX_WORD_LENGTH`.
 * @example searchWords('وَالصِّينُ تُعلِن') // ['والصين', 'تعلن']
 */
export function searchWords(text: string): string[] {
  const words: string[] = []
  for (const run of text.split(BETWEEN_WORDS)) {
    if (run === '') continue
    const word = normalizedRun(run)
    // Never in practice (folding keeps letters letters), but a space would make two words.
    if (word.includes(' ')) words.push(...word.split(' ').map((part) => part.slice(0, MAX_WORD_LENGTH)))
    else if (word !== '') words.push(word)
  }
  return words
}

/**
 * A normalised word with its stem.
 * @example searchWord('والصين') // { word: 'والصين', stem: 'صين' }
 */
export const searchWord = (word: string): SearchWord => ({ word, stem: searchStem(word) })
