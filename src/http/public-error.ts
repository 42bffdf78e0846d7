/**
 * @module
 * Errors a client caused or can act on. Routes throw them; `onError` answers them as the
 * API's JSON error shape or as an Arabic HTML page, depending on where the request went.
 */
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

export class PublicError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    /** Stable machine-readable code for the JSON body, e.g. `not_found`. */
    readonly code: string,
    /** Arabic message shown to the reader or returned to the embedder. */
    message: string
  ) {
    super(status, { message })
    this.name = 'PublicError'
  }
}

export const notFound = (what = 'الصفحة المطلوبة غير موجودة') => new PublicError(404, 'not_found', what)
