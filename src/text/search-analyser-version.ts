/**
 * @module
 * The version of search's text rules: `searchSpelling`, `searchStem`, `restStem`, the exception
 * list and the stop words. The publish step writes it into every index value (see
 * `src/search/index-format.ts`) and the meta value, so a change of rules changes the bytes of the
 * whole index and the next publish rewrites all of it: stems made by the old rules are never
 * left beside stems made by the new ones. Raise it with any change to those rules.
 */
export const SEARCH_ANALYSER_VERSION = 2
