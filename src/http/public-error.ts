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

export const notFound = (what = 'الصفحة المطلوبة غير موجودة') =>
  new PublicError(404, 'not_found', what)

/** No article has the slug asked for (the API and the embeds). */
export const noArticleWithSlug = () => notFound('لا يوجد مقال بهذا الاسم المختصر')

/**
 * A page past the end of a paged list, as search engines and readers expect: a 404, not an
 * empty page that looks like a site with nothing on it. The first page always exists.
 */
export function checkPageInRange(page: number, pageSize: number, total: number): void {
  const lastPage = Math.max(1, Math.ceil(total / pageSize))
  if (page > lastPage) throw notFound(`لا توجد صفحة بهذا الرقم. آخر صفحة هي ${lastPage}.`)
}
