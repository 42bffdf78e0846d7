/**
 * @module
 * The light stemmer of search: the key under which a word is found whatever particles are
 * attached to it. Unlike `lightStem` (related articles), it strips every leading particle
 * (و ف ب ك ل) and the article ال in any order, each only while at least three letters remain.
 * That rule is closed under adding prefixes: stem('والصين') = stem('الصين') = stem('صين'), and a
 * word that merely begins with a particle letter (كتاب) is cut the same way with or without one
 * (الكتاب, وللكتاب), so the query and the archive always meet. Exact forms rank higher (the
 * index keeps the surface word too), which pays for the collisions this causes.
 */

/** Particles written joined to the next word: conjunctions و ف, prepositions ب ك ل. */
const PARTICLES = new Set(['و', 'ف', 'ب', 'ك', 'ل'])
/** Fewest letters a prefix may leave: three keeps roots like كتب, بيت, ولد whole. */
const MIN_AFTER_PREFIX = 3
/**
 * One suffix at most, each with the shortest stem it may leave; two letters before one. Plural and
 * dual endings need four letters left, so تعاون and ايران stay whole.
 */
const SUFFIXES: ReadonlyArray<[suffix: string, minStem: number]> = [
  ['ها', 3],
  ['هم', 3],
  ['هن', 3],
  ['ات', 3],
  ['يه', 3],
  ['ون', 4],
  ['ين', 4],
  ['ان', 4],
  ['ه', 3],
  ['ي', 3],
]
/** Arabic letters only: Latin words and numbers are their own stems. */
const ARABIC_WORD = /^[\u0621-\u064A]+$/u

/**
 * The stem of one normalised word (see `normalizeArabic`).
 * @example searchStem('والصين') // 'صين'
 * @example searchStem('الصينيه') // 'صين'
 * @example searchStem('بيت') // 'بيت' (never stripped below three letters)
 */
export function searchStem(word: string): string {
  if (!ARABIC_WORD.test(word)) return word
  let stem = word
  // No cap on how many: a cap would give «وباللبنان» a different stem from «لبنان».
  for (;;) {
    if (stem.startsWith('ال') && stem.length - 2 >= MIN_AFTER_PREFIX) stem = stem.slice(2)
    else if (PARTICLES.has(stem[0]!) && stem.length - 1 >= MIN_AFTER_PREFIX) stem = stem.slice(1)
    else break
  }
  // One suffix only: stripping in a loop turns تعاون into تعا.
  const suffix = SUFFIXES.find(
    ([ending, minStem]) => stem.endsWith(ending) && stem.length - ending.length >= minStem
  )
  return suffix ? stem.slice(0, -suffix[0].length) : stem
}
