/**
 * @module
 * `/articles/:slug`: the article page readers see.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { notFound } from '../http/public-error'
import { datesOf, siteOf } from '../http/site-context'
import { validate } from '../http/validate'
import { socialCard } from '../json/feature-image'
import { describeRoute, errorResponse, textResponse } from '../openapi/describe-route'
import { SlugParamSchema } from '../schema/api/route-params'
import type { ArticleRecord } from '../schema/stored/article-record'
import type { SiteRecord } from '../schema/stored/site-record'
import {
  breadcrumbList,
  homeCrumb,
  newsArticle,
  type Crumb,
  type JsonLdObject,
} from '../seo/structured-data'
import { articlePath, sectionPath, tagPath } from '../site'
import { getArticle, getLatestSlice } from '../store/articles'
import { ArticlePage, relatedList } from '../views/article-page'
import { latestList, RAIL_SIZE } from '../views/side-rail'

export const articlePages = new Hono<AppEnv>()

/**
 * What the page derives from the record and the publication: its URL, its breadcrumbs
 * (الرئيسية › the section › the title; a site without sections shows the first tag) and JSON-LD.
 */
function derivedOf(article: ArticleRecord, site: SiteRecord, origin: string) {
  const url = origin + articlePath(article.slug)
  const [firstTag] = article.tags
  const parent = article.section
    ? { name: article.section.name, url: origin + sectionPath(article.section.slug) }
    : firstTag
      ? { name: firstTag.name, url: origin + tagPath(firstTag.slug) }
      : null
  const crumbs: Crumb[] = [homeCrumb(origin), ...(parent ? [parent] : []), { name: article.title }]
  const jsonLd: JsonLdObject[] = [
    newsArticle(article, url, site, origin),
    breadcrumbList(crumbs, url),
  ]
  return { url, crumbs, jsonLd }
}

articlePages.get(
  '/:slug',
  describeRoute({
    summary: 'Article page',
    responses: {
      200: textResponse('text/html', 'The page'),
      404: errorResponse('No such article'),
    },
  }),
  validate('param', SlugParamSchema),
  async (c) => {
    const { slug } = c.req.valid('param')
    const [article, latest] = await Promise.all([
      getArticle(c.env.CONTENT, slug, c.var.now),
      // One more than the rail shows, in case the article itself is among them.
      getLatestSlice(c.env.CONTENT, 0, RAIL_SIZE + 1, c.var.now),
    ])
    if (!article) throw notFound('لم نجد مقالًا بهذا العنوان. ربما نُقل أو حُذف.')
    const origin = c.var.origin
    const { url, crumbs, jsonLd } = derivedOf(article, siteOf(c), origin)
    return c.render(<ArticlePage dates={datesOf(c)} article={article} crumbs={crumbs} />, {
      title: article.title,
      description: article.summary,
      ...(article.section ? { section: article.section.slug } : {}),
      rail: [relatedList(article.related), latestList(latest.articles, article.slug)],
      alternates: [
        {
          type: 'application/json+oembed',
          href: `${origin}/oembed?url=${encodeURIComponent(url)}&format=json`,
          title: article.title,
        },
      ],
      meta: {
        canonical: url,
        type: 'article',
        article: {
          publishedTime: article.published_at,
          modifiedTime: article.updated_at ?? article.published_at,
          tags: article.tags.map((tag) => tag.name),
        },
        jsonLd,
        ...(article.image
          ? { image: { ...socialCard(article.image, origin), alt: article.image.alt } }
          : {}),
      },
    })
  }
)
