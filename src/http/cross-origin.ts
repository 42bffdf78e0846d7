/**
 * @module
 * CORS for what other sites read from the browser: the JSON API, oEmbed and the feeds.
 * Any origin may read, nobody sends credentials, and `ETag` is exposed so that a client-side
 * embedder can revalidate with `If-None-Match`.
 */
import { cors } from 'hono/cors'

export const openCors = cors({
  origin: '*',
  allowMethods: ['GET', 'HEAD', 'OPTIONS'],
  allowHeaders: ['Accept', 'Content-Type', 'If-None-Match'],
  exposeHeaders: ['ETag', 'Retry-After'],
  maxAge: 86_400,
})
