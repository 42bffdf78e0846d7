/**
 * @module
 * A query word that may start with a bare particle (لصيانة, بلبنان) is looked up as typed first,
 * and only when its own stem is nowhere in the index, by the stem of the rest (`restStem`). So
 * «كوريا» never turns into «وريا» while the archive knows «كوريا», and «بلبنان» still finds
 * «لبنان».
 */
import type { SearchWord } from '../text/search-terms'
import type { QueryClause } from './parse-query'

/**
 * The clauses with each word `known` does not find replaced by its rest, when it has one.
 * @param known whether a stem has postings in the index.
 */
export function fallBackToRest(
  clauses: QueryClause[],
  known: (word: SearchWord) => boolean
): QueryClause[] {
  const resolve = <Word extends SearchWord>(word: Word): Word =>
    word.rest === null || known(word) ? word : { ...word, stem: word.rest, rest: null }
  return clauses.map((clause) =>
    clause.kind === 'word'
      ? { kind: 'word', word: resolve(clause.word) }
      : { kind: 'phrase', words: clause.words.map((word) => (word.stop ? word : resolve(word))) }
  )
}
