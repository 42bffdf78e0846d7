/**
 * @module
 * The one page layout. It alone sets `<html lang={SITE_LANGUAGE} dir="rtl">`, so every page, including
 * error pages, is right-to-left Arabic. It also writes what crawlers and link previews read:
 * canonical link, description, Open Graph and Twitter cards, feeds and JSON-LD.
 */
import { raw } from 'hono/html'
import type { Child } from 'hono/jsx'
import { JsonLd, type JsonLdObject } from '../seo/structured-data'
import { SITE_FEEDS, SITE_LANGUAGE, SITE_LOCALE, SITE_NAME, type Alternate } from '../site'
import { SITE_CSS } from './styles'

/** What search engines and link previews should know about a page. */
type PageMeta = {
  /** Absolute canonical URL. */
  canonical: string
  type: 'website' | 'article'
  /** For articles: Open Graph `article:*` properties. */
  article?: { publishedTime: string; modifiedTime: string; tags: string[] }
  /** The link-preview image (absolute URL), when the page has one. */
  image?: { url: string; width: number; height: number; alt: string }
  jsonLd: JsonLdObject[]
}

export type LayoutProps = {
  /** The page's own title; the site name is appended. */
  title: string
  /** Meta description for search results and link previews. */
  description?: string
  /** Feeds and oEmbed links of this page, announced before the site's feeds. */
  alternates?: Alternate[]
  /** Absent on error pages, which are marked `noindex` instead. */
  meta?: PageMeta
  /** The search page's query, shown in the header's search box so it can be changed there. */
  searchQuery?: string
  /** `meta.jsonLd` serialised (the renderer does it once, for the page and for its CSP). */
  jsonLdText?: readonly string[]
  children?: Child
}

function SeoTags({
  title,
  description,
  meta,
  jsonLdText,
}: {
  title: string
  description?: string
  meta: PageMeta
  jsonLdText: readonly string[]
}) {
  return (
    <>
      <link rel="canonical" href={meta.canonical} />
      <meta property="og:type" content={meta.type} />
      <meta property="og:site_name" content={SITE_NAME} />
      <meta property="og:locale" content={SITE_LOCALE} />
      <meta property="og:title" content={title} />
      {description ? <meta property="og:description" content={description} /> : null}
      <meta property="og:url" content={meta.canonical} />
      {meta.article ? (
        <>
          <meta property="article:published_time" content={meta.article.publishedTime} />
          <meta property="article:modified_time" content={meta.article.modifiedTime} />
          {meta.article.tags.map((tag) => (
            <meta property="article:tag" content={tag} />
          ))}
        </>
      ) : null}
      {meta.image ? (
        <>
          <meta property="og:image" content={meta.image.url} />
          <meta property="og:image:width" content={String(meta.image.width)} />
          <meta property="og:image:height" content={String(meta.image.height)} />
          <meta property="og:image:alt" content={meta.image.alt} />
        </>
      ) : null}
      <meta name="twitter:card" content={meta.image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={title} />
      {description ? <meta name="twitter:description" content={description} /> : null}
      {jsonLdText.map((text) => (
        <JsonLd text={text} />
      ))}
    </>
  )
}

const AlternateLink = (alternate: Alternate) => (
  <link rel="alternate" type={alternate.type} href={alternate.href} title={alternate.title} />
)

// What every page has in common, rendered once per isolate rather than on every request.

/** The site's icon, its feeds and the stylesheet, which end every `<head>`. */
const HEAD_END = (
  <>
    <link rel="icon" href="/favicon.ico" sizes="32x32" />
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    {SITE_FEEDS.map(AlternateLink)}
    <style>{raw(SITE_CSS)}</style>
  </>
)

/** The skip link and the site header with its search box, the one search form of every page. */
function BodyStart({ query }: { query?: string }) {
  return (
    <>
      <a class="skip" href="#main">
        انتقل إلى المحتوى
      </a>
      <header class="site-header">
        <a href="/" class="site-name">
          {SITE_NAME}
        </a>
        <nav aria-label="أقسام الموقع">
          <a href="/tags">الوسوم</a>
        </nav>
        <form role="search" action="/search" method="get" class="site-search">
          <label for="site-search-q" class="visually-hidden">
            ابحث في الموقع
          </label>
          <input
            id="site-search-q"
            type="search"
            name="q"
            placeholder="ابحث…"
            maxlength={200}
            dir="auto"
            value={query}
          />
          <button type="submit">بحث</button>
        </form>
      </header>
    </>
  )
}

/** The start of every page but the search page's. */
const BODY_START = <BodyStart />

const BODY_END = (
  <footer class="site-footer">
    <p>
      {SITE_NAME}: أخبار عربية. <a href="/feed.xml">RSS</a> · <a href="/atom.xml">Atom</a> ·{' '}
      <a href="/feed.json">JSON Feed</a>
    </p>
  </footer>
)

export function Layout({
  title,
  description,
  alternates = [],
  meta,
  searchQuery,
  jsonLdText = [],
  children,
}: LayoutProps) {
  return (
    <html lang={SITE_LANGUAGE} dir="rtl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} | ${SITE_NAME}`}</title>
        {description ? <meta name="description" content={description} /> : null}
        {meta ? (
          <SeoTags title={title} description={description} meta={meta} jsonLdText={jsonLdText} />
        ) : (
          <meta name="robots" content="noindex" />
        )}
        {alternates.map(AlternateLink)}
        {HEAD_END}
      </head>
      <body>
        {searchQuery === undefined ? BODY_START : <BodyStart query={searchQuery} />}
        <main id="main">{children}</main>
        {BODY_END}
      </body>
    </html>
  )
}
