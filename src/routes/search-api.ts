/**
 * @module
 * `/api/search?q=&page=&limit=`: the search as JSON, for other sites. CORS, ETag and
 * Cache-Control are the API's (`api.ts` and the root's middleware).
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { validate } from '../http/validate'
import { newsroomJson } from '../json/article-json'
import { describeRoute, jsonResponse } from '../openapi/describe-route'
import { searchExample } from '../openapi/examples'
import { type SearchResponseJson, SearchQuerySchema } from '../schema/api/search'
import { articlePath } from '../site'
import { searchResults } from './search-results'

export const searchApi = new Hono<AppEnv>()

searchApi.get(
  '/',
  describeRoute({
    summary: 'Search the published articles',
    description:
      'Every word is required; when that finds nothing, any word. "…" is a phrase. Spellings are folded (hamza and alef forms, ة/ه, ى/ي, Persian letters, diacritics, tatweel, Arabic-Indic digits, Latin case) and attached particles (و ف ب ك ل ال) and common suffixes are stripped; an exact match ranks above a stem match, a title match above a body match. A page past the last answers an empty list.',
    responses: {
      200: jsonResponse('SearchResponse', 'A page of results, best first', searchExample),
    },
  }),
  validate('query', SearchQuerySchema),
  async (c) => {
    const { q, page, limit } = c.req.valid('query')
    const found = await searchResults(c, { q, page, limit })
    const origin = c.var.origin
    const body: SearchResponseJson = {
      query: found.query,
      results: found.results.map((hit) => ({
        slug: hit.slug,
        url: origin + articlePath(hit.slug),
        title: hit.title,
        summary: hit.summary,
        published_at: hit.published_at,
        updated_at: hit.updated_at,
        source_name: hit.source_name,
        ...newsroomJson(hit.section, hit.authors, origin),
        snippet: hit.snippet,
        score: hit.score,
      })),
      meta: { pagination: found.pagination },
    }
    return c.json(body)
  }
)
