/**
 * @module
 * `/oembed` (the oEmbed 1.0 provider endpoint) and `/embed/:slug` (the card it frames).
 * The embed card is the only response other sites may frame.
 */
import { Hono } from 'hono'
import * as v from 'valibot'
import type { AppEnv } from '../app-env'
import { embedPolicy } from '../http/content-security'
import { openCors } from '../http/cross-origin'
import { noArticleWithSlug, notFound, PublicError } from '../http/public-error'
import { datesOf, siteOf } from '../http/site-context'
import { validate } from '../http/validate'
import { socialCard } from '../json/feature-image'
import { describeRoute, errorResponse, jsonResponse, textResponse } from '../openapi/describe-route'
import { oEmbedExample } from '../openapi/examples'
import { type OEmbedResponse, OEmbedQuerySchema } from '../schema/api/oembed'
import { SlugParamSchema } from '../schema/api/route-params'
import { SlugSchema } from '../schema/slug'
import type { ArticleRecord } from '../schema/stored/article-record'
import { articlePath, authorPath } from '../site'
import { getArticle } from '../store/articles'
import { CARD_CSS, EmbedCard } from '../views/embed-card'
import { OEmbedHtml } from '../views/oembed-html'

/** The card's natural size; smaller `maxwidth`/`maxheight` shrink it. */
const CARD_WIDTH = 550
const CARD_HEIGHT = 260
/** Narrow cards wrap more lines, so they grow taller up to this. */
const NARROW_CARD_HEIGHT = 340
const NARROW_BELOW = 400
/** oEmbed's thumbnail fields for an image. */
const thumbnail = (card: { url: string; width: number; height: number }) => ({
  thumbnail_url: card.url,
  thumbnail_width: card.width,
  thumbnail_height: card.height,
})

/** Consumers may cache an oEmbed answer for a day. */
const OEMBED_CACHE_AGE = 86_400

export const embeds = new Hono<AppEnv>()

/**
 * oEmbed has room for one author: the first name of the byline, with their page; an article
 * without a byline names its source, as it always has.
 */
function oEmbedAuthor(
  { authors: [first], source }: ArticleRecord,
  origin: string
): Pick<OEmbedResponse, 'author_name' | 'author_url'> {
  if (first) return { author_name: first.name, author_url: origin + authorPath(first.slug) }
  return { author_name: source.name, ...(source.url ? { author_url: source.url } : {}) }
}

/** The slug of `url` if it is an article page of this site, else `null`. */
function articleSlugOf(url: string, origin: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new PublicError(400, 'invalid_request', 'ليس رابطًا صالحًا', 'url')
  }
  if (parsed.origin !== origin) return null
  const match = /^\/articles\/([^/]+)\/?$/.exec(parsed.pathname)
  if (!match) return null
  let slug: string
  try {
    slug = decodeURIComponent(match[1]!)
  } catch {
    return null
  }
  return v.is(SlugSchema, slug) ? slug : null
}

embeds.use('/oembed', openCors)

embeds.get(
  '/oembed',
  describeRoute({
    summary: 'oEmbed 1.0 provider for article URLs',
    responses: {
      200: jsonResponse('OEmbedResponse', 'A rich embed', oEmbedExample),
      404: errorResponse('Not an article of this site'),
      501: errorResponse('A format other than json'),
    },
  }),
  validate('query', OEmbedQuerySchema),
  async (c) => {
    const query = c.req.valid('query')
    if (query.format !== 'json')
      throw new PublicError(501, 'not_implemented', 'الصيغة المدعومة الوحيدة هي json')
    const origin = c.var.origin
    const slug = articleSlugOf(query.url, origin)
    const article = slug ? await getArticle(c.env.CONTENT, slug, c.var.now) : null
    if (!article) throw notFound('لا يوجد مقال لهذا الرابط على هذا الموقع')
    const width = Math.min(CARD_WIDTH, query.maxwidth ?? CARD_WIDTH)
    const height = Math.min(
      width < NARROW_BELOW ? NARROW_CARD_HEIGHT : CARD_HEIGHT,
      query.maxheight ?? Infinity
    )
    const articleUrl = origin + articlePath(article.slug)
    const embedUrl = `${origin}/embed/${encodeURIComponent(article.slug)}`
    const html = (
      <OEmbedHtml
        dates={datesOf(c)}
        article={article}
        articleUrl={articleUrl}
        embedUrl={embedUrl}
        width={width}
        height={height}
      />
    ).toString()
    const body: OEmbedResponse = {
      type: 'rich',
      version: '1.0',
      title: article.title,
      ...oEmbedAuthor(article, origin),
      provider_name: siteOf(c).name,
      provider_url: `${origin}/`,
      cache_age: OEMBED_CACHE_AGE,
      html: await html,
      width,
      height,
      ...(article.image ? thumbnail(socialCard(article.image, origin)) : {}),
    }
    return c.json(body)
  }
)

embeds.get(
  '/embed/:slug',
  describeRoute({
    summary: 'The embeddable RTL card of an article (the only page other sites may frame)',
    responses: {
      200: textResponse('text/html', 'The card'),
      404: errorResponse('No such article'),
    },
  }),
  validate('param', SlugParamSchema),
  async (c) => {
    const { slug } = c.req.valid('param')
    const article = await getArticle(c.env.CONTENT, slug, c.var.now)
    if (!article) throw noArticleWithSlug()
    // The only framing allowed anywhere on the site; the card has no script and loads nothing.
    c.header('Content-Security-Policy', await embedPolicy(CARD_CSS))
    const card = (
      <EmbedCard
        dates={datesOf(c)}
        article={article}
        articleUrl={c.var.origin + articlePath(article.slug)}
        siteName={siteOf(c).name}
      />
    )
    return c.html(`<!DOCTYPE html>${await card.toString()}`)
  }
)
