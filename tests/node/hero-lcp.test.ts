/**
 * The hero image under Lighthouse's mobile conditions, in Chromium, without Lighthouse (a run of
 * it takes half a minute and its scores are noisy; `npm run lighthouse` measures them): the
 * seed article with a generated photo-like hero, on Lighthouse's 412×823 screen at DPR 1.75,
 * with the image held back half a second, as a slow network would. What its targets rest on:
 * - the hero `<img>` is the Largest Contentful Paint, and it is not lazy;
 * - nothing moves when it arrives (CLS 0): its width and height reserve the space;
 * - the browser picks the 800 px AVIF, and a photo costs at most HERO_BUDGET bytes in it.
 */
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publishedSite, withImages } from '../image-corpus'
import { photoImage } from '../photo-image'
import { CHROMIUM, CHROMIUM_ARGS, requireChromium } from './chromium'
import { serveSite, type ServedSite } from './served-site'

const ARTICLE = '/articles/north-korea-russia-relations'
/** Lighthouse 12's mobile screen (its `screenEmulation` default). */
const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true }
/**
 * `npm run lighthouse` measured LCP 1.1 s with a 44 KB hero (3000×2000 source) against the 1.5 s
 * target; its simulated link carries about 10 KB each 50 ms, so 64 KB keeps a margin.
 */
const HERO_BUDGET = 64 * 1024
const DELAY_MS = 500
/** Encoding the photo's variants takes seconds, more on a busy machine. */
const SETUP_TIMEOUT_MS = 120_000

let site: ServedSite
let browser: Browser

beforeAll(async () => {
  // 1200×800 keeps the encoding to a few seconds; the 800 px variant is what a phone loads.
  const content = withImages(
    { 'images/photo.jpg': await photoImage(1200, 800) },
    'images/photo.jpg'
  )
  const { records, objects } = await publishedSite(content)
  site = await serveSite({ records, objects })
  requireChromium()
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
}, SETUP_TIMEOUT_MS)

afterAll(async () => {
  await browser?.close()
  await site?.close()
})

type Measured = {
  lcpIsHero: boolean
  lcpUrl: string
  layoutShift: number
  heroSrc: string
  heroLoading: string
}

/** Loads the article with images held back, and reads the page's own performance entries. */
async function measure(page: Page): Promise<Measured> {
  await page.route('**/media/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, DELAY_MS))
    await route.continue()
  })
  await page.goto(site.origin + ARTICLE, { waitUntil: 'load' })
  // Evaluated as strings, as browser-images.test.ts does (no DOM types on the Node side).
  return (await page.evaluate(`(async () => {
    // Buffered observers hand over every entry so far (layout shifts are not in the timeline
    // that getEntriesByType reads); a frame and a moment later, all have been delivered.
    const observed = (type) => {
      const entries = []
      new PerformanceObserver((list) => entries.push(...list.getEntries())).observe({ type, buffered: true })
      return entries
    }
    const lcps = observed('largest-contentful-paint')
    const shifts = observed('layout-shift')
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200)))
    const lcp = lcps.at(-1)
    const hero = document.querySelector('figure.hero img')
    return {
      lcpIsHero: lcp.element === hero,
      lcpUrl: lcp.url,
      layoutShift: shifts.reduce((sum, shift) => sum + (shift.hadRecentInput ? 0 : shift.value), 0),
      heroSrc: hero.currentSrc,
      heroLoading: hero.loading,
    }
  })()`)) as Measured
}

describe('the hero image on a phone, as Lighthouse loads it', () => {
  it('is the LCP, shifts nothing, and is the 800 px AVIF within the byte budget', async () => {
    const page = await browser.newPage(MOBILE)
    try {
      const measured = await measure(page)
      expect(measured.lcpIsHero, `LCP was ${measured.lcpUrl || 'text'}`).toBe(true)
      expect(measured.heroLoading).toBe('auto')
      expect(measured.layoutShift).toBe(0)
      expect(measured.heroSrc).toMatch(/-800\.avif$/)
      const bytes = (await (await site.get(new URL(measured.heroSrc).pathname)).arrayBuffer())
        .byteLength
      expect(bytes).toBeLessThanOrEqual(HERO_BUDGET)
    } finally {
      await page.close()
    }
  })
})
