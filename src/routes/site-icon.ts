/**
 * @module
 * `/favicon.svg` and `/favicon.ico`: the site's icon (see `views/site-icon.ts`). Every page
 * declares the SVG; the ICO answers the browsers and feed readers that ask for that file by
 * name, which without it logged a 404 on every first visit.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { describeRoute } from '../openapi/describe-route'
import { icoOf, SITE_ICON_PNG_32, SITE_ICON_SVG } from '../views/site-icon'

const ICON_SIZE = 32
const ico = icoOf(
  Uint8Array.from(atob(SITE_ICON_PNG_32), (char) => char.charCodeAt(0)),
  ICON_SIZE
)

const image = (mediaType: string, description: string) => ({
  description,
  content: { [mediaType]: { schema: { type: 'string', format: 'binary' } } },
})

export const siteIcon = new Hono<AppEnv>()

siteIcon.get(
  '/favicon.svg',
  describeRoute({
    summary: 'The site icon, SVG',
    storage: false,
    responses: { 200: image('image/svg+xml', 'The icon') },
  }),
  (c) => c.body(SITE_ICON_SVG, 200, { 'Content-Type': 'image/svg+xml' })
)

siteIcon.get(
  '/favicon.ico',
  describeRoute({
    summary: 'The site icon, ICO (one 32×32 PNG)',
    storage: false,
    responses: { 200: image('image/x-icon', 'The icon') },
  }),
  (c) => c.body(ico.slice(), 200, { 'Content-Type': 'image/x-icon' })
)
