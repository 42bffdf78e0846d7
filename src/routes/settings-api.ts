/**
 * @module
 * `/api/settings`: the publication as `content/site.yml` declares it (name, description, time
 * zone, logo, navigation), with the language and direction every page has, for embedders that
 * present the site's content in its own voice.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { siteOf } from '../http/site-context'
import { featureImage } from '../json/feature-image'
import { describeRoute, jsonResponse } from '../openapi/describe-route'
import { settingsExample } from '../openapi/examples'
import type { SettingsResponse } from '../schema/api/settings'
import { pagePath, sectionPath, SITE_LANGUAGE } from '../site'

export const settingsApi = new Hono<AppEnv>()

settingsApi.get(
  '/',
  describeRoute({
    summary: "The site's name, language, direction, logo and navigation",
    responses: { 200: jsonResponse('SettingsResponse', 'The settings', settingsExample) },
  }),
  (c) => {
    const site = siteOf(c)
    const origin = c.var.origin
    const body: SettingsResponse = {
      settings: {
        name: site.name,
        description: site.description,
        lang: SITE_LANGUAGE,
        // Arabic is written right to left: every page says so, and so does this.
        dir: 'rtl',
        timezone: site.timezone,
        logo: site.logo ? featureImage(site.logo, origin).url : null,
        url: `${origin}/`,
        navigation: [
          ...site.sections.map(({ slug, name }) => ({
            kind: 'section' as const,
            slug,
            label: name,
            url: origin + sectionPath(slug),
          })),
          ...site.pages.map(({ slug, title }) => ({
            kind: 'page' as const,
            slug,
            label: title,
            url: origin + pagePath(slug),
          })),
        ],
      },
    }
    return c.json(body)
  }
)
