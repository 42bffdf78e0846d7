/**
 * @module
 * Collisions of the light stemmer that no letter rule can see, each given a stem of its own. A
 * word whose stem is listed, reached by removing the listed suffixes, gets the replacement stem
 * instead, and the bare word keeps the plain one. No ordinary stem ends in ه (the stemmer removes
 * it), so a replacement ending in ه can never meet a real stem.
 */

export type StemException = {
  /** Suffixes of which one must have been removed (see `searchStem`); null: any suffix. */
  after: readonly string[] | null
  /** The stem the word gets instead. */
  stem: string
}

/** Stem → when it stands for another word, and that word's stem. */
export const STEM_EXCEPTIONS: ReadonlyMap<string, StemException> = new Map([
  // Sport (الرياضة, رياضي, الرياضيون) is not Riyadh (الرياض).
  ['رياض', { after: null, stem: 'رياضه' }],
  // The municipality (بلدية, البلديات, بلدي) is not a country (بلد, بلده, بلدها).
  ['بلد', { after: ['ي'], stem: 'بلديه' }],
])
