/**
 * The site as a returning reader meets it, in Debian's Chromium with a persistent profile (a disk
 * cache that outlives each page): load a page, reload it (the server answers 304), go away and
 * back, and come back after `max-age` (the browser revalidates, the server answers 304 again).
 * After every step the page still has its stylesheet (an Arabic face and the header's layout),
 * every image has loaded, and the console shows no Content-Security-Policy violation. The embed
 * card, framed by a page on another origin, survives the same. A proxy in front of the site
 * records what the server really answered, since the browser reports a revalidated page as 200.
 */
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHROMIUM, CHROMIUM_ARGS, requireChromium } from './chromium'
import { recordingProxy, type RecordingProxy } from './recording-proxy'
import { serveSite, type ServedSite } from './served-site'

const SCREENSHOTS = 'test-results/screenshots'
const NK = 'north-korea-russia-relations'
const PAGES = [
  { name: 'article', path: `/articles/${NK}` },
  { name: 'home', path: '/' },
  { name: 'tag', path: `/tags/${encodeURIComponent('كوريا-الجنوبيه')}` },
  { name: 'search', path: `/search?q=${encodeURIComponent('روسيا')}` },
]
const EMBED = `/embed/${NK}`

let site: ServedSite
let proxy: RecordingProxy
let host: { origin: string; server: Server }
let profile: string
let context: BrowserContext

/** A page on another origin that frames the embed card, as an embedder's article would. */
async function embedderSite(cardUrl: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
    })
    response.end(
      `<!DOCTYPE html><html lang="en"><title>An embedder</title><iframe src="${cardUrl}" width="550" height="260" title="card"></iframe></html>`
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

beforeAll(async () => {
  requireChromium()
  mkdirSync(SCREENSHOTS, { recursive: true })
  const { records, objects } = inject('imageSite')
  site = await serveSite({ records, objects })
  proxy = await recordingProxy(site.origin)
  host = await embedderSite(proxy.origin + EMBED)
  profile = mkdtempSync(join(tmpdir(), 'minbar-profile-'))
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    locale: 'ar',
  })
})

afterAll(async () => {
  await context?.close()
  await new Promise((resolve) => host?.server.close(resolve))
  await proxy?.close()
  await site?.close()
  if (profile) rmSync(profile, { recursive: true, force: true })
})

/** Console messages about the Content-Security-Policy, from the page and its frames. */
function watchViolations(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text())
  })
  return violations
}

/** Evaluates `expression` in the page or frame (a string: this project type-checks without the DOM). */
const inPage = <T>(where: Page | Frame, expression: string) =>
  where.evaluate(expression) as Promise<T>

/** The page has its stylesheet and every image, lazy ones included, has loaded. */
async function expectRendered(page: Page, step: string) {
  const style = await inPage<{ font: string; header: string }>(
    page,
    `({ font: getComputedStyle(document.body).fontFamily, header: getComputedStyle(document.querySelector('.site-header')).display })`
  )
  expect(style.font, `${step}: the stylesheet's Arabic face`).toMatch(/^"Noto Naskh Arabic"/)
  expect(style.header, `${step}: the header's layout`).toBe('flex')
  await inPage(page, 'window.scrollTo(0, document.body.scrollHeight)')
  await expect
    .poll(
      () =>
        inPage<boolean>(
          page,
          '[...document.images].every((image) => image.complete && image.naturalWidth > 0)'
        ),
      { message: `${step}: every image loaded`, timeout: 5000 }
    )
    .toBe(true)
  await inPage(page, 'window.scrollTo(0, 0)')
}

/** The framed card has its own stylesheet. */
async function expectCardRendered(page: Page, step: string) {
  const frame = page.frames().find((candidate) => candidate.url().includes(EMBED))
  expect(frame, `${step}: the card's frame`).toBeDefined()
  await frame!.waitForLoadState()
  const style = await inPage<{ font: string; card: string }>(
    frame!,
    `({ font: getComputedStyle(document.body).fontFamily, card: getComputedStyle(document.querySelector('.card')).display })`
  )
  expect(style.font, `${step}: the card's Arabic face`).toMatch(/^"Noto Naskh Arabic"/)
  expect(style.card, `${step}: the card's layout`).toBe('flex')
}

const lastStatus = (path: string) => proxy.statusesOf(path).at(-1)

describe('a returning reader, with a warm cache', () => {
  it('sees every page styled, with its images, after a reload, going back and after max-age', async () => {
    const maxAge = Number(
      /max-age=(\d+)/.exec((await site.get(PAGES[0]!.path)).headers.get('cache-control')!)![1]
    )
    const firstVisit = Date.now()
    const tabs: Array<{ name: string; path: string; page: Page; violations: string[] }> = []
    for (const { name, path } of PAGES) {
      const page = await context.newPage()
      const violations = watchViolations(page)
      await page.goto(proxy.origin + path)
      expect(lastStatus(path), `${name}: first visit`).toBe(200)
      await expectRendered(page, `${name}, first visit`)
      tabs.push({ name, path, page, violations })
    }
    const embedder = await context.newPage()
    const embedViolations = watchViolations(embedder)
    const embedFirstVisit = Date.now()
    await embedder.goto(`${host.origin}/`)
    await expectCardRendered(embedder, 'embed, first visit')

    for (const { name, path, page } of tabs) {
      await page.reload()
      expect(lastStatus(path), `${name}: the reload is revalidated`).toBe(304)
      await expectRendered(page, `${name}, reloaded`)
      await page.screenshot({
        path: `${SCREENSHOTS}/${name}-1280x900-reloaded.png`,
        fullPage: true,
      })
      await page.setViewportSize({ width: 360, height: 800 })
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-360x800-reloaded.png`, fullPage: true })
      await page.setViewportSize({ width: 1280, height: 900 })
    }

    const article = tabs[0]!
    await article.page.click('.site-name')
    await article.page.waitForURL(`${proxy.origin}/`)
    await article.page.goBack()
    await expectRendered(article.page, 'article, back')

    // Past max-age every page is stale: coming back by a link or the address bar revalidates it.
    const stale = firstVisit + (maxAge + 2) * 1000 - Date.now()
    if (stale > 0) await new Promise((resolve) => setTimeout(resolve, stale))
    for (const { name, path, page } of tabs) {
      await page.goto(`${proxy.origin}/tags`)
      await page.goto(proxy.origin + path)
      expect(lastStatus(path), `${name}: revalidated after max-age`).toBe(304)
      await expectRendered(page, `${name}, after max-age`)
    }
    // The card was first loaded after the pages: on a slow machine it may still be fresh here.
    const cardStale = embedFirstVisit + (maxAge + 2) * 1000 - Date.now()
    if (cardStale > 0) await new Promise((resolve) => setTimeout(resolve, cardStale))
    await embedder.reload()
    expect(lastStatus(EMBED), 'the card is revalidated after max-age').toBe(304)
    await expectCardRendered(embedder, 'embed, after max-age')
    await embedder.screenshot({ path: `${SCREENSHOTS}/embed-host-reloaded.png` })

    for (const { name, violations } of tabs) expect(violations, name).toEqual([])
    expect(embedViolations, 'embed').toEqual([])
  }, 240_000)
})
