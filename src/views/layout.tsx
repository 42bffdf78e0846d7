/**
 * @module
 * The one page layout. It alone sets `<html lang="ar" dir="rtl">`, so every page, including
 * error pages, is right-to-left Arabic.
 */
import type { Child } from 'hono/jsx'
import { raw } from 'hono/html'
import { SITE_CSS } from './styles'

export const SITE_NAME = 'منبر'

/** A `<link rel="alternate">`: a feed or an oEmbed endpoint for this page. */
export type Alternate = { type: string; href: string; title: string }

/** Feeds of the whole site, announced on every page. */
export const SITE_FEEDS: Alternate[] = [
  { type: 'application/rss+xml', href: '/feed.xml', title: `${SITE_NAME}: RSS` },
  { type: 'application/atom+xml', href: '/atom.xml', title: `${SITE_NAME}: Atom` },
  { type: 'application/feed+json', href: '/feed.json', title: `${SITE_NAME}: JSON Feed` },
]

export type LayoutProps = {
  /** The page's own title; the site name is appended. */
  title: string
  /** Meta description for search results and link previews. */
  description?: string
  /** Feeds and oEmbed links of this page, announced before the site's feeds. */
  alternates?: Alternate[]
  children?: Child
}

export function Layout({ title, description, alternates = [], children }: LayoutProps) {
  return (
    <html lang="ar" dir="rtl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} | ${SITE_NAME}`}</title>
        {description ? <meta name="description" content={description} /> : null}
        {[...alternates, ...SITE_FEEDS].map((alternate) => (
          <link rel="alternate" type={alternate.type} href={alternate.href} title={alternate.title} />
        ))}
        <style>{raw(SITE_CSS)}</style>
      </head>
      <body>
        <a class="skip" href="#main">
          انتقل إلى المحتوى
        </a>
        <header class="site-header">
          <a href="/">{SITE_NAME}</a>
        </header>
        <main id="main">{children}</main>
        <footer class="site-footer">
          <p>{SITE_NAME}: أخبار عربية من الحافة.</p>
        </footer>
      </body>
    </html>
  )
}
