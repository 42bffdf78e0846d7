/**
 * @module
 * `/api/tags`: every tag with its count, and each tag's articles. Any spelling of a tag is
 * answered directly (no redirect, which embedders' fetch code often does not follow), with
 * the canonical slug in the body.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { notFound } from '../http/public-error'
import { tagParam } from '../http/raw-tag-param'
import { validate } from '../http/validate'
import { summaryJson } from '../json/article-json'
import { pagination } from '../json/pagination'
import { describeRoute, errorResponse, jsonResponse } from '../openapi/describe-route'
import { tagArticlesExample, tagListExample } from '../openapi/examples'
import { PaginationQuerySchema } from '../schema/api/pagination'
import type { TagArticlesResponse, TagListResponse } from '../schema/api/tag'
import { tagPath } from '../site'
import { getTagIndex, getTagSlice } from '../store/tags'

export const tagsApi = new Hono<AppEnv>()

tagsApi.get(
  '/',
  describeRoute({
    summary: 'Every tag with its article count, most used first',
    responses: { 200: jsonResponse('TagListResponse', 'All tags', tagListExample) },
  }),
  async (c) => {
    const origin = c.var.origin
    const tags = (await getTagIndex(c.env.CONTENT, c.var.now)).map((tag) => ({
      ...tag,
      url: origin + tagPath(tag.slug),
    }))
    const body: TagListResponse = { tags, meta: { total: tags.length } }
    return c.json(body)
  }
)

tagsApi.get(
  '/:tag',
  describeRoute({
    summary: "A tag's articles, newest first",
    description: 'Any spelling of the tag is answered directly, naming the canonical slug.',
    responses: {
      200: jsonResponse(
        'TagArticlesResponse',
        'The tag and a page of its articles',
        tagArticlesExample
      ),
      404: errorResponse('No such tag'),
    },
  }),
  tagParam,
  validate('query', PaginationQuerySchema),
  async (c) => {
    const { slug } = c.req.valid('param').tag
    const { page, limit } = c.req.valid('query')
    const slice = slug
      ? await getTagSlice(c.env.CONTENT, slug, (page - 1) * limit, limit, c.var.now)
      : null
    if (!slice) throw notFound('لا يوجد وسم بهذا الاسم')
    const origin = c.var.origin
    const { tag } = slice.shard
    const body: TagArticlesResponse = {
      tag: { ...tag, url: origin + tagPath(tag.slug), count: slice.total },
      articles: slice.articles.map((summary) => summaryJson(summary, origin)),
      meta: { pagination: pagination(page, limit, slice.total) },
    }
    return c.json(body)
  }
)
