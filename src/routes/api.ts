/**
 * @module
 * `/api`: the JSON API, which any site may read from the browser (CORS on every path under it,
 * errors included). It mounts the articles, tags, sections, authors, static pages, settings and
 * search, and serves the contract embedders can validate against, generated from the Valibot
 * schemas the code itself uses:
 * `/api/schema/article.json` and (wired by the root, see `apiDocs`) `/api/openapi.json`.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { openCors } from '../http/cross-origin'
import { siteOf } from '../http/site-context'
import { describeRoute } from '../openapi/describe-route'
import { jsonSchemaOf } from '../openapi/json-schemas'
import { openApiDocument } from '../openapi/openapi-document'
import { articlesApi } from './articles-api'
import { authorsApi } from './authors-api'
import { pagesApi } from './pages-api'
import { searchApi } from './search-api'
import { sectionsApi } from './sections-api'
import { settingsApi } from './settings-api'
import { tagsApi } from './tags-api'

export const api = new Hono<AppEnv>()

api.use('*', openCors)

api.route('/articles', articlesApi)
api.route('/tags', tagsApi)
api.route('/sections', sectionsApi)
api.route('/authors', authorsApi)
api.route('/pages', pagesApi)
api.route('/settings', settingsApi)
api.route('/search', searchApi)

api.get(
  '/schema/article.json',
  describeRoute({
    summary: 'JSON Schema of the article response',
    storage: false,
    responses: {
      200: {
        description: 'JSON Schema, draft 2020-12',
        content: { 'application/schema+json': { schema: { type: 'object' } } },
      },
    },
  }),
  (c) => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `${c.var.origin}/api/schema/article.json`,
      title: 'Minbar article',
      ...jsonSchemaOf('ArticleResponse'),
    }
    return c.body(JSON.stringify(schema), 200, {
      'Content-Type': 'application/schema+json; charset=utf-8',
    })
  }
)

/**
 * `/api/openapi.json`, read off `app`'s routes at the first request, when every sub-app is
 * mounted (so it is wired from the root, which knows them all).
 */
export function apiDocs(app: Hono<AppEnv>) {
  const docs = new Hono<AppEnv>()
  docs.get(
    '/openapi.json',
    describeRoute({
      summary: 'This document',
      storage: false,
      responses: {
        200: {
          description: 'OpenAPI 3.1',
          content: {
            'application/json': {
              schema: { type: 'object', required: ['openapi', 'info', 'paths'] },
              example: {
                openapi: '3.1.0',
                info: { title: 'منبر API', version: '1.1.0' },
                paths: {},
              },
            },
          },
        },
      },
    }),
    (c) => c.json(openApiDocument(app.routes, c.var.origin, siteOf(c).name))
  )
  return docs
}
