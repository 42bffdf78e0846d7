/**
 * @module
 * The one text pipeline of search, shared by the index (publish step) and the query (Worker):
 * `searchSpelling` (`normalizeArabic` and a few folds of its own), then words with their positions, then `searchStem` (and
 * `restStem` for a word that may start with a particle). Whatever the archive and the reader
 * type, the same letters meet.
 */
import { searchSpelling } from './search-spelling'
import { restStem, searchStem } from './search-stem'

/** Longer words are cut: they still match themselves, and every index key stays short. */
const MAX_WORD_LENGTH = 40

/**
 * One word of a text: its normalised surface form, its stem, and the stem of the word without the
 * bare particle it may start with (null when it has none).
 */
export type SearchWord = { word: string; stem: string; rest: string | null }

/** What a word is made of; `normalizeArabic` turns anything else into a space (format characters it drops). */
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}\p{Cf}]$/u
/** `WORD_CHARACTER` for each UTF-16 unit, worked out on first sight: 0 unknown, 1 word, 2 not. */
const WORD_UNITS = new Uint8Array(0x10000)

function isWordUnit(code: number): boolean {
  let known = WORD_UNITS[code]!
  if (known === 0) WORD_UNITS[code] = known = WORD_CHARACTER.test(String.fromCharCode(code)) ? 1 : 2
  return known === 1
}

/**
 * One run of text as a search word ('' when nothing is left of it, e.g. a lone tatweel). A run of
 * letters, marks, digits and format characters normalises to one word or to nothing, exactly as
 * it does inside `normalizeArabic(text)`, and normalising runs rather than whole texts halved the
 * index build.
 */
function normalizedRun(run: string): string {
  const word = searchSpelling(run)
  return word.length > MAX_WORD_LENGTH ? word.slice(0, MAX_WORD_LENGTH) : word
}

/**
 * The runs of `text` that may hold words, in order (some normalise to nothing: see `runWords`).
 * A scan with a table per UTF-16 unit: splitting on a Unicode property regex was a fifth of the
 * index build.
 * @example textRuns('روسيا، والصين') // ['روسيا', 'والصين']
 */
export function textRuns(text: string): string[] {
  const runs: string[] = []
  let start = -1
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // A surrogate pair is one code point: judged together, and kept together.
    const pair =
      code >= 0xd800 &&
      code < 0xdc00 &&
      i + 1 < text.length &&
      (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    const inWord = pair ? WORD_CHARACTER.test(text.slice(i, i + 2)) : isWordUnit(code)
    if (inWord && start < 0) start = i
    else if (!inWord && start >= 0) {
      runs.push(text.slice(start, i))
      start = -1
    }
    if (pair) i++
  }
  if (start >= 0) runs.push(text.slice(start))
  return runs
}

/**
 * The normalised words of one run: one, or none (a lone tatweel). In principle folding could
 * leave a space in a run, making two; it never does in practice, but the words stay right.
 */
export function runWords(run: string): string[] {
  const word = normalizedRun(run)
  if (word === '') return []
  return word.includes(' ') ? word.split(' ').map((part) => part.slice(0, MAX_WORD_LENGTH)) : [word]
}

/**
 * The normalised words of `text`, in order; a word's index in the array is its position. The
 * same words as `searchSpelling(text).split(' ')`, each cut to `MAX_WORD_LENGTH`. Runs are found
 * in the NFC form, as `normalizeArabic` sees it: a few symbols decompose into a symbol and a
 * combining mark (U+1D15E), and the mark alone is a word there.
 * @example searchWords('وَالصِّينُ تُعلِن') // ['والصين', 'تعلن']
 */
export const searchWords = (text: string): string[] =>
  textRuns(text.normalize('NFC')).flatMap(runWords)

/**
 * A normalised word with its stems.
 * @example searchWord('والصين') // { word: 'والصين', stem: 'صين', rest: null }
 * @example searchWord('لصيانه') // { word: 'لصيانه', stem: 'لصيان', rest: 'صيان' }
 */
export const searchWord = (word: string): SearchWord => ({
  word,
  stem: searchStem(word),
  rest: restStem(word),
})
