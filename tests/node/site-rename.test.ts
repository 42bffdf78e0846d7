/**
 * A site renamed in `content/site.yml` alone, with no change of code, shows its new name
 * everywhere the publication names itself: page titles, Open Graph, JSON-LD, every feed, oEmbed,
 * the settings API and the OpenAPI document's title. The old name («منبر») is left only where it
 * names the software (the feeds' `<generator>`) or is part of the seed's own text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { seedRecords } from '../seed-records'
import { tempDir } from './content-set'
import { serveSite, type ServedSite } from './served-site'

const NEW_NAME = 'جريدة الاختبار الجديدة'
const NK = 'north-korea-russia-relations'

let site: ServedSite
beforeAll(async () => {
  const content = tempDir('renamed')
  cpSync('content', content, { recursive: true })
  const siteFile = join(content, 'site.yml')
  const renamed = readFileSync(siteFile, 'utf8').replace(/^name: .*$/m, `name: ${NEW_NAME}`)
  expect(renamed).toContain(`name: ${NEW_NAME}`)
  writeFileSync(siteFile, renamed)
  site = await serveSite({ records: await seedRecords(content) })
})
afterAll(() => site?.close())

async function text(path: string) {
  const res = await site.get(path)
  expect(res.status, path).toBe(200)
  return res.text()
}

/** The body with the software's own name taken out: what is left names the publication. */
const withoutSoftware = (body: string) => body.replaceAll('منبر (Minbar)', '')

describe('a site renamed in site.yml alone', () => {
  it.each([
    ['/', `| ${NEW_NAME}</title>`],
    [`/articles/${NK}`, `<meta property="og:site_name" content="${NEW_NAME}"/>`],
    ['/tags', `| ${NEW_NAME}</title>`],
    [`/search?q=${encodeURIComponent('كوريا')}`, `| ${NEW_NAME}</title>`],
  ])(
    '%s shows the new name in its title or metadata, and never the old one',
    async (path, says) => {
      const html = await text(path)
      expect(html).toContain(says)
      expect(html).not.toContain('منبر')
    }
  )

  it("names the new publisher in the article's JSON-LD", async () => {
    const html = await text(`/articles/${NK}`)
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)]
    const graph = JSON.stringify(blocks.map((block) => JSON.parse(block[1]!) as unknown))
    expect(graph).toContain(`"publisher":{"@type":"NewsMediaOrganization","name":"${NEW_NAME}"`)
    expect(graph).not.toContain('منبر')
  })

  it.each([
    ['/feed.xml', `<title>${NEW_NAME}</title>`],
    ['/atom.xml', `<title>${NEW_NAME}</title>`],
    ['/feed.json', `"title":"${NEW_NAME}"`],
    ['/sections/world/feed.xml', `<title>عربي ودولي | ${NEW_NAME}</title>`],
    [`/tags/${encodeURIComponent('كوريا-الشماليه')}/feed.xml`, `| ${NEW_NAME}</title>`],
  ])('%s is titled with the new name, and credits it as publisher', async (path, says) => {
    const body = await text(path)
    expect(body).toContain(says)
    expect(withoutSoftware(body)).not.toContain('منبر')
  })

  it('names the new provider in oEmbed, the settings and the OpenAPI title', async () => {
    const url = encodeURIComponent(`${site.origin}/articles/${NK}`)
    const oEmbed = JSON.parse(await text(`/oembed?url=${url}`)) as Record<string, unknown>
    expect(oEmbed.provider_name).toBe(NEW_NAME)
    const { settings } = JSON.parse(await text('/api/settings')) as { settings: { name: string } }
    expect(settings.name).toBe(NEW_NAME)
    const openApi = JSON.parse(await text('/api/openapi.json')) as { info: { title: string } }
    expect(openApi.info.title).toBe(`${NEW_NAME} API`)
  })
})
