/**
 * @module
 * The OpenAPI 3.1 document, read off the routes Hono serves: each GET route's `describeRoute`
 * gives its summary and responses, and each of its validators its parameters. What every route
 * shares is added here once: 304 (every answer has a strong ETag), 405 (only GET, HEAD and
 * OPTIONS are served), 400 where a validator can refuse the request, 503 where the route reads
 * storage, and the error body in the route's own format (JSON under /api/ and /oembed, the
 * Arabic page elsewhere).
 */
import type { RouterRoute } from 'hono/types'
import { wantsJson } from '../http/error-response'
import { docOf, type ResponseDoc, type RouteDoc } from '../http/route-docs'
import { errorExample } from './examples'
import { jsonSchemaOf, RESPONSE_SCHEMAS, type ResponseSchemaName } from './json-schemas'
import { type Parameter, parametersOf } from './parameters'

type Operation = {
  summary: string
  description?: string
  parameters?: Parameter[]
  responses: Record<string, ResponseDoc>
}

/** `/tags/:tag/feed.xml` → `/tags/{tag}/feed.xml` (a `{regex}` constraint dropped). */
const openApiPath = (path: string) => path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}')

const NOT_MODIFIED: ResponseDoc = {
  description: 'Not modified: the `If-None-Match` ETag still holds',
}

/** The error body of a route at `path`, for `status`. */
function errorBody(path: string, status: number, description: string): ResponseDoc {
  return wantsJson(path)
    ? {
        description,
        content: {
          'application/json': {
            schema: { $ref: '#/components/schemas/Error' },
            example: errorExample(status),
          },
        },
      }
    : { description, content: { 'text/html': { schema: { type: 'string' } } } }
}

function operation(path: string, doc: RouteDoc, parameters: Parameter[]): Operation {
  const declared: Partial<Record<number, ResponseDoc>> = { ...doc.responses }
  if (parameters.length > 0) declared[400] ??= { description: 'A malformed parameter', error: true }
  if (doc.storage !== false)
    declared[503] ??= {
      description: 'Storage unavailable: retry after `Retry-After` seconds',
      error: true,
    }
  declared[405] ??= { description: 'Any method but GET, HEAD and OPTIONS', error: true }
  const responses: Record<string, ResponseDoc> = {}
  for (const status of Object.keys(declared)
    .map(Number)
    .sort((a, b) => a - b)) {
    const response = declared[status]!
    responses[status] = response.error ? errorBody(path, status, response.description) : response
    if (status === 200) responses[304] = NOT_MODIFIED
  }
  return {
    summary: doc.summary,
    ...(doc.description ? { description: doc.description } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    responses,
  }
}

/** The `paths` object: every described GET route, with its parameters from its validators. */
function pathsOf(routes: readonly RouterRoute[]): Record<string, { get: Operation }> {
  const found = new Map<string, { doc?: RouteDoc; parameters: Parameter[] }>()
  for (const route of routes) {
    const doc = route.method === 'GET' ? docOf(route.handler) : undefined
    if (!doc) continue
    const path = openApiPath(route.path)
    const entry = found.get(path) ?? { parameters: [] }
    if ('describes' in doc) entry.doc = doc.describes
    else entry.parameters.push(...parametersOf(doc.validates.target, doc.validates.schema))
    found.set(path, entry)
  }
  const paths: Record<string, { get: Operation }> = {}
  for (const [path, { doc, parameters }] of found)
    if (doc) paths[path] = { get: operation(path, doc, parameters) }
  return paths
}

/**
 * The document for `routes` served at `origin`, made for each request that reaches it: the edge
 * cache keeps it until the next publish.
 */
export function openApiDocument(
  routes: readonly RouterRoute[],
  origin: string,
  siteName: string
): unknown {
  return {
    openapi: '3.1.0',
    info: {
      title: `${siteName} API`,
      version: '1.1.0',
      description:
        'Arabic news articles as JSON, oEmbed, feeds and right-to-left HTML. Every JSON error has the body `{ "error": { "code", "message" } }`; pages answer errors with an Arabic HTML page.',
    },
    servers: [{ url: origin }],
    paths: pathsOf(routes),
    components: {
      schemas: Object.fromEntries(
        Object.keys(RESPONSE_SCHEMAS).map((name) => [
          name,
          jsonSchemaOf(name as ResponseSchemaName),
        ])
      ),
    },
  }
}
