/**
 * @module
 * The Worker root. It only wires things together: headers every response gets, CORS for what
 * other sites read, validators, cache headers and the versioned edge cache, the page renderer,
 * one sub-app per resource, and one error answer for the whole app.
 */
import { Hono } from 'hono'
import { etag, RETAINED_304_HEADERS } from 'hono/etag'
import type { AppEnv } from './app-env'
import { cacheHeaders } from './http/cache-headers'
import { contentSecurity } from './http/content-security'
import { openCors } from './http/cross-origin'
import { edgeCache } from './http/edge-cache'
import { errorResponse } from './http/error-response'
import { methodGuard } from './http/method-guard'
import { notFound } from './http/public-error'
import { requestTime } from './http/request-time'
import { securityHeaders } from './http/security-headers'
import { apiDocs } from './routes/api-docs'
import { articlePages } from './routes/article-pages'
import { articlesApi } from './routes/articles-api'
import { embeds } from './routes/embeds'
import { feeds } from './routes/feeds'
import { home } from './routes/home'
import { sitemaps } from './routes/sitemaps'
import { tagPages } from './routes/tag-pages'
import { tagsApi } from './routes/tags-api'
import { pageRenderer } from './views/renderer'

const app = new Hono<AppEnv>()

app.use('*', requestTime)
app.use('*', securityHeaders)
for (const path of ['/api/*', '/oembed', '/feed.xml', '/atom.xml', '/feed.json', '/tags/*/feed.xml']) app.use(path, openCors)
// A 304 keeps the CORS headers, or a browser would refuse an embedder's revalidation.
app.use('*', etag({ retainedHeaders: [...RETAINED_304_HEADERS, 'access-control-allow-origin', 'access-control-expose-headers'] }))
app.use('*', cacheHeaders)
app.use('*', edgeCache)
app.use('*', contentSecurity)
app.use('*', pageRenderer)
app.use('*', methodGuard)

app.route('/', home)
app.route('/', feeds)
app.route('/', sitemaps)
app.route('/', embeds)
app.route('/articles', articlePages)
app.route('/tags', tagPages)
app.route('/api/articles', articlesApi)
app.route('/api/tags', tagsApi)
app.route('/api', apiDocs)

app.notFound((c) => errorResponse(c, notFound()))
app.onError((error, c) => errorResponse(c, error))

export default app
