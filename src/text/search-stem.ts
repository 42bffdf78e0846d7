/**
 * @module
 * The light stemmer of search, after Lucene's ArabicStemmer and Larkey's light10: the key under
 * which a word is found whatever clitics are attached to it. It never guesses at roots.
 *
 * `searchStem` strips the article, alone or fused with particles (ال وال بال كال فال لل وبال …),
 * then suffixes from the outside in. It never strips a bare particle (و ف ب ك ل): too many words
 * begin with those letters (كوريا, لجنة, بطولة, فساد, وزير, وزراء, وزارة).
 *
 * `restStem` is the stem of the word without its bare particle, when four letters of stem are
 * left: «لصيانة» → صيان, «ووزير» → وزير, but «كمال» has none (مال is another word). The index files
 * a word under both keys, and a query word is looked up by its own stem first, by its rest only
 * when that finds nothing.
 */
import { STEM_EXCEPTIONS } from './stem-exceptions'

/** The article with the particles fused to it, longest first: the first that fits is removed. */
const ARTICLE_PREFIXES = [
  'وبال',
  'وكال',
  'فبال',
  'فكال',
  'ولل',
  'فلل',
  'وال',
  'فال',
  'بال',
  'كال',
  'لل',
  'ال',
]
/** Fewest letters the article may leave: two keeps الحج → حج, and ال + one letter whole. */
const MIN_AFTER_ARTICLE = 2
/** Particles that may stand bare before a word: the conjunctions و ف, the prepositions ب ك ل. */
const BARE_PARTICLES = new Set(['و', 'ف', 'ب', 'ك', 'ل'])
/**
 * Fewest letters of stem the rest of a word must keep to count as a word after a particle. Three
 * letter stems are where the collisions are: كمال/مال, فساد/ساد, بطولة/طول, وزارة/زار.
 */
const MIN_REST_STEM = 4

/**
 * Suffixes with the fewest letters each must leave, tried in this order, each at most once, from
 * the outside of the word in: pronouns (ها هم هن ه), then plural and dual endings (ات ون ين ان),
 * then the nisba ي. So صادراتها → صادرات → صادر, and لوحاته → لوحات → لوح. Plural and dual
 * endings need four letters left, so تعاون and ايران stay whole.
 */
const SUFFIXES: ReadonlyArray<[suffix: string, minStem: number]> = [
  ['ها', 3],
  ['هم', 3],
  ['هن', 3],
  ['ه', 3],
  ['ات', 3],
  ['ون', 4],
  ['ين', 4],
  ['ان', 4],
  ['ي', 3],
]
const PRONOUNS = new Set(['ها', 'هم', 'هن', 'ه'])
/** Arabic letters only: Latin words and numbers are their own stems. */
const ARABIC_WORD = /^[\u0621-\u064A]+$/u

/** The word without its article (one prefix at most, as Lucene strips). */
function withoutArticle(word: string): string {
  for (const prefix of ARTICLE_PREFIXES)
    if (word.startsWith(prefix) && word.length - prefix.length >= MIN_AFTER_ARTICLE)
      return word.slice(prefix.length)
  return word
}

/** The word without its suffixes, and the suffixes removed. */
function withoutSuffixes(word: string): [stem: string, removed: string[]] {
  let stem = word
  const removed: string[] = []
  for (const [suffix, minStem] of SUFFIXES) {
    if (!stem.endsWith(suffix) || stem.length - suffix.length < minStem) continue
    stem = stem.slice(0, -suffix.length)
    removed.push(suffix)
    // Before a pronoun, ة is written ت (حكومتها): it goes as ة does, but not the ت of ات
    // (قراراته), nor that of a short word (بيتها).
    if (PRONOUNS.has(suffix) && stem.length > 3 && stem.endsWith('ت') && !stem.endsWith('ات'))
      stem = stem.slice(0, -1)
  }
  return [stem, removed]
}

/**
 * The stem of one normalised word (see `searchWords`).
 * @example searchStem('والصين') // 'صين'
 * @example searchStem('صادراتها') // 'صادر'
 * @example searchStem('كوريا') // 'كوريا' (a leading ك is part of the word)
 */
export function searchStem(word: string): string {
  if (!ARABIC_WORD.test(word)) return word
  const [stem, removed] = withoutSuffixes(withoutArticle(word))
  // A listed stem reached through its suffixes is another word (الرياضة is not الرياض).
  const exception = removed.length > 0 ? STEM_EXCEPTIONS.get(stem) : undefined
  if (exception && (exception.after === null || removed.some((s) => exception.after!.includes(s))))
    return exception.stem
  return stem
}

/**
 * The stem of a word without the bare particle it starts with, or null when it has none or too
 * little would be left to tell it from a word that merely starts with the letter.
 * @example restStem('لصيانه') // 'صيان'
 * @example restStem('ووزير') // 'وزير'
 * @example restStem('كمال') // null
 */
export function restStem(word: string): string | null {
  if (!BARE_PARTICLES.has(word[0]!) || !ARABIC_WORD.test(word)) return null
  const rest = searchStem(word.slice(1))
  return rest.length >= MIN_REST_STEM && rest !== searchStem(word) ? rest : null
}
