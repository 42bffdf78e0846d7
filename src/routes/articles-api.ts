/**
 * @module
 * `/api/articles`: the article JSON other sites embed, in the Ghost Content API's shape.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { noArticleWithSlug } from '../http/public-error'
import { validate } from '../http/validate'
import { articleJson, summaryJson } from '../json/article-json'
import { pagination } from '../json/pagination'
import { describeRoute, errorResponse, jsonResponse } from '../openapi/describe-route'
import { articleExample, articleListExample } from '../openapi/examples'
import type { ArticleListResponse, ArticleResponse } from '../schema/api/article'
import { PaginationQuerySchema } from '../schema/api/pagination'
import { SlugParamSchema } from '../schema/api/route-params'
import { getArticle, getLatestSlice } from '../store/articles'

export const articlesApi = new Hono<AppEnv>()

articlesApi.get(
  '/',
  describeRoute({
    summary: 'Published articles, newest first',
    description: 'A page past the last answers an empty list, as the Ghost Content API does.',
    responses: {
      200: jsonResponse('ArticleListResponse', 'A page of article summaries', articleListExample),
    },
  }),
  validate('query', PaginationQuerySchema),
  async (c) => {
    const { page, limit } = c.req.valid('query')
    const { articles, total } = await getLatestSlice(
      c.env.CONTENT,
      (page - 1) * limit,
      limit,
      c.var.now
    )
    const origin = c.var.origin
    const body: ArticleListResponse = {
      articles: articles.map((summary) => summaryJson(summary, origin)),
      meta: { pagination: pagination(page, limit, total) },
    }
    return c.json(body)
  }
)

articlesApi.get(
  '/:slug',
  describeRoute({
    summary: 'One article',
    responses: {
      200: jsonResponse('ArticleResponse', 'The article', articleExample),
      404: errorResponse('No such article'),
    },
  }),
  validate('param', SlugParamSchema),
  async (c) => {
    const { slug } = c.req.valid('param')
    const article = await getArticle(c.env.CONTENT, slug, c.var.now)
    if (!article) throw noArticleWithSlug()
    const body: ArticleResponse = { article: articleJson(article, c.var.origin) }
    return c.json(body)
  }
)
