/**
 * @module
 * What a route's middleware says about the route, for the OpenAPI document: a validator names the
 * schema it checks, `describeRoute` gives the summary and the responses. The marks ride on the
 * middleware functions themselves, so the document is read off the routes Hono actually serves
 * and cannot list a route that does not exist, or miss a parameter a route checks.
 */
import type * as v from 'valibot'

export type ValidationTarget = 'param' | 'query'

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

export type MiddlewareDoc =
  | { validates: { target: ValidationTarget; schema: v.ObjectSchema<v.ObjectEntries, undefined> } }
  | { describes: RouteDoc }

const DOC = Symbol('route doc')

/** Marks `middleware` with what it says of its route. */
export function withDoc<Middleware extends object>(
  middleware: Middleware,
  doc: MiddlewareDoc
): Middleware {
  return Object.assign(middleware, { [DOC]: doc })
}

/** What a handler of a route says of it, if anything. */
export const docOf = (handler: unknown): MiddlewareDoc | undefined =>
  typeof handler === 'function' ? (handler as { [DOC]?: MiddlewareDoc })[DOC] : undefined
