/**
 * @module
 * `describeRoute({ summary, responses })`: a route's contract, declared beside its handler. It is
 * hono-openapi's `describeRoute`, which marks a pass-through middleware; the OpenAPI document is
 * generated from those marks on the routes Hono serves, together with the route's validators.
 */
import { describeRoute as describe } from 'hono-openapi'
import type { MiddlewareHandler } from 'hono'
import type { ResponseSchemaName } from './json-schemas'

/** A response as OpenAPI 3.1 writes it; `schema` may `$ref` a component. */
export type ResponseDoc = {
  description: string
  content?: Record<string, { schema: Record<string, unknown>; example?: unknown }>
  headers?: Record<string, { description: string; schema: Record<string, unknown> }>
  /** An error answer: the document gives it the error body of the route's format. */
  error?: true
}

export type RouteDoc = {
  summary: string
  description?: string
  /** Responses by status; 304, 405 and (for validated routes) 400 are added for every GET. */
  responses: Record<number, ResponseDoc>
  /** `false` for a route that reads no storage, and so never answers 503. */
  storage?: false
}

/**
 * Marks a route with its summary and responses. `error` and `storage` are ours: hono-openapi
 * keeps them, and the document turns them into responses (see `openapi-document.ts`).
 * @example
 * articlesApi.get('/:slug', describeRoute({ summary: 'One article', responses: { 200: jsonResponse(…) } }), …)
 */
export const describeRoute = (doc: RouteDoc): MiddlewareHandler =>
  describe(doc as Parameters<typeof describe>[0])

const ref = (name: ResponseSchemaName) => ({ $ref: `#/components/schemas/${name}` })

/** A JSON body of one of the documented schemas, with an example of it. */
export const jsonResponse = (
  name: ResponseSchemaName,
  description: string,
  example: unknown,
  mediaType = 'application/json'
): ResponseDoc => ({ description, content: { [mediaType]: { schema: ref(name), example } } })

/** A body that is text of a media type: HTML, XML, a feed. */
export const textResponse = (mediaType: string, description: string): ResponseDoc => ({
  description,
  content: { [mediaType]: { schema: { type: 'string' } } },
})

/** A permanent redirect to the canonical address. */
export const redirectResponse = (description: string): ResponseDoc => ({
  description,
  headers: { Location: { description: 'The canonical address', schema: { type: 'string' } } },
})

/** An error this route answers: JSON or an Arabic page, by where the route is (see `errorResponse`). */
export const errorResponse = (description: string): ResponseDoc => ({ description, error: true })
