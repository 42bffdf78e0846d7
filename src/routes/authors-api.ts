/**
 * @module
 * `/api/authors`: everyone with a byline, with their counts, and each author's profile with a
 * page of their articles (the profile lives in shard 1 of their list, so this is one read).
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { notFound } from '../http/public-error'
import { validate } from '../http/validate'
import { summaryJson } from '../json/article-json'
import { featureImage } from '../json/feature-image'
import { pagination } from '../json/pagination'
import { describeRoute, errorResponse, jsonResponse } from '../openapi/describe-route'
import { authorArticlesExample, authorListExample } from '../openapi/examples'
import type { AuthorArticlesResponse, AuthorListResponse } from '../schema/api/author'
import { PaginationQuerySchema } from '../schema/api/pagination'
import { AuthorSlugParamSchema } from '../schema/api/route-params'
import { authorPath } from '../site'
import { getAuthorIndex, getAuthorSlice } from '../store/newsroom'

export const authorsApi = new Hono<AppEnv>()

authorsApi.get(
  '/',
  describeRoute({
    summary: 'Every author with their article count, in Arabic alphabetical order',
    responses: { 200: jsonResponse('AuthorListResponse', 'All authors', authorListExample) },
  }),
  async (c) => {
    const origin = c.var.origin
    const authors = (await getAuthorIndex(c.env.CONTENT, c.var.now)).map((author) => ({
      slug: author.slug,
      name: author.name,
      role: author.role,
      url: origin + authorPath(author.slug),
      count: author.count,
    }))
    const body: AuthorListResponse = { authors, meta: { total: authors.length } }
    return c.json(body)
  }
)

authorsApi.get(
  '/:slug',
  describeRoute({
    summary: "An author's profile and articles, newest first",
    responses: {
      200: jsonResponse(
        'AuthorArticlesResponse',
        'The author and a page of their articles',
        authorArticlesExample
      ),
      404: errorResponse('No such author'),
    },
  }),
  validate('param', AuthorSlugParamSchema),
  validate('query', PaginationQuerySchema),
  async (c) => {
    const { slug } = c.req.valid('param')
    const { page, limit } = c.req.valid('query')
    const slice = await getAuthorSlice(c.env.CONTENT, slug, (page - 1) * limit, limit, c.var.now)
    if (!slice) throw notFound('لا يوجد كاتب بهذا الاسم المختصر')
    const origin = c.var.origin
    const { author } = slice.shard
    const body: AuthorArticlesResponse = {
      author: {
        slug: author.slug,
        name: author.name,
        role: author.role,
        url: origin + authorPath(author.slug),
        count: slice.total,
        image: author.image ? featureImage(author.image, origin).url : null,
        bio_html: author.bio_html,
        same_as: author.same_as,
      },
      articles: slice.articles.map((summary) => summaryJson(summary, origin)),
      meta: { pagination: pagination(page, limit, slice.total) },
    }
    return c.json(body)
  }
)
