/**
 * @module
 * Request validation with our one error shape. `validate('query', Schema)` is hono-openapi's
 * `validator` (which also marks the route for the OpenAPI document) with a hook that turns the
 * first Valibot issue into our 400 (answered through `onError`), instead of the raw issue list.
 */
import { validator } from 'hono-openapi'
import * as v from 'valibot'
import { PARAMETER_SCHEMA_OPTIONS } from '../openapi/parameters'
import { PublicError } from './public-error'

type Issues = readonly v.BaseIssue<unknown>[]

/** A 400 naming the first issue's field and message. */
export function invalidRequest(issues: Issues): PublicError {
  const [issue] = issues as [v.BaseIssue<unknown>]
  return new PublicError(400, 'invalid_request', issue.message, v.getDotPath(issue) ?? undefined)
}

// Valibot's Standard Schema issues are its own issues, so the field path is still there.
function rejectInvalid(result: { success: boolean; error?: readonly unknown[] }): void {
  if (!result.success) throw invalidRequest(result.error as Issues)
}

/**
 * Validates one part of the request with `schema`; the handler reads it with `c.req.valid(target)`.
 * @example
 * articlesApi.get('/:slug', validate('param', SlugParamSchema), (c) => c.req.valid('param').slug)
 */
export const validate = <
  Target extends 'param' | 'query',
  S extends v.ObjectSchema<v.ObjectEntries, undefined>,
>(
  target: Target,
  schema: S
) => validator(target, schema, rejectInvalid, PARAMETER_SCHEMA_OPTIONS)
