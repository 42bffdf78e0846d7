/**
 * @module
 * Request validation with our one error shape. `validate('query', Schema)` is `vValidator` with a
 * hook that turns the first Valibot issue into our 400 (answered through `onError`), instead of
 * Valibot's raw issue list.
 */
import { vValidator } from '@hono/valibot-validator'
import * as v from 'valibot'
import { PublicError } from './public-error'
import { type ValidationTarget, withDoc } from './route-docs'

type Issues = [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]

/** A 400 naming the first issue's field and message. */
export function invalidRequest(issues: Issues): PublicError {
  const [issue] = issues
  return new PublicError(400, 'invalid_request', issue.message, v.getDotPath(issue) ?? undefined)
}

function rejectInvalid(result: { success: true } | { success: false; issues: Issues }): void {
  if (!result.success) throw invalidRequest(result.issues)
}

/**
 * Validates one part of the request with `schema`; the handler reads it with `c.req.valid(target)`.
 * @example
 * articlesApi.get('/:slug', validate('param', SlugParamSchema), (c) => c.req.valid('param').slug)
 */
export const validate = <
  Target extends ValidationTarget,
  S extends v.ObjectSchema<v.ObjectEntries, undefined>,
>(
  target: Target,
  schema: S
) => withDoc(vValidator(target, schema, rejectInvalid), { validates: { target, schema } })
