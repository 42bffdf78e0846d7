/**
 * @module
 * `c.render(<Page/>, { title, description })` for every HTML route, through the one layout. The
 * renderer says what it wrote inline (`c.var.inline`: the stylesheet and the JSON-LD strings it
 * serialised), so the Content-Security-Policy step can hash them without reading the page again.
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv, Inline } from '../app-env'
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
    c.set('inline', inline)
    const page = (
      <Layout {...props} jsonLdText={inline.scripts}>
        {content}
      </Layout>
    )
    return c.html(`<!DOCTYPE html>${await page.toString()}`)
  })
  return next()
}
