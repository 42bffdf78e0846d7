/**
 * @module
 * `/sections/:section` for readers: the section's articles, newest first, 20 a page, with the
 * section marked in the navigation. Beside them, the side rail has the site's latest articles and,
 * past the first page, the section's newest (which page 1 already shows).
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { checkPageInRange, notFound } from '../http/public-error'
import { datesOf, siteOf } from '../http/site-context'
import { validate } from '../http/validate'
import { pagination } from '../json/pagination'
import { describeRoute, errorResponse, textResponse } from '../openapi/describe-route'
import { PageQuerySchema } from '../schema/api/pagination'
import { SectionParamSchema } from '../schema/api/route-params'
import { breadcrumbList, collectionPage, homeCrumb, type Crumb } from '../seo/structured-data'
import { sectionFeedPath, sectionPath } from '../site'
import { getLatestSlice } from '../store/articles'
import { getSectionSlice } from '../store/newsroom'
import { SectionPage } from '../views/section-page'
import { latestList, RAIL_SIZE, railLinks, type RailList } from '../views/side-rail'

/** Articles on one section page. */
const SECTION_PAGE_SIZE = 20

const NO_SUCH_SECTION = 'لا يوجد قسم بهذا الاسم.'

export const sectionPages = new Hono<AppEnv>()

sectionPages.get(
  '/:section',
  describeRoute({
    summary: "A section's page: its articles, newest first, 20 a page",
    responses: {
      200: textResponse('text/html', 'The page'),
      404: errorResponse('No such section, or a page past the last'),
    },
  }),
  validate('param', SectionParamSchema),
  validate('query', PageQuerySchema),
  async (c) => {
    const { section: slug } = c.req.valid('param')
    const { page } = c.req.valid('query')
    const kv = c.env.CONTENT
    const now = c.var.now
    const offset = (page - 1) * SECTION_PAGE_SIZE
    const [slice, latest, newest] = await Promise.all([
      getSectionSlice(kv, slug, offset, SECTION_PAGE_SIZE, now),
      getLatestSlice(kv, 0, RAIL_SIZE, now),
      page > 1 ? getSectionSlice(kv, slug, 0, RAIL_SIZE, now) : null,
    ])
    if (!slice) throw notFound(NO_SUCH_SECTION)
    checkPageInRange(page, SECTION_PAGE_SIZE, slice.total)
    const { section } = slice.shard
    const origin = c.var.origin
    const url = origin + sectionPath(section.slug) + (page === 1 ? '' : `?page=${page}`)
    const site = siteOf(c)
    const description = `أخبار قسم ${section.name} في ${site.name}، الأحدث أولًا.`
    const crumbs: Crumb[] = [homeCrumb(origin), { name: section.name }]
    const rail: RailList[] = [
      ...(newest
        ? [
            {
              id: 'rail-section',
              heading: `الأحدث في ${section.name}`,
              links: railLinks(newest.articles),
            },
          ]
        : []),
      latestList(latest.articles),
    ]
    return c.render(
      <SectionPage
        dates={datesOf(c)}
        section={section}
        articles={slice.articles}
        pagination={pagination(page, SECTION_PAGE_SIZE, slice.total)}
        crumbs={crumbs}
      />,
      {
        title: page === 1 ? section.name : `${section.name}: الصفحة ${page}`,
        description,
        section: section.slug,
        rail,
        meta: {
          canonical: url,
          type: 'website',
          jsonLd: [
            collectionPage(section.name, url, description, site, origin),
            breadcrumbList(crumbs, url),
          ],
        },
        alternates: [
          {
            type: 'application/rss+xml',
            href: sectionFeedPath(section.slug),
            title: `${section.name}: RSS`,
          },
        ],
      }
    )
  }
)
