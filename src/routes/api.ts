/**
 * @module
 * `/api`: the JSON API, which any site may read from the browser (CORS on every path under it,
 * errors included), gathering the articles, the tags and the API documents.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { openCors } from '../http/cross-origin'
import { apiDocs } from './api-docs'
import { articlesApi } from './articles-api'
import { tagsApi } from './tags-api'

export const api = new Hono<AppEnv>()

api.use('*', openCors)

api.route('/articles', articlesApi)
api.route('/tags', tagsApi)
api.route('/', apiDocs)
