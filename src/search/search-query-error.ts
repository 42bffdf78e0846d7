/**
 * @module
 * A query the engine refuses. The route answers it with a 400 in the API's error shape; the
 * message is Arabic and safe to show (it never repeats the query).
 */

export type SearchQueryErrorCode =
  'query_blank' | 'query_too_long' | 'too_many_terms' | 'invalid_page' | 'invalid_limit'

/** The request field each code is about. */
export const FIELD_OF_CODE: Record<SearchQueryErrorCode, 'q' | 'page' | 'limit'> = {
  query_blank: 'q',
  query_too_long: 'q',
  too_many_terms: 'q',
  invalid_page: 'page',
  invalid_limit: 'limit',
}

/** The reader's query (or paging) is not one the engine will run. */
export class SearchQueryError extends Error {
  constructor(
    readonly code: SearchQueryErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'SearchQueryError'
  }
}
