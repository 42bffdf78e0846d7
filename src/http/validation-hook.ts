/**
 * @module
 * The hook every `vValidator` gets, so a bad param or query becomes a 400 with our error shape
 * (through `onError`) instead of Valibot's raw issue list.
 */
import type { Context } from 'hono'
import * as v from 'valibot'
import { PublicError } from './public-error'

type ValidationResult = { success: true } | { success: false; issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]] }

export function rejectInvalid(result: ValidationResult, _c: Context): void {
  if (result.success) return
  const [issue] = result.issues
  const field = v.getDotPath(issue)
  throw new PublicError(400, 'invalid_request', field ? `${field}: ${issue.message}` : issue.message)
}
