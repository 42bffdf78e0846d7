/**
 * @module
 * `/api/sections`: every section with its count, in navigation order, and each section's
 * articles, shaped like the tags' (`tags-api.ts`).
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { notFound } from '../http/public-error'
import { validate } from '../http/validate'
import { summaryJson } from '../json/article-json'
import { pagination } from '../json/pagination'
import { describeRoute, errorResponse, jsonResponse } from '../openapi/describe-route'
import { sectionArticlesExample, sectionListExample } from '../openapi/examples'
import { PaginationQuerySchema } from '../schema/api/pagination'
import { SectionSlugParamSchema } from '../schema/api/route-params'
import type { SectionArticlesResponse, SectionListResponse } from '../schema/api/section'
import { sectionPath } from '../site'
import { getSectionIndex, getSectionSlice } from '../store/newsroom'

export const sectionsApi = new Hono<AppEnv>()

sectionsApi.get(
  '/',
  describeRoute({
    summary: 'Every section with its article count, in navigation order',
    responses: { 200: jsonResponse('SectionListResponse', 'All sections', sectionListExample) },
  }),
  async (c) => {
    const origin = c.var.origin
    const sections = (await getSectionIndex(c.env.CONTENT, c.var.now)).map((section) => ({
      slug: section.slug,
      name: section.name,
      url: origin + sectionPath(section.slug),
      count: section.count,
    }))
    const body: SectionListResponse = { sections, meta: { total: sections.length } }
    return c.json(body)
  }
)

sectionsApi.get(
  '/:slug',
  describeRoute({
    summary: "A section's articles, newest first",
    responses: {
      200: jsonResponse(
        'SectionArticlesResponse',
        'The section and a page of its articles',
        sectionArticlesExample
      ),
      404: errorResponse('No such section'),
    },
  }),
  validate('param', SectionSlugParamSchema),
  validate('query', PaginationQuerySchema),
  async (c) => {
    const { slug } = c.req.valid('param')
    const { page, limit } = c.req.valid('query')
    const slice = await getSectionSlice(c.env.CONTENT, slug, (page - 1) * limit, limit, c.var.now)
    if (!slice) throw notFound('لا يوجد قسم بهذا الاسم المختصر')
    const origin = c.var.origin
    const { section } = slice.shard
    const body: SectionArticlesResponse = {
      section: { ...section, url: origin + sectionPath(section.slug), count: slice.total },
      articles: slice.articles.map((summary) => summaryJson(summary, origin)),
      meta: { pagination: pagination(page, limit, slice.total) },
    }
    return c.json(body)
  }
)
