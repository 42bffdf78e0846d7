/**
 * @module
 * The Worker root. It only wires things together: the request's clock and origin, the ETag step
 * (and its 304s), the headers every response carries, the versioned edge cache (which answers
 * hits), the page's Content-Security-Policy, the page renderer, one sub-app per resource (those
 * that other sites read attach their own CORS; the static pages at the root last), the method guard, and one error answer for the
 * whole app.
 */
import { Hono } from 'hono'
import { etag } from 'hono/etag'
import type { AppEnv } from './app-env'
// Imported in the order they are wired below.
import { requestContext } from './http/request-context'
import { RETAINED_HEADERS, responseHeaders } from './http/response-headers'
import { edgeCache } from './http/edge-cache'
import { siteContext } from './http/site-context'
import { contentSecurity } from './http/content-security'
import { pageRenderer } from './http/page-renderer'
import { renderPage } from './views/page'
import { home } from './routes/home'
import { siteIcon } from './routes/site-icon'
import { feeds } from './routes/feeds'
import { newsroomFeeds } from './routes/newsroom-feeds'
import { sitemaps } from './routes/sitemaps'
import { media } from './routes/media'
import { embeds } from './routes/embeds'
import { articlePages } from './routes/article-pages'
import { tagPages } from './routes/tag-pages'
import { sectionPages } from './routes/section-pages'
import { authorPages } from './routes/author-pages'
import { searchPage } from './routes/search-page'
import { api, apiDocs } from './routes/api'
import { staticPages } from './routes/static-pages'
import { methodGuard } from './http/method-guard'
import { errorResponse } from './routes/errors'
import { notFound } from './http/public-error'

const app = new Hono<AppEnv>()

app.use('*', requestContext)
// Outside the headers step, so that a 304 is made from a 200 that has every header, and keeps them.
app.use('*', etag({ retainedHeaders: RETAINED_HEADERS }))
app.use('*', responseHeaders)
app.use('*', edgeCache)
app.use('*', siteContext)
app.use('*', contentSecurity)
app.use('*', pageRenderer(renderPage))

app.route('/', home)
app.route('/', siteIcon)
app.route('/', feeds)
app.route('/', newsroomFeeds)
app.route('/', sitemaps)
app.route('/', media)
app.route('/', embeds)
app.route('/articles', articlePages)
app.route('/tags', tagPages)
app.route('/sections', sectionPages)
app.route('/authors', authorPages)
app.route('/', searchPage)
app.route('/api', api)
app.route('/api', apiDocs(app))
// Last: a static page at `/<slug>` answers only paths no route above takes.
app.route('/', staticPages)

// After the sub-apps, so that their CORS answers a preflight before this answers OPTIONS.
app.use('*', methodGuard)

app.notFound((c) => errorResponse(c, notFound()))
app.onError((error, c) => errorResponse(c, error))

/** The Hono app, for what reads its routes (the OpenAPI route test). */
export { app }

export default app satisfies ExportedHandler<Env>
