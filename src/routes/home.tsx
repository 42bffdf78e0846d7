/**
 * @module
 * `/`: the home page, newest articles first.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { checkPageInRange } from '../http/public-error'
import { datesOf, siteOf } from '../http/site-context'
import { validate } from '../http/validate'
import { pagination } from '../json/pagination'
import { describeRoute, errorResponse, textResponse } from '../openapi/describe-route'
import { PageQuerySchema } from '../schema/api/pagination'
import { webSite } from '../seo/structured-data'
import { getLatestSlice } from '../store/articles'
import { HomePage } from '../views/home-page'

/** Articles on one home page. */
const HOME_PAGE_SIZE = 20

const LATEST = 'آخر الأخبار'

export const home = new Hono<AppEnv>()

home.get(
  '/',
  describeRoute({
    summary: 'Home page: the latest articles, 20 a page',
    responses: {
      200: textResponse('text/html', 'The page'),
      404: errorResponse('A page past the last; the page names the last one'),
    },
  }),
  validate('query', PageQuerySchema),
  async (c) => {
    const { page } = c.req.valid('query')
    const { articles, total } = await getLatestSlice(
      c.env.CONTENT,
      (page - 1) * HOME_PAGE_SIZE,
      HOME_PAGE_SIZE,
      c.var.now
    )
    checkPageInRange(page, HOME_PAGE_SIZE, total)
    const origin = c.var.origin
    const site = siteOf(c)
    const description = `${site.name}: ${site.description}، الأحدث أولًا.`
    return c.render(
      <HomePage
        dates={datesOf(c)}
        articles={articles}
        pagination={pagination(page, HOME_PAGE_SIZE, total)}
      />,
      {
        title: page === 1 ? LATEST : `${LATEST}: الصفحة ${page}`,
        description,
        meta: {
          canonical: page === 1 ? `${origin}/` : `${origin}/?page=${page}`,
          type: 'website',
          jsonLd: [webSite(site, origin, description)],
        },
      }
    )
  }
)
