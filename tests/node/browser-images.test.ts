/**
 * Article images in Chromium, under the pages' real Content-Security-Policy: a site published
 * with generated images (tests/image-corpus.ts), served by workerd with its R2 bucket. Every
 * image loads, none is refused by the CSP, and the browser picks a variant no wider than the
 * space it fills needs (AVIF, which Chromium reads).
 */
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest'
import { CHROMIUM, CHROMIUM_ARGS, requireChromium } from './chromium'
import { serveSite, type ServedSite } from './served-site'

const WIDTHS = [400, 800, 1200, 1600]

let site: ServedSite
let browser: Browser

beforeAll(async () => {
  const { records, objects } = inject('imageSite')
  site = await serveSite({ records, objects })
  requireChromium()
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
})

afterAll(async () => {
  await browser?.close()
  await site?.close()
})

type Shown = { src: string; naturalWidth: number; clientWidth: number }

describe.each([
  { width: 360, height: 800, deviceScaleFactor: 2 },
  { width: 1280, height: 900, deviceScaleFactor: 1 },
])('images at $width px, DPR $deviceScaleFactor', (viewport) => {
  it.each(['/articles/north-korea-russia-relations', '/'])(
    '%s: every image loads, no CSP violation, no variant wider than needed',
    async (path) => {
      const page = await browser.newPage({
        viewport: { width: viewport.width, height: viewport.height },
        deviceScaleFactor: viewport.deviceScaleFactor,
      })
      const violations: string[] = []
      page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) violations.push(message.text())
      })
      try {
        const response = await page.goto(site.origin + path)
        expect(response?.status()).toBe(200)
        // Lazy images load once near the viewport.
        await page.evaluate('window.scrollTo(0, document.body.scrollHeight)')
        // Polled with evaluate: waitForFunction would eval a string, which the CSP rightly refuses.
        await expect
          .poll(
            () =>
              page.evaluate(
                '[...document.images].every((image) => image.complete && image.naturalWidth > 0)'
              ),
            { timeout: 10_000 }
          )
          .toBe(true)
        const shown = (await page.evaluate(
          '[...document.images].map((image) => ({ src: image.currentSrc, naturalWidth: image.naturalWidth, clientWidth: image.clientWidth }))'
        )) as Shown[]
        expect(shown.length).toBeGreaterThan(0)
        for (const image of shown) {
          expect(image.naturalWidth, image.src).toBeGreaterThan(0)
          const [, width, format] = /-(\d+)\.(avif|webp|jpg)$/.exec(image.src)!
          expect(format, image.src).toBe('avif')
          // The narrowest variant that covers the displayed width in device pixels.
          const needed = image.clientWidth * viewport.deviceScaleFactor
          const enough = WIDTHS.find((candidate) => candidate >= needed) ?? 1600
          expect(
            Number(width),
            `${image.src} shown ${image.clientWidth} px wide`
          ).toBeLessThanOrEqual(enough)
        }
        expect(violations).toEqual([])
      } finally {
        await page.close()
      }
    }
  )
})
