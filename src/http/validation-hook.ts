/**
 * @module
 * Turning Valibot issues into our 400. Every `vValidator` gets `rejectInvalid` as its hook, so
 * a bad param or query becomes the one error shape (through `onError`) instead of Valibot's raw
 * issue list.
 */
import type { Context } from 'hono'
import * as v from 'valibot'
import { PublicError } from './public-error'

type Issues = [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]

/** A 400 naming the first issue's field and message. */
export function invalidRequest(issues: Issues): PublicError {
  const [issue] = issues
  const field = v.getDotPath(issue)
  return new PublicError(400, 'invalid_request', field ? `${field}: ${issue.message}` : issue.message)
}

export function rejectInvalid(result: { success: true } | { success: false; issues: Issues }, _c: Context): void {
  if (!result.success) throw invalidRequest(result.issues)
}
