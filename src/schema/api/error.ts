/**
 * @module
 * The one error shape of the JSON API: `{ "error": { "code", "message" } }`.
 */
import * as v from 'valibot'

export const ApiErrorBodySchema = v.strictObject({
  error: v.strictObject({
    /** Stable, machine-readable: `not_found`, `invalid_request`, `unavailable`, ... */
    code: v.string(),
    /** Human-readable, in Arabic. */
    message: v.string(),
  }),
})

export type ApiErrorBody = v.InferOutput<typeof ApiErrorBodySchema>
