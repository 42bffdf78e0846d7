/**
 * The site icon: `/favicon.svg` and `/favicon.ico` serve the same drawing. The ICO holds a PNG
 * that sharp decodes to 32×32, pixel for pixel (within rounding) what sharp draws from the SVG,
 * so the committed PNG cannot drift from the SVG it was made from.
 */
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SITE_ICON_SVG } from '../../src/views/site-icon'
import { serveSite, type ServedSite } from './served-site'

let site: ServedSite
beforeAll(async () => {
  site = await serveSite()
})
afterAll(() => site?.close())

const pixels = (image: Buffer) => sharp(image).ensureAlpha().raw().toBuffer()

describe('the site icon', () => {
  it('serves the SVG every page declares', async () => {
    const page = await (await site.get('/')).text()
    expect(page).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"/>')
    const svg = await site.get('/favicon.svg')
    expect(svg.status).toBe(200)
    expect(svg.headers.get('content-type')).toBe('image/svg+xml')
    expect(await svg.text()).toBe(SITE_ICON_SVG)
  })

  it('serves /favicon.ico as an ICO holding a 32×32 PNG of the same drawing', async () => {
    const response = await site.get('/favicon.ico')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/x-icon')
    const ico = Buffer.from(await response.arrayBuffer())
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1])
    expect([ico[6], ico[7]]).toEqual([32, 32])
    const size = ico.readUInt32LE(14)
    const offset = ico.readUInt32LE(18)
    expect(offset + size).toBe(ico.length)
    const png = ico.subarray(offset)
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 32, height: 32 })
    const drawn = await sharp(Buffer.from(SITE_ICON_SVG), { density: 1200 })
      .resize(32, 32)
      .png()
      .toBuffer()
    const [served, expected] = await Promise.all([pixels(png), pixels(drawn)])
    let worst = 0
    for (let i = 0; i < served.length; i++)
      worst = Math.max(worst, Math.abs(served[i]! - expected[i]!))
    // Another build of sharp may round an edge pixel differently; another drawing differs by far more.
    expect(worst).toBeLessThan(8)
  })
})
