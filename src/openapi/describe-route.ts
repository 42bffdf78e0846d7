/**
 * @module
 * `describeRoute({ summary, responses })`: a route's contract, declared beside its handler. It is
 * a pass-through middleware that carries the description; the OpenAPI document reads it off the
 * routes Hono serves, together with the schemas of the route's validators.
 */
import type { MiddlewareHandler } from 'hono'
import { type ResponseDoc, type RouteDoc, withDoc } from '../http/route-docs'
import type { ResponseSchemaName } from './json-schemas'

/**
 * Marks a route with its summary and responses.
 * @example
 * articlesApi.get('/:slug', describeRoute({ summary: 'One article', responses: { 200: jsonResponse(…) } }), …)
 */
export const describeRoute = (doc: RouteDoc): MiddlewareHandler =>
  withDoc<MiddlewareHandler>(
    async (_c, next) => {
      await next()
    },
    { describes: doc }
  )

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
