/**
 * The newsroom's pages (a section, an author, a static page) in Debian's Chromium at 360 and
 * 1280 px, on the newsroom corpus (twelve sections) published by the real pipeline and served by
 * the production bundle: right-to-left, no horizontal scrolling (the twelve-section navigation
 * included), axe-core and html-validate clean, and at 1280 px the side rail beside the reading
 * column, whose measure stays near 70 characters. Screenshots go to test-results/screenshots/.
 */
import axe from 'axe-core'
import { HtmlValidate } from 'html-validate'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync } from 'node:fs'
import { NEWSROOM_NOW } from '../newsroom-corpus'
import { seedRecords } from '../seed-records'
import { writeNewsroomCorpus } from '../worker/newsroom-folder'
import { CHROMIUM, CHROMIUM_ARGS, requireChromium } from './chromium'
import { serveSite, type ServedSite } from './served-site'

const SCREENSHOTS = 'test-results/screenshots'

const PAGES = [
  { name: 'section', path: '/sections/politics', visible: ['h1', '.cards h2 a', '.pager a'] },
  { name: 'author', path: '/authors/writer-a', visible: ['h1', '.role', '.bio', '.cards h2 a'] },
  { name: 'static', path: '/editorial-policy', visible: ['h1', '.article-body p'] },
]

const PHONE = { width: 360, height: 800 }
const DESKTOP = { width: 1280, height: 900 }

/** Runs `expression` in the page (a string: this project type-checks without the DOM). */
const inPage = <T>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>

type Box = { left: number; right: number; top: number; bottom: number; width: number }
const boxOf = (page: Page, selector: string) =>
  inPage<Box | null>(
    page,
    `(() => { const e = document.querySelector(${JSON.stringify(selector)}); if (!e) return null; const r = e.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width } })()`
  )

let site: ServedSite
let browser: Browser

beforeAll(async () => {
  requireChromium()
  mkdirSync(SCREENSHOTS, { recursive: true })
  site = await serveSite({ records: await seedRecords(writeNewsroomCorpus(), NEWSROOM_NOW) })
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  // Publishing the corpus and starting workerd take longer than a hook's default 10 s.
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await site?.close()
})

describe.each(PAGES)('the $name page in Chromium', ({ name, path, visible }) => {
  it.each([PHONE, DESKTOP])(
    'at $width px: RTL, no horizontal scroll, everything visible, no serious axe violations',
    async (viewport) => {
      const page = await browser.newPage({ viewport, locale: 'ar', bypassCSP: true })
      try {
        expect((await page.goto(site.origin + path))?.status()).toBe(200)
        expect(await inPage(page, 'getComputedStyle(document.body).direction')).toBe('rtl')
        // Twelve sections in the navigation: they scroll inside it, never the page.
        expect(await inPage<number>(page, 'document.querySelectorAll(".sections a").length')).toBe(
          12
        )
        expect(
          await inPage<number>(page, 'document.documentElement.scrollWidth')
        ).toBeLessThanOrEqual(await inPage<number>(page, 'window.innerWidth'))
        for (const selector of [...visible, '.sections', 'aside.rail h2'])
          expect(await page.locator(selector).first().isVisible(), selector).toBe(true)
        await page.addScriptTag({ content: axe.source })
        const results = await inPage<axe.AxeResults>(
          page,
          "axe.run(document, { resultTypes: ['violations'] })"
        )
        expect(
          results.violations
            .filter(
              (violation) => violation.impact === 'serious' || violation.impact === 'critical'
            )
            .map(
              (violation) =>
                `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
            )
        ).toEqual([])
        await page.screenshot({
          path: `${SCREENSHOTS}/${name}-${viewport.width}x${viewport.height}.png`,
          fullPage: true,
        })
      } finally {
        await page.close()
      }
    }
  )

  it('is valid HTML by html-validate', async () => {
    const html = await (await site.get(path)).text()
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      // Our JSX runtime writes void elements as <meta/>, as hono/jsx does; both are valid HTML.
      rules: { 'void-style': ['error', { style: 'selfclose' }] },
    })
    const report = await validator.validateString(html)
    expect(
      report.results.flatMap((result) =>
        result.messages.map(
          (message) => `${message.ruleId}: ${message.message} (line ${message.line})`
        )
      )
    ).toEqual([])
  })
})

describe('the side rail and the reading column', () => {
  it('at 1280 px: the rail stands beside the main column, which keeps a measure of 65 to 75 characters', async () => {
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'ar' })
    try {
      await page.goto(`${site.origin}/articles/politics-1`)
      const main = (await boxOf(page, 'main'))!
      const rail = (await boxOf(page, 'aside.rail'))!
      // Right to left: the main column on the right, the rail to its left, side by side.
      expect(rail.right).toBeLessThanOrEqual(main.left)
      expect(rail.top).toBeLessThan(main.bottom)
      expect(main.top).toBeLessThan(rail.bottom)
      expect(await page.locator('aside.rail').isVisible()).toBe(true)
      // The measure in `ch` of the body text's own font.
      const measure = await inPage<number>(
        page,
        `(() => { const probe = document.createElement('span'); probe.style.inlineSize = '100ch'; probe.style.display = 'inline-block'; document.querySelector('.article-body').append(probe); const ch = probe.getBoundingClientRect().width / 100; probe.remove(); return document.querySelector('.article-body').getBoundingClientRect().width / ch })()`
      )
      expect(measure).toBeGreaterThanOrEqual(65)
      expect(measure).toBeLessThanOrEqual(75)
    } finally {
      await page.close()
    }
  })

  it('at 360 px: the rail follows the main column, as wide as it', async () => {
    const page = await browser.newPage({ viewport: PHONE, locale: 'ar' })
    try {
      await page.goto(`${site.origin}/articles/politics-1`)
      const main = (await boxOf(page, 'main'))!
      const rail = (await boxOf(page, 'aside.rail'))!
      expect(rail.top).toBeGreaterThanOrEqual(main.bottom)
      expect(rail.width).toBeCloseTo(main.width, 0)
    } finally {
      await page.close()
    }
  })
})
