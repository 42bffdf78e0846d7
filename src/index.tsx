/**
 * @module
 * The Worker root. It only wires things together: the page renderer, one sub-app per
 * resource, and one error answer for the whole app.
 */
import { Hono } from 'hono'
import type { AppEnv } from './app-env'
import { errorResponse } from './http/error-response'
import { notFound } from './http/public-error'
import { articlePages } from './routes/article-pages'
import { articlesApi } from './routes/articles-api'
import { home } from './routes/home'
import { tagPages } from './routes/tag-pages'
import { tagsApi } from './routes/tags-api'
import { pageRenderer } from './views/renderer'

const app = new Hono<AppEnv>()

app.use('*', pageRenderer)

app.route('/', home)
app.route('/articles', articlePages)
app.route('/tags', tagPages)
app.route('/api/articles', articlesApi)
app.route('/api/tags', tagsApi)

app.notFound((c) => errorResponse(c, notFound()))
app.onError((error, c) => errorResponse(c, error))

export default app
