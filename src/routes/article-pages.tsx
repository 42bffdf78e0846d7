/**
 * @module
 * `/articles/:slug`: the article page readers see.
 */
import { vValidator } from '@hono/valibot-validator'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { articlePath } from '../http/paths'
import { notFound } from '../http/public-error'
import { siteOrigin } from '../http/site-origin'
import { rejectInvalid } from '../http/validation-hook'
import { SlugParamSchema } from '../schema/route-params'
import { getArticle } from '../store/articles'
import { ArticlePage } from '../views/article-page'

export const articlePages = new Hono<AppEnv>()

articlePages.get('/:slug', vValidator('param', SlugParamSchema, rejectInvalid), async (c) => {
  const { slug } = c.req.valid('param')
  const article = await getArticle(c.env.CONTENT, slug)
  if (!article) throw notFound('لم نجد مقالًا بهذا العنوان. ربما نُقل أو حُذف.')
  const articleUrl = siteOrigin(c) + articlePath(article.slug)
  const oembed = `${siteOrigin(c)}/oembed?url=${encodeURIComponent(articleUrl)}&format=json`
  return c.render(<ArticlePage article={article} />, {
    title: article.title,
    description: article.summary,
    alternates: [{ type: 'application/json+oembed', href: oembed, title: article.title }],
  })
})
