/**
 * @module
 * `/:slug`: the static pages of `content/pages/` («من نحن», the policies), at the site's root.
 * The root registers this sub-app after every other, so it answers only paths no other route
 * takes; and the publish step refuses a page whose slug is a first segment of those routes
 * (`ROUTE_SEGMENTS`), so a page can never be hidden behind one either.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { pageSlugParam } from '../http/page-slug-param'
import { notFound } from '../http/public-error'
import { siteOf } from '../http/site-context'
import { describeRoute, errorResponse, textResponse } from '../openapi/describe-route'
import { breadcrumbList, homeCrumb, webPage, type Crumb } from '../seo/structured-data'
import { pagePath } from '../site'
import { getLatestSlice } from '../store/articles'
import { getPage } from '../store/newsroom'
import { plainText, shortened } from '../text/plain-text'
import { latestList, RAIL_SIZE } from '../views/side-rail'
import { StaticPage } from '../views/static-page'

export const staticPages = new Hono<AppEnv>()

staticPages.get(
  '/:slug',
  describeRoute({
    summary: 'A static page of the site (about, editorial policy, corrections policy)',
    responses: {
      200: textResponse('text/html', 'The page'),
      404: errorResponse('No such page'),
    },
  }),
  pageSlugParam,
  async (c) => {
    const { slug } = c.req.valid('param')
    const [page, latest] = await Promise.all([
      getPage(c.env.CONTENT, slug),
      getLatestSlice(c.env.CONTENT, 0, RAIL_SIZE, c.var.now),
    ])
    if (!page) throw notFound()
    const origin = c.var.origin
    const url = origin + pagePath(page.slug)
    const description = shortened(plainText(page.html)) || page.title
    const crumbs: Crumb[] = [homeCrumb(origin), { name: page.title }]
    return c.render(<StaticPage page={page} crumbs={crumbs} />, {
      title: page.title,
      description,
      rail: [latestList(latest.articles)],
      meta: {
        canonical: url,
        type: 'website',
        jsonLd: [
          webPage(page.title, url, description, siteOf(c), origin),
          breadcrumbList(crumbs, url),
        ],
      },
    })
  }
)
