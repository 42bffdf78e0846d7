/**
 * @module
 * `c.render(content, props)` for every HTML route. The page itself is made by the function the
 * root hands in (`views/page.tsx`), so http/ needs nothing from views/. Its HTML is encoded and
 * hashed here, where it is made: the response carries its strong ETag, and the edge cache stores
 * these bytes (`c.var.body`) rather than reading the response back, which costs more than the
 * hash. What the page holds inline goes to the Content-Security-Policy step (`c.var.inline`).
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv, Inline } from '../app-env'
import type { SiteRecord } from '../schema/stored/site-record'
import { encodeBody } from './finished-body'
import { siteOf } from './site-context'

type RenderPage<Props> = (
  content: string | Promise<string>,
  props: Props,
  site: SiteRecord
) => Promise<{ html: string; inline: Inline }>

/**
 * The middleware that sets `c.render` to answer with `renderPage`'s page.
 * @example app.use('*', pageRenderer(renderPage))
 */
export const pageRenderer =
  <Props>(renderPage: RenderPage<Props>): MiddlewareHandler<AppEnv> =>
  (c, next) => {
    c.setRenderer(async (content, props) => {
      const { html, inline } = await renderPage(content, props as Props, siteOf(c))
      const body = await encodeBody(html)
      c.set('inline', inline)
      c.header('Content-Type', 'text/html; charset=UTF-8')
      const response = c.body(body.bytes)
      // Errors have no ETag, as the ETag step gives them none.
      if (response.status === 200) {
        response.headers.set('ETag', body.etag)
        c.set('body', body)
      }
      return response
    })
    return next()
  }
