/**
 * @module
 * What search folds beyond `normalizeArabic` (which is also the identity of tags, and keeps
 * these): spellings that writers vary on but a reader means as one word.
 * - Hamza on a waw or yaa seat (ؤ ئ) becomes the bare hamza ء: المسؤولية in the Levant and the
 *   Gulf is المسئولية in Egypt, شؤون is شئون.
 * - The alef that carries a final tanween (رياضياً, جديداً) is dropped with it: it is spelling,
 *   not part of the word, and left in place it hides the word's ending from the stemmer.
 */
import { normalizeArabic } from './normalize-arabic'

const HAMZA_SEATS = /[ؤئ]/gu
/** Alef then fathatan, or fathatan then alef, at the end of a word. */
const TANWEEN_ALEF = /(?:\u0627\u064B|\u064B\u0627)$/u

/**
 * The search key of one run of text: `normalizeArabic`, plus the folds above.
 * @example searchSpelling('المسئولية') === searchSpelling('المسؤولية') // true ('المسءوليه')
 * @example searchSpelling('رياضياً') // 'رياضي'
 */
export const searchSpelling = (run: string): string =>
  normalizeArabic(run.replace(TANWEEN_ALEF, '')).replace(HAMZA_SEATS, 'ء')
