import { beforeEach, describe, expect, it } from 'vitest'
import { fetchWorker, loadSeed, MOJ_SLUG, NK_SLUG } from './seed'

beforeEach(loadSeed)

describe('GET /', () => {
  it('lists the latest articles, newest first, as links', async () => {
    const res = await fetchWorker('/')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('<html lang="ar" dir="rtl">')
    expect(html).toContain('<h1>آخر الأخبار</h1>')
    const nk = html.indexOf(`href="/articles/${NK_SLUG}"`)
    const moj = html.indexOf(`href="/articles/${MOJ_SLUG}"`)
    expect(nk).toBeGreaterThan(-1)
    expect(moj).toBeGreaterThan(nk)
    expect(html).toContain(
      '<time datetime="2025-04-03T10:00:00+02:00">3 أبريل 2025</time> · صدى البلد'
    )
  })

  it('answers a page past the last with the Arabic 404 page, naming the last page', async () => {
    const res = await fetchWorker('/?page=3')
    expect(res.status).toBe(404)
    const html = await res.text()
    expect(html).toContain('<html lang="ar" dir="rtl">')
    expect(html).toContain('آخر صفحة هي 1.')
  })

  it('refuses a page that is not a positive integer with an Arabic 400 page', async () => {
    const res = await fetchWorker('/?page=-2')
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('<h1>طلب غير صالح</h1>')
  })
})
