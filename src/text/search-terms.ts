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

/**
 * The normalised words of `text`, in order; a word's index in the array is its position.
 * @example searchWords('وَالصِّينُ تُعلِن') // ['والصين', 'تعلن']
 */
export function searchWords(text: string): string[] {
  const normalized = normalizeArabic(text)
  if (normalized === '') return []
  return normalized.split(' ').map((word) => (word.length > MAX_WORD_LENGTH ? word.slice(0, MAX_WORD_LENGTH) : word))
}

/**
 * A normalised word with its stem.
 * @example searchWord('والصين') // { word: 'والصين', stem: 'صين' }
 */
export const searchWord = (word: string): SearchWord => ({ word, stem: searchStem(word) })
