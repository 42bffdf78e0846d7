/**
 * @module
 * `/api/schema/article.json` and `/api/openapi.json`: the contract embedders can validate
 * against, generated from the Valibot schemas the code itself uses.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { jsonSchemaOf } from '../openapi/json-schemas'
import { openApiDocument } from '../openapi/openapi-document'

export const apiDocs = new Hono<AppEnv>()

apiDocs.get('/schema/article.json', (c) => {
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${c.var.origin}/api/schema/article.json`,
    title: 'Minbar article',
    ...jsonSchemaOf('ArticleResponse'),
  }
  return c.body(JSON.stringify(schema), 200, { 'Content-Type': 'application/schema+json; charset=utf-8' })
})

apiDocs.get('/openapi.json', (c) => c.json(openApiDocument(c.var.origin)))
