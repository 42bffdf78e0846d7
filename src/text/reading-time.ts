/**
 * @module
 * Reading time for Arabic text. Arabic words carry clitics (و، ب، ال) and are read more slowly
 * per word than English: silent reading of Arabic runs at about 138 words per minute
 * (Trauzettel-Klosinski et al., 2012, standardised IReST texts), against about 228 for English.
 */
import { arabicCount, MINUTES_AFTER_PREPOSITION } from './arabic-count'

const ARABIC_WORDS_PER_MINUTE = 138

/** Counts words in plain text: runs of letters or digits in any script. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}\p{M}]+/gu)?.length ?? 0
}

/**
 * Whole minutes to read `text`, never less than one.
 * @example readingTimeMinutes('كلمة '.repeat(300)) // 3
 */
export function readingTimeMinutes(text: string): number {
  return Math.max(1, Math.ceil(countWords(text) / ARABIC_WORDS_PER_MINUTE))
}

/**
 * Reading time in Arabic, with the noun in the form Arabic grammar asks of each count.
 * @example readingTimeLabel(2) // 'قراءة في دقيقتين'
 */
export const readingTimeLabel = (minutes: number) =>
  `قراءة في ${arabicCount(minutes, MINUTES_AFTER_PREPOSITION)}`
