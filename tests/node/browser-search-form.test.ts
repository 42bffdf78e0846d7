/**
 * The header's search form, used as readers use it: type a word and press Enter, on the home
 * page, an article page and the search page itself, in Chromium under the pages' real
 * Content-Security-Policy (which once blocked every submission with `form-action 'none'`).
 */
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM, CHROMIUM_ARGS, requireChromium } from './chromium'
import { serveSite, type ServedSite } from './served-site'

const NK = 'north-korea-russia-relations'

let site: ServedSite
let browser: Browser

beforeAll(async () => {
  requireChromium()
  site = await serveSite()
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
})

afterAll(async () => {
  await browser?.close()
  await site?.close()
})

/** A new page whose console's CSP complaints are collected. */
async function openPage(): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage({ viewport: { width: 360, height: 800 }, locale: 'ar' })
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text())
  })
  return { page, violations }
}

/** Types `words` into the header's box and presses Enter; resolves on the results page. */
async function search(page: Page, words: string) {
  await page.fill('#site-search-q', words)
  const [response] = await Promise.all([
    page.waitForNavigation({ url: /\/search\?q=/, timeout: 10_000 }),
    page.press('#site-search-q', 'Enter'),
  ])
  return response
}

describe('the search form in every page header', () => {
  it.each(['/', `/articles/${NK}`, `/search?q=${encodeURIComponent('كوريا')}`])(
    'on %s, «روسيا» and Enter lists the seed article',
    async (path) => {
      const { page, violations } = await openPage()
      try {
        await page.goto(site.origin + path)
        const response = await search(page, 'روسيا')
        expect(response?.status()).toBe(200)
        expect(new URL(page.url()).searchParams.get('q')).toBe('روسيا')
        expect(await page.locator(`.results a[href="/articles/${NK}"]`).count()).toBe(1)
        expect(await page.inputValue('#site-search-q')).toBe('روسيا')
        expect(await page.locator('form').count()).toBe(1)
        expect(violations).toEqual([])
      } finally {
        await page.close()
      }
    }
  )

  it('an empty box and Enter shows the search page with a prompt, not an error', async () => {
    const { page, violations } = await openPage()
    try {
      await page.goto(site.origin + '/')
      const response = await search(page, '')
      expect(response?.status()).toBe(200)
      expect(await page.locator('h1').innerText()).toBe('البحث')
      expect(await page.locator('main .prompt').innerText()).toContain('اكتب ما تبحث عنه')
      expect(await page.locator('main').innerText()).not.toMatch(/\bq:/)
      expect(violations).toEqual([])
    } finally {
      await page.close()
    }
  })
})
