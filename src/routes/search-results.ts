/**
 * @module
 * What both search routes do: run the (cached) search, and turn a query the engine refuses into
 * our 400, in the route's own format.
 */
import type { Context } from 'hono'
import type { AppEnv } from '../app-env'
import { PublicError } from '../http/public-error'
import { pagination } from '../json/pagination'
import type { Pagination } from '../schema/api/pagination'
import { cachedSearch, type SearchRequest } from '../search/cached-search'
import type { SearchResponse } from '../search/search-articles'
import { FIELD_OF_CODE, SearchQueryError } from '../search/search-query-error'

export type SearchAnswer = SearchResponse & { pagination: Pagination }

export async function searchResults(
  c: Context<AppEnv>,
  request: SearchRequest
): Promise<SearchAnswer> {
  try {
    const found = await cachedSearch(c.env, c.var.now, request)
    return { ...found, pagination: pagination(request.page, request.limit, found.total) }
  } catch (error) {
    if (error instanceof SearchQueryError)
      throw new PublicError(400, 'invalid_request', error.message, FIELD_OF_CODE[error.code])
    throw error
  }
}
