/**
 * @module
 * `/api/articles`: the article JSON other sites embed, in the Ghost Content API's shape.
 */
import { vValidator } from '@hono/valibot-validator'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { notFound } from '../http/public-error'
import { siteOrigin } from '../http/site-origin'
import { rejectInvalid } from '../http/validation-hook'
import { articleJson, summaryJson } from '../json/article-json'
import { pagination } from '../json/pagination'
import type { ArticleListResponse, ArticleResponse } from '../schema/api-article'
import { PaginationQuerySchema } from '../schema/pagination'
import { SlugParamSchema } from '../schema/route-params'
import { getArticle, getLatestSlice } from '../store/articles'

export const articlesApi = new Hono<AppEnv>()

articlesApi.get('/', vValidator('query', PaginationQuerySchema, rejectInvalid), async (c) => {
  const { page, limit } = c.req.valid('query')
  const { articles, total } = await getLatestSlice(c.env.CONTENT, (page - 1) * limit, limit, c.get('now'))
  const origin = siteOrigin(c)
  const body: ArticleListResponse = {
    articles: articles.map((summary) => summaryJson(summary, origin)),
    meta: { pagination: pagination(page, limit, total) },
  }
  return c.json(body)
})

articlesApi.get('/:slug', vValidator('param', SlugParamSchema, rejectInvalid), async (c) => {
  const { slug } = c.req.valid('param')
  const article = await getArticle(c.env.CONTENT, slug, c.get('now'))
  if (!article) throw notFound('لا يوجد مقال بهذا الاسم المختصر')
  const body: ArticleResponse = { article: articleJson(article, siteOrigin(c)) }
  return c.json(body)
})
