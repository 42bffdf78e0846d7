/**
 * @module
 * What every feed format is made of: the channel (the site, a tag, a section or an author), its
 * newest articles in full, read by `feedItems`, and who wrote each (`creatorsOf`).
 */
import { featureImage } from '../json/feature-image'
import type { ArticleRecord } from '../schema/stored/article-record'
import type { ArticleSummary } from '../schema/stored/article-summary'
import { articlePath, authorPath } from '../site'
import { getArticle } from '../store/articles'

export type FeedChannel = {
  title: string
  description: string
  /** Absolute URL of the HTML page the feed mirrors. */
  homePageUrl: string
  /** Absolute URL of this feed. */
  feedUrl: string
  /** The site that publishes the feed: its name and home page. */
  publisher: Creator
}

/** A person or an organisation credited with an item, with the address of their page. */
export type Creator = { name: string; url: string }

export type FeedItem = {
  article: ArticleRecord
  /** Absolute URL of the article page. */
  url: string
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * The body as feeds carry it: the hero image first (a JPEG, with its caption and credit), and
 * every image URL absolute, since a feed reader shows the HTML away from our site.
 */
export function feedHtml({ article, url }: FeedItem): string {
  const origin = new URL(url).origin
  const body = article.html.replace(/(src="|srcset="|, )\/media\//g, `$1${origin}/media/`)
  const { image } = article
  if (!image) return body
  const jpeg = featureImage(image, origin)
  const caption = [image.caption, image.credit].filter(Boolean).join(' ')
  return (
    `<figure><img src="${jpeg.url}" width="${jpeg.width}" height="${jpeg.height}" alt="${escapeHtml(image.alt)}">` +
    (caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : '') +
    `</figure>${body}`
  )
}

/**
 * Who wrote an item: its byline in order, each with their author page, or, when it has none, the
 * publisher, as the article page's structured data says (Atom requires an author on every entry;
 * RSS and JSON Feed say the same thing, so that readers of any format see one answer).
 */
export function creatorsOf({ article, url }: FeedItem, publisher: Creator): Creator[] {
  if (article.authors.length === 0) return [publisher]
  const origin = new URL(url).origin
  return article.authors.map((author) => ({
    name: author.name,
    url: origin + authorPath(author.slug),
  }))
}

/** The newest time any item was published or updated; the feed's own "updated". */
export function latestChange(items: FeedItem[]): string {
  const times = items.map(({ article }) => Date.parse(article.updated_at ?? article.published_at))
  return new Date(times.length > 0 ? Math.max(...times) : 0).toISOString()
}

/** RFC 3339 in UTC, as Atom and JSON Feed want it. */
export const rfc3339 = (iso: string) => new Date(iso).toISOString()

/** Entries per feed: a day or two of news, the window feed readers poll. */
export const FEED_SIZE = 20

/**
 * The newest summaries of a list, each read in full (in parallel) for its body. An article
 * removed between the two reads is simply left out.
 */
export async function feedItems(
  kv: KVNamespace,
  summaries: ArticleSummary[],
  origin: string,
  now: number
): Promise<FeedItem[]> {
  const articles = await Promise.all(
    summaries.slice(0, FEED_SIZE).map((summary) => getArticle(kv, summary.slug, now))
  )
  return articles.flatMap((article) =>
    article ? [{ article, url: origin + articlePath(article.slug) }] : []
  )
}
