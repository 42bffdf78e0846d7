/**
 * @module
 * A whole page: the route's content in the one layout, as HTML, with what it holds inline (the
 * stylesheet and the JSON-LD blocks, serialised once here, for the page and for its
 * Content-Security-Policy). The root hands it to the page renderer (`http/page-renderer.ts`),
 * which makes `c.render(<Page/>, { title, description })` answer with it.
 */
import type { Inline } from '../app-env'
import type { SiteRecord } from '../schema/stored/site-record'
import { serializeJsonLd } from '../seo/structured-data'
import { Layout, type LayoutProps } from './layout'
import { SITE_CSS } from './styles'

/** What a route gives `c.render` beside its content (the renderer adds the publication). */
export type PageProps = Omit<LayoutProps, 'children' | 'jsonLdText' | 'site'>

declare module 'hono' {
  // An interface, to merge with Hono's own declaration.
  interface ContextRenderer {
    // eslint-disable-next-line @typescript-eslint/prefer-function-type
    (content: string | Promise<string>, props: PageProps): Response | Promise<Response>
  }
}

const STYLES = [SITE_CSS]

/** The page of `content` with `props` for the publication `site`, and what it holds inline. */
export async function renderPage(
  content: string | Promise<string>,
  props: PageProps,
  site: SiteRecord
): Promise<{ html: string; inline: Inline }> {
  const inline: Inline = { styles: STYLES, scripts: props.meta?.jsonLd.map(serializeJsonLd) ?? [] }
  const page = (
    <Layout {...props} site={site} jsonLdText={inline.scripts}>
      {await content}
    </Layout>
  )
  return { html: `<!DOCTYPE html>${page.toString()}`, inline }
}
