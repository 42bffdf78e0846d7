/**
 * @module
 * A reader's query, as typed, into what the engine looks up: free words (stop words dropped) and
 * `"…"` phrases (stop words kept in their place). Limits are checked here, before any KV read.
 */
import { MAX_QUERY_LENGTH, MAX_QUERY_TERMS, SEARCH_MESSAGES } from '../schema/api/search-limits'
import { isSearchStopWord } from '../text/search-stop-words'
import { searchWord, searchWords, type SearchWord } from '../text/search-terms'
import { SearchQueryError } from './search-query-error'

/** A word of a phrase; a stop word holds its place but is not looked up (it is not indexed). */
export type PhraseWord = SearchWord & { stop: boolean }

export type QueryClause =
  { kind: 'word'; word: SearchWord } | { kind: 'phrase'; words: PhraseWord[] }

export type ParsedQuery = {
  clauses: QueryClause[]
  /** The normalised words searched for, in query order, without dropped stop words. */
  terms: string[]
}

/** Quotes a reader may type for a phrase: ASCII, curly, and Arabic guillemets. */
const QUOTES = /["“”«»]/u

/** Splits `q` into alternating free text and quoted parts; an unclosed quote runs to the end. */
function quotedParts(q: string): Array<{ text: string; quoted: boolean }> {
  const parts: Array<{ text: string; quoted: boolean }> = []
  let quoted = false
  for (const text of q.split(QUOTES)) {
    parts.push({ text, quoted })
    quoted = !quoted
  }
  return parts
}

/**
 * Parses a query as typed.
 * @throws SearchQueryError `query_blank`, `query_too_long` (> 200 characters) or `too_many_terms` (> 10 words).
 * @example parseQuery('والصين "كوريا الشمالية"').terms // ['والصين', 'كوريا', 'الشماليه']
 */
export function parseQuery(q: string): ParsedQuery {
  if (q.trim() === '') throw new SearchQueryError('query_blank', SEARCH_MESSAGES.blank)
  // Counted before any work on it: a 10 KB query costs nothing.
  let length = 0
  for (const _ of q)
    if (++length > MAX_QUERY_LENGTH)
      throw new SearchQueryError('query_too_long', SEARCH_MESSAGES.tooLong)
  const clauses: QueryClause[] = []
  const terms: string[] = []
  let count = 0
  for (const { text, quoted } of quotedParts(q)) {
    const words = searchWords(text)
    count += words.length
    if (count > MAX_QUERY_TERMS)
      throw new SearchQueryError('too_many_terms', SEARCH_MESSAGES.tooManyTerms)
    if (quoted && words.length > 1) {
      const phrase = words.map((word): PhraseWord => ({
        ...searchWord(word),
        stop: isSearchStopWord(word),
      }))
      // A phrase of stop words only cannot be looked up; a phrase of one word is that word.
      if (phrase.some((word) => !word.stop)) {
        clauses.push({ kind: 'phrase', words: phrase })
        terms.push(...words)
      }
      continue
    }
    for (const word of words) {
      if (isSearchStopWord(word)) continue
      clauses.push({ kind: 'word', word: searchWord(word) })
      terms.push(word)
    }
  }
  return { clauses, terms }
}
