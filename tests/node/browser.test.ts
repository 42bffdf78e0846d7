/**
 * The pages in a real browser (Debian's Chromium, driven by playwright-core), checked by tools
 * nobody here wrote: axe-core for accessibility and html-validate for markup. Screenshots go to
 * test-results/screenshots/.
 */
import axe from 'axe-core'
import { HtmlValidate } from 'html-validate'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync } from 'node:fs'
import { CHROMIUM, CHROMIUM_ARGS, requireChromium } from './chromium'
import { serveSite, type ServedSite } from './served-site'
const SCREENSHOTS = 'test-results/screenshots'

const VIEWPORTS = [
  { width: 360, height: 800 },
  { width: 1280, height: 900 },
]

/** Each page, and the elements a reader must see on it. */
const PAGES = [
  { name: 'home', path: '/', status: 200, visible: ['h1', 'main time', '.cards h2 a', '.meta'] },
  {
    name: 'article',
    path: '/articles/north-korea-russia-relations',
    status: 200,
    visible: [
      'h1',
      'article header time',
      '.hijri',
      '.source',
      '.tags a[rel="tag"]',
      '.read-also h3 a',
      '.related li',
      '.breadcrumbs',
    ],
  },
  {
    name: 'tag',
    path: `/tags/${encodeURIComponent('كوريا-الجنوبيه')}`,
    status: 200,
    visible: ['h1', '.cards h2 a', 'main time', '.breadcrumbs'],
  },
  {
    name: 'search',
    path: `/search?q=${encodeURIComponent('كوريا الشمالية')}`,
    status: 200,
    visible: [
      'h1',
      '.results h2 a',
      '.snippet mark',
      'main time',
      '.site-search input[type="search"]',
    ],
  },
  {
    name: 'search-no-hits',
    path: `/search?q=${encodeURIComponent('زلزال بركان')}`,
    status: 200,
    visible: ['h1', '.site-search input[type="search"]', 'main section a'],
  },
  {
    name: 'search-empty',
    path: '/search?q=',
    status: 200,
    visible: ['h1', '.site-search input[type="search"]', 'main .prompt'],
  },
  {
    name: 'not-found',
    path: '/articles/no-such-article',
    status: 404,
    visible: ['h1', 'main a[href="/"]'],
  },
]

/**
 * Runs `expression` in the page. Written as a string because this project type-checks against
 * the Workers runtime, not the DOM.
 */
const inPage = <T>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>

let site: ServedSite
let browser: Browser

beforeAll(async () => {
  requireChromium()
  mkdirSync(SCREENSHOTS, { recursive: true })
  site = await serveSite()
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
})

afterAll(async () => {
  await browser?.close()
  await site?.close()
})

describe.each(PAGES)('the $name page in Chromium', ({ name, path, status, visible }) => {
  it.each(VIEWPORTS)(
    'at $width×$height: RTL, no horizontal scroll, everything visible, no serious axe violations',
    async (viewport) => {
      // axe-core is injected as a script, which the pages' CSP rightly refuses; the harness lifts it.
      const page = await browser.newPage({ viewport, locale: 'ar', bypassCSP: true })
      try {
        const response = await page.goto(site.origin + path)
        expect(response?.status()).toBe(status)
        expect(await inPage(page, 'getComputedStyle(document.documentElement).direction')).toBe(
          'rtl'
        )
        expect(await inPage(page, 'getComputedStyle(document.body).direction')).toBe('rtl')
        const scrollWidth = await inPage<number>(page, 'document.documentElement.scrollWidth')
        expect(scrollWidth).toBeLessThanOrEqual(viewport.width)
        for (const selector of visible) {
          await expect
            .poll(() => page.locator(selector).first().isVisible(), {
              message: selector,
              timeout: 2000,
            })
            .toBe(true)
        }
        await page.addScriptTag({ content: axe.source })
        const results = await inPage<axe.AxeResults>(
          page,
          "axe.run(document, { resultTypes: ['violations'] })"
        )
        const serious = results.violations.filter(
          (violation) => violation.impact === 'serious' || violation.impact === 'critical'
        )
        expect(
          serious.map(
            (violation) =>
              `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
          )
        ).toEqual([])
        await page.screenshot({
          path: `${SCREENSHOTS}/${name}-${viewport.width}x${viewport.height}.png`,
          fullPage: true,
        })
        await page.screenshot({
          path: `${SCREENSHOTS}/${name}-${viewport.width}x${viewport.height}-first-screen.png`,
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
      // hono/jsx writes void elements as <meta/>; both forms are valid HTML.
      rules: { 'void-style': ['error', { style: 'selfclose' }] },
    })
    const report = await validator.validateString(html)
    const messages = report.results.flatMap((result) =>
      result.messages.map(
        (message) => `${message.ruleId}: ${message.message} (line ${message.line})`
      )
    )
    expect(messages).toEqual([])
  })
})

describe('typography in the browser, under the real Content-Security-Policy', () => {
  it('sets Arabic text at line height 1.8 with no letter spacing, in an Arabic face, with no CSP violation', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS[0] })
    const violations: string[] = []
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) violations.push(message.text())
    })
    try {
      await page.goto(`${site.origin}/articles/north-korea-russia-relations`)
      expect(violations).toEqual([])
      const style = await inPage<{ lineHeight: number; letterSpacing: string; family: string }>(
        page,
        `(() => {
          const computed = getComputedStyle(document.querySelector('.article-body p'))
          return { lineHeight: parseFloat(computed.lineHeight) / parseFloat(computed.fontSize), letterSpacing: computed.letterSpacing, family: computed.fontFamily }
        })()`
      )
      expect(style.lineHeight).toBeCloseTo(1.8, 1)
      expect(style.letterSpacing).toBe('normal')
      expect(style.family).toMatch(/^"Noto Naskh Arabic"/)
    } finally {
      await page.close()
    }
  })
})
