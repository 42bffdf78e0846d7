/** @jsxImportSource #jsx */
/**
 * @module
 * `c.render(<Page/>, { title, description })` for every HTML route, through the one layout.
 *
 * The page is rendered to a string and encoded once. The renderer tells the
 * Content-Security-Policy step what it wrote inline (the stylesheet and the JSON-LD strings it
 * serialised), so the page is never re-read for its hashes, and a 200 gets its strong ETag from
 * those same bytes, which the ETag middleware and the edge cache reuse.
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv, Inline } from '../app-env'
import { encodePage, finishBody } from '../http/finished-body'
import { serializeJsonLd } from '../seo/structured-data'
import { Layout, type LayoutProps } from './layout'
import { SITE_CSS } from './styles'

declare module 'hono' {
  // An interface, to merge with Hono's own declaration.
  interface ContextRenderer {
    // eslint-disable-next-line @typescript-eslint/prefer-function-type
    (
      content: string | Promise<string>,
      props: Omit<LayoutProps, 'children'>
    ): Response | Promise<Response>
  }
}

const STYLES = [SITE_CSS]

export const pageRenderer: MiddlewareHandler<AppEnv> = (c, next) => {
  c.setRenderer(async (content, props) => {
    const inline: Inline = {
      styles: STYLES,
      scripts: props.meta?.jsonLd.map(serializeJsonLd) ?? [],
    }
    const page = <Layout {...props}>{content}</Layout>
    const body = encodePage(c.req.url, `<!DOCTYPE html>${await page.toString()}`)
    c.set('inline', inline)
    c.header('Content-Type', 'text/html; charset=UTF-8')
    const response = c.body(body.bytes)
    return response.status === 200 ? finishBody(c, response, body) : response
  })
  return next()
}
