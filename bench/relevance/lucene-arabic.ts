/**
 * @module
 * The rules of Lucene's ArabicAnalyzer, ported for the relevance evaluation: its normaliser
 * (alef forms, ى, ة, harakat, tatweel) and its light stemmer (one prefix of ال وال بال كال فال
 * لل و, then one ordered pass over its suffixes). Words are split and lower-cased as Minbar
 * splits them, and stop words are Minbar's, so only the normaliser and the stemmer differ.
 */

/** Lucene's ArabicNormalizer: hamza on alef, dotless yeh, teh marbuta, harakat, tatweel. */
export function luceneNormalize(word: string): string {
  return word
    .replace(/[آأإ]/gu, 'ا')
    .replace(/ى/gu, 'ي')
    .replace(/ة/gu, 'ه')
    .replace(/[\u064B-\u0652\u0640]/gu, '')
}

/** Lucene's prefixes, in its order: the first that fits is the only one removed. */
const PREFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و']
/** Lucene's suffixes, in its order (after normalising, ية and ة are يه and ه). */
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'يه', 'ه', 'ه', 'ي']

/** Lucene's ArabicStemmer on a normalised word. */
export function luceneStem(word: string): string {
  let stem = word
  for (const prefix of PREFIXES) {
    // و needs a word of four letters; the others leave at least two.
    const fits = prefix.length === 1 ? stem.length >= 4 : stem.length >= prefix.length + 2
    if (fits && stem.startsWith(prefix)) {
      stem = stem.slice(prefix.length)
      break
    }
  }
  for (const suffix of SUFFIXES)
    if (stem.length >= suffix.length + 2 && stem.endsWith(suffix))
      stem = stem.slice(0, -suffix.length)
  return stem
}
