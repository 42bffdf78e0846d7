/**
 * @module
 * Errors a client caused or can act on. Routes throw them; `onError` answers them as the
 * API's JSON error shape or as an Arabic HTML page, depending on where the request went.
 */
import { HTTPException } from 'hono/http-exception'

export class PublicError extends HTTPException {
  /**
   * @param code Stable machine-readable code for the JSON body, e.g. `not_found`.
   * @param detail Arabic message shown to the reader or returned to the embedder.
   * @param field The request field at fault, if one is: the JSON message names it as sent
   * (`q: …`), the page in words a reader knows.
   */
  constructor(
    status: HTTPException['status'],
    readonly code: string,
    readonly detail: string,
    readonly field?: string
  ) {
    super(status, { message: field ? `${field}: ${detail}` : detail })
    this.name = 'PublicError'
  }
}

export const notFound = (what = 'لم نجد شيئًا على هذا الرابط. ربما نُقل أو حُذف، أو في الرابط خطأ.') =>
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
