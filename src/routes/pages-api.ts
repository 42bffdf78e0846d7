/**
 * @module
 * `/api/pages/:slug`: a static page of the site («من نحن», the policies) as JSON.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { notFound } from '../http/public-error'
import { validate } from '../http/validate'
import { describeRoute, errorResponse, jsonResponse } from '../openapi/describe-route'
import { pageExample } from '../openapi/examples'
import type { PageResponse } from '../schema/api/page'
import { PageParamSchema } from '../schema/api/route-params'
import { pagePath } from '../site'
import { getPage } from '../store/newsroom'

export const pagesApi = new Hono<AppEnv>()

pagesApi.get(
  '/:slug',
  describeRoute({
    summary: 'A static page: its title and body',
    responses: {
      200: jsonResponse('PageResponse', 'The page', pageExample),
      404: errorResponse('No such page'),
    },
  }),
  validate('param', PageParamSchema),
  async (c) => {
    const page = await getPage(c.env.CONTENT, c.req.valid('param').slug)
    if (!page) throw notFound('لا توجد صفحة بهذا الاسم المختصر')
    const body: PageResponse = {
      page: {
        slug: page.slug,
        title: page.title,
        html: page.html,
        url: c.var.origin + pagePath(page.slug),
      },
    }
    return c.json(body)
  }
)
