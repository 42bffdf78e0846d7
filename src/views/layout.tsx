/**
 * @module
 * The one page layout. It alone sets `<html lang="ar" dir="rtl">`, so every page, including
 * error pages, is right-to-left Arabic.
 */
import type { Child } from 'hono/jsx'
import { raw } from 'hono/html'
import { SITE_CSS } from './styles'

export const SITE_NAME = 'منبر'

export type LayoutProps = {
  /** The page's own title; the site name is appended. */
  title: string
  /** Meta description for search results and link previews. */
  description?: string
  children?: Child
}

export function Layout({ title, description, children }: LayoutProps) {
  return (
    <html lang="ar" dir="rtl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} | ${SITE_NAME}`}</title>
        {description ? <meta name="description" content={description} /> : null}
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
