/**
 * @module
 * The one page layout. It alone sets `<html lang={SITE_LANGUAGE} dir="rtl">`, so every page,
 * including error pages, is right-to-left Arabic. Every page has the publication's name, its
 * sections (the current one marked) and a footer with its pages and feeds; pages that have one
 * get the side rail beside the main column (see side-rail.tsx). It also writes what
 * crawlers and link previews read: canonical link, description, Open Graph and Twitter cards,
 * feeds and JSON-LD.
 */
import { raw } from 'hono/html'
import type { Child } from 'hono/jsx'
import { siteDateStyle, type SiteRecord } from '../schema/stored/site-record'
import { JsonLd, type JsonLdObject } from '../seo/structured-data'
import {
  pagePath,
  sectionPath,
  siteFeeds,
  SITE_LANGUAGE,
  SITE_LOCALE,
  type Alternate,
} from '../site'
import { SideRail, type RailList } from './side-rail'
import { SITE_CSS } from './styles'

/** What search engines and link previews should know about a page. */
type PageMeta = {
  /** Absolute canonical URL. */
  canonical: string
  type: 'website' | 'article' | 'profile'
  /** For articles: Open Graph `article:*` properties. */
  article?: { publishedTime: string; modifiedTime: string; tags: string[] }
  /** The link-preview image (absolute URL), when the page has one. */
  image?: { url: string; width: number; height: number; alt: string }
  jsonLd: JsonLdObject[]
}

export type LayoutProps = {
  /** The publication: its name, sections and pages (the renderer hands it in, from `c.var.site`). */
  site: SiteRecord
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
  /** The slug of the section the page belongs to, marked `aria-current` in the navigation. */
  section?: string
  /** The side rail's lists (latest, related...); a page without them is one column. */
  rail?: readonly RailList[]
  /** `meta.jsonLd` serialised (the renderer does it once, for the page and for its CSP). */
  jsonLdText?: readonly string[]
  children?: Child
}

function SeoTags({
  site,
  title,
  description,
  meta,
  jsonLdText,
}: {
  site: SiteRecord
  title: string
  description?: string
  meta: PageMeta
  jsonLdText: readonly string[]
}) {
  return (
    <>
      <link rel="canonical" href={meta.canonical} />
      <meta property="og:type" content={meta.type} />
      <meta property="og:site_name" content={site.name} />
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

/** The site's icon, its feeds and the stylesheet, which end every `<head>`. */
function HeadEnd({ site }: { site: SiteRecord }) {
  return (
    <>
      <link rel="icon" href="/favicon.ico" sizes="32x32" />
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      {siteFeeds(site.name).map(AlternateLink)}
      <style>{raw(SITE_CSS)}</style>
    </>
  )
}

/** The sections, in `site.yml` order, the current one marked for assistive technology. */
function SectionNav({ site, current }: { site: SiteRecord; current?: string }) {
  if (site.sections.length === 0) return null
  return (
    <nav aria-label="الأقسام" class="sections">
      <ul>
        {site.sections.map((section) => (
          <li>
            <a
              href={sectionPath(section.slug)}
              {...(section.slug === current ? { 'aria-current': 'page' } : {})}
            >
              {section.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** The skip link and the site header: the name, the one search form of every page, the sections. */
function SiteHeader({
  site,
  query,
  section,
}: {
  site: SiteRecord
  query?: string
  section?: string
}) {
  return (
    <>
      <a class="skip" href="#main">
        انتقل إلى المحتوى
      </a>
      <header class="site-header">
        <div class="masthead">
          <a href="/" class="site-name">
            {site.name}
          </a>
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
        </div>
        <SectionNav site={site} current={section} />
      </header>
    </>
  )
}

/** The footer: what the site is, its pages, the tags and the feeds. */
function SiteFooter({ site }: { site: SiteRecord }) {
  return (
    <footer class="site-footer">
      <p>{`${site.name}: ${site.description}.`}</p>
      <ul class="footer-links">
        {site.pages.map((page) => (
          <li>
            <a href={pagePath(page.slug)}>{page.title}</a>
          </li>
        ))}
        <li>
          <a href="/tags">الوسوم</a>
        </li>
        <li>
          <a href="/feed.xml">RSS</a>
        </li>
        <li>
          <a href="/atom.xml">Atom</a>
        </li>
        <li>
          <a href="/feed.json">JSON Feed</a>
        </li>
      </ul>
    </footer>
  )
}

export function Layout({
  site,
  title,
  description,
  alternates = [],
  meta,
  searchQuery,
  section,
  rail,
  jsonLdText = [],
  children,
}: LayoutProps) {
  // An empty list has no heading to show, and an empty rail would be an empty landmark.
  const railLists = rail?.filter((list) => list.links.length > 0) ?? []
  return (
    <html lang={SITE_LANGUAGE} dir="rtl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} | ${site.name}`}</title>
        {description ? <meta name="description" content={description} /> : null}
        {meta ? (
          <SeoTags
            site={site}
            title={title}
            description={description}
            meta={meta}
            jsonLdText={jsonLdText}
          />
        ) : (
          <meta name="robots" content="noindex" />
        )}
        {alternates.map(AlternateLink)}
        <HeadEnd site={site} />
      </head>
      <body>
        <SiteHeader site={site} query={searchQuery} section={section} />
        <div class="page-body">
          <main id="main">{children}</main>
          {railLists.length > 0 ? (
            <aside class="rail" aria-label="روابط جانبية">
              <SideRail lists={railLists} dates={siteDateStyle(site)} />
            </aside>
          ) : null}
        </div>
        <SiteFooter site={site} />
      </body>
    </html>
  )
}
