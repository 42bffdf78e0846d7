/**
 * @module
 * `/search?q=&page=`: the results page readers reach from the search box on every page. It
 * works without JavaScript. Without `q`, or with a blank one (Enter in an empty box), it asks for
 * words; a page past the last is the Arabic 404 page, as on the home and tag pages.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { checkPageInRange } from '../http/public-error'
import { datesOf, siteOf } from '../http/site-context'
import { validate } from '../http/validate'
import { pagination } from '../json/pagination'
import { describeRoute, errorResponse, textResponse } from '../openapi/describe-route'
import { SearchPageQuerySchema } from '../schema/api/search'
import { SEARCH_PAGE_SIZE } from '../schema/api/search-limits'
import { SearchPage } from '../views/search-page'
import { searchResults } from './search-results'

/** Suggestions offered when nothing was found: the query without one of its words. */
const MAX_BROADER = 3

function broaderQueries(q: string): string[] {
  const words = q
    .replace(/["“”«»]/gu, ' ')
    .trim()
    .split(/\s+/u)
  if (words.length < 2) return []
  return words.slice(0, MAX_BROADER).map((_, i) => words.filter((__, j) => j !== i).join(' '))
}

export const searchPage = new Hono<AppEnv>()

searchPage.get(
  '/search',
  describeRoute({
    summary: 'The search page: results for `q`, 20 a page',
    responses: {
      200: textResponse('text/html', 'The page (with no or a blank `q`, a prompt to type words)'),
      404: errorResponse('A page past the last'),
    },
  }),
  validate('query', SearchPageQuerySchema),
  async (c) => {
    const query = c.req.valid('query')
    const q = query.q?.trim() ? query.q : ''
    const page = query.page
    const found = q
      ? await searchResults(c, { q, page, limit: SEARCH_PAGE_SIZE })
      : { results: [], pagination: pagination(1, SEARCH_PAGE_SIZE, 0) }
    if (q) checkPageInRange(page, SEARCH_PAGE_SIZE, found.pagination.total)
    return c.render(
      <SearchPage
        dates={datesOf(c)}
        q={q}
        results={found.results}
        pagination={found.pagination}
        broader={found.results.length === 0 ? broaderQueries(q) : []}
      />,
      {
        title: q ? `بحث: ${q}` : 'البحث',
        description: `ابحث في مقالات ${siteOf(c).name}.`,
        searchQuery: q,
      }
    )
  }
)
