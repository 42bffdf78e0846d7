/**
 * @module
 * A matching key for Arabic text. Two spellings a reader would call the same word (with or
 * without hamza on the alef, with Persian or Arabic letters, with diacritics or tatweel) get the
 * same key. Keys are for comparing only: display text is never changed.
 */
import { PERSIAN_TO_ARABIC } from './persian-letters'

/** Letters folded to one Arabic form. Applied after NFC, when أ/إ/آ are single code points. */
const LETTER_FOLDS: Record<string, string> = {
  ...PERSIAN_TO_ARABIC,
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  ى: 'ي',
  ة: 'ه',
}

const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'gu')

/** Tashkeel (U+064B–U+065F), superscript alef (U+0670) and tatweel (U+0640). */
const MARKS_AND_TATWEEL = /[\u064B-\u065F\u0670\u0640]/gu

/** Invisible format characters (ZWNJ, ZWJ, bidi controls, BOM): nothing a reader sees. */
const FORMAT_CHARACTERS = /\p{Cf}/gu

/** Arabic-Indic (U+0660–U+0669) and Persian (U+06F0–U+06F9) digits. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/gu

/** Everything that is not a letter, mark or digit: punctuation, quotes «» “”, symbols, spaces. */
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu

/**
 * Folds `text` to its matching key.
 * @example normalizeArabic('کوریا الجنوبیة') === normalizeArabic('كُوريا  الجنوبيّة') // true
 * @example normalizeArabic('«العدل» وجامعة الإمارات') // 'العدل وجامعه الامارات'
 */
export function normalizeArabic(text: string): string {
  return text
    .normalize('NFC')
    .replace(FORMAT_CHARACTERS, '')
    .replace(MARKS_AND_TATWEEL, '')
    .replace(FOLDABLE, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(EASTERN_DIGITS, (digit) => String((digit.codePointAt(0)! - 0x0660) % 0x90))
    .toLowerCase()
    .replace(SEPARATORS, ' ')
    .trim()
}
