/**
 * @module
 * `/api`: the JSON API, which any site may read from the browser (CORS on every path under it,
 * errors included). It mounts the articles and the tags, and serves the contract embedders can
 * validate against, generated from the Valibot schemas the code itself uses:
 * `/api/schema/article.json` and `/api/openapi.json`.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { openCors } from '../http/cross-origin'
import { jsonSchemaOf } from '../openapi/json-schemas'
import { openApiDocument } from '../openapi/openapi-document'
import { articlesApi } from './articles-api'
import { tagsApi } from './tags-api'

export const api = new Hono<AppEnv>()

api.use('*', openCors)

api.route('/articles', articlesApi)
api.route('/tags', tagsApi)

api.get('/schema/article.json', (c) => {
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${c.var.origin}/api/schema/article.json`,
    title: 'Minbar article',
    ...jsonSchemaOf('ArticleResponse'),
  }
  return c.body(JSON.stringify(schema), 200, {
    'Content-Type': 'application/schema+json; charset=utf-8',
  })
})

api.get('/openapi.json', (c) => c.json(openApiDocument(c.var.origin)))
