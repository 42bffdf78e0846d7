/**
 * @module
 * `/authors/:author` for readers: who the author is (name, role, photo, bio) and their articles,
 * newest first, 20 a page. The profile rides in shard 1 of their list, so the page is one read.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { checkPageInRange, notFound } from '../http/public-error'
import { datesOf, siteOf } from '../http/site-context'
import { validate } from '../http/validate'
import { pagination } from '../json/pagination'
import { describeRoute, errorResponse, textResponse } from '../openapi/describe-route'
import { PageQuerySchema } from '../schema/api/pagination'
import { AuthorParamSchema } from '../schema/api/route-params'
import { breadcrumbList, homeCrumb, profilePage, type Crumb } from '../seo/structured-data'
import { authorFeedPath, authorPath } from '../site'
import { getLatestSlice } from '../store/articles'
import { getAuthorSlice } from '../store/newsroom'
import { plainText, shortened } from '../text/plain-text'
import { AuthorPage } from '../views/author-page'
import { latestList, RAIL_SIZE } from '../views/side-rail'

/** Articles on one author page. */
const AUTHOR_PAGE_SIZE = 20

const NO_SUCH_AUTHOR = 'لا يوجد كاتب بهذا الاسم.'

export const authorPages = new Hono<AppEnv>()

authorPages.get(
  '/:author',
  describeRoute({
    summary: "An author's page: who they are, and their articles, newest first, 20 a page",
    responses: {
      200: textResponse('text/html', 'The page'),
      404: errorResponse('No such author, or a page past the last'),
    },
  }),
  validate('param', AuthorParamSchema),
  validate('query', PageQuerySchema),
  async (c) => {
    const { author: slug } = c.req.valid('param')
    const { page } = c.req.valid('query')
    const kv = c.env.CONTENT
    const now = c.var.now
    const [slice, latest] = await Promise.all([
      getAuthorSlice(kv, slug, (page - 1) * AUTHOR_PAGE_SIZE, AUTHOR_PAGE_SIZE, now),
      getLatestSlice(kv, 0, RAIL_SIZE, now),
    ])
    if (!slice) throw notFound(NO_SUCH_AUTHOR)
    checkPageInRange(page, AUTHOR_PAGE_SIZE, slice.total)
    const { author } = slice.shard
    const origin = c.var.origin
    const url = origin + authorPath(author.slug) + (page === 1 ? '' : `?page=${page}`)
    const bio = plainText(author.bio_html)
    const description = shortened(bio) || `مقالات ${author.name}`
    const crumbs: Crumb[] = [homeCrumb(origin), { name: author.name }]
    return c.render(
      <AuthorPage
        dates={datesOf(c)}
        author={author}
        articles={slice.articles}
        pagination={pagination(page, AUTHOR_PAGE_SIZE, slice.total)}
        crumbs={crumbs}
      />,
      {
        title: page === 1 ? author.name : `${author.name}: الصفحة ${page}`,
        description,
        rail: [latestList(latest.articles)],
        meta: {
          canonical: url,
          type: 'profile',
          jsonLd: [profilePage(author, bio, url, siteOf(c), origin), breadcrumbList(crumbs, url)],
        },
        alternates: [
          {
            type: 'application/rss+xml',
            href: authorFeedPath(author.slug),
            title: `${author.name}: RSS`,
          },
        ],
      }
    )
  }
)
