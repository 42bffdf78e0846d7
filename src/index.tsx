/**
 * @module
 * The Worker root. It only wires things together: edge-cache hits answered first, then the app:
 * the request's clock and origin, headers every response gets, cache headers and the versioned
 * edge cache, the page renderer, one sub-app per resource (those that other sites read attach
 * their own CORS), the method guard, and one error answer for the whole app.
 */
import { Hono } from 'hono'
import { etag, RETAINED_304_HEADERS } from 'hono/etag'
import type { AppEnv } from './app-env'
// Imported in the order they are wired below.
import { requestContext } from './http/request-context'
import { SECURITY_HEADERS, securityHeaders } from './http/security-headers'
import { cacheHeaders } from './http/cache-headers'
import { CACHE_STATUS, edgeCache } from './http/edge-cache'
import { withEdgeHits } from './http/edge-hit'
import { contentSecurity } from './http/content-security'
import { pageRenderer } from './views/renderer'
import { home } from './routes/home'
import { siteIcon } from './routes/site-icon'
import { feeds } from './routes/feeds'
import { sitemaps } from './routes/sitemaps'
import { media } from './routes/media'
import { embeds } from './routes/embeds'
import { articlePages } from './routes/article-pages'
import { tagPages } from './routes/tag-pages'
import { searchPage } from './routes/search-page'
import { api, apiDocs } from './routes/api'
import { methodGuard } from './http/method-guard'
import { errorResponse } from './http/error-response'
import { notFound } from './http/public-error'

const app = new Hono<AppEnv>()

app.use('*', requestContext)
app.use('*', securityHeaders)
// A 304 keeps the security headers of its 200 (see `security-headers.ts`), the CORS headers the
// sub-apps set (or a browser would refuse an embedder's revalidation), and where it came from.
app.use(
  '*',
  etag({
    retainedHeaders: [
      ...RETAINED_304_HEADERS,
      ...SECURITY_HEADERS,
      'access-control-allow-origin',
      'access-control-expose-headers',
      CACHE_STATUS.toLowerCase(),
    ],
  })
)
app.use('*', cacheHeaders)
app.use('*', edgeCache)
app.use('*', contentSecurity)
app.use('*', pageRenderer)

app.route('/', home)
app.route('/', siteIcon)
app.route('/', feeds)
app.route('/', sitemaps)
app.route('/', media)
app.route('/', embeds)
app.route('/articles', articlePages)
app.route('/tags', tagPages)
app.route('/', searchPage)
app.route('/api', api)
app.route('/api', apiDocs(app))

// After the sub-apps, so that their CORS answers a preflight before this answers OPTIONS.
app.use('*', methodGuard)

app.notFound((c) => errorResponse(c, notFound()))
app.onError((error, c) => errorResponse(c, error))

/** The Hono app, for what reads its routes (the OpenAPI route test). */
export { app }

// Edge-cache hits are answered before the app runs: they need neither routing nor middleware.
export default { fetch: withEdgeHits(app.fetch) } satisfies ExportedHandler<Env>
