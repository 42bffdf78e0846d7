/**
 * @module
 * The bounds of a search and what a reader is told when a query passes one: one rule, which the
 * routes' schemas (`search.ts`) and the engine (`src/search/`) both import, so the contract, the
 * validator and the engine never disagree.
 */
import { rangeMessage } from './integer-query'

/** Longest query accepted, in characters (code points). */
export const MAX_QUERY_LENGTH = 200
/** Most words a query may hold, stop words and phrase words included. */
export const MAX_QUERY_TERMS = 10
/** Results a page: 20 by default, as on the page. */
export const SEARCH_PAGE_SIZE = 20
/** Most results a page may ask for, as everywhere in the API. */
export const MAX_SEARCH_LIMIT = 50
/** Far past any real result list; keeps offsets exact integers. */
export const MAX_SEARCH_PAGE = 1_000_000

/** The message for each way a search can pass its bounds. */
export const SEARCH_MESSAGES = {
  blank: 'اكتب كلمة للبحث عنها',
  tooLong: `يجب ألا يزيد البحث على ${MAX_QUERY_LENGTH} حرف`,
  tooManyTerms: `يجب ألا يزيد البحث على ${MAX_QUERY_TERMS} كلمات`,
  page: rangeMessage(1, MAX_SEARCH_PAGE),
  limit: rangeMessage(1, MAX_SEARCH_LIMIT),
} as const
