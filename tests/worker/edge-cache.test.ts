import { env } from 'cloudflare:workers'
import { beforeEach, describe, expect, it } from 'vitest'
import { articleKey } from '../../src/store/keys'
import { bumpContentVersion, fetchWorker, loadSeed, NK_SLUG, ORIGIN } from './seed'

beforeEach(loadSeed)

const ARTICLE = `/articles/${NK_SLUG}`

/** Changes the stored article the way a faulty tool, not a publish, would: no new version. */
async function editWithoutPublishing(summary: string) {
  const record = JSON.parse((await env.CONTENT.get(articleKey(NK_SLUG)))!)
  await env.CONTENT.put(articleKey(NK_SLUG), JSON.stringify({ ...record, summary }))
}

describe('the versioned edge cache', () => {
  it('serves a repeated request from the edge cache, byte for byte', async () => {
    const first = await fetchWorker(ARTICLE)
    expect(first.headers.get('x-edge-cache')).toBe('MISS')
    const body = await first.text()
    const second = await fetchWorker(ARTICLE)
    expect(second.headers.get('x-edge-cache')).toBe('HIT')
    expect(await second.text()).toBe(body)
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
    expect(second.headers.get('cache-control')).toBe(first.headers.get('cache-control'))
  })

  it('keys on the content version: a publish makes every page fresh at once', async () => {
    await fetchWorker(`/api/articles/${NK_SLUG}`)
    await editWithoutPublishing('ملخص جديد')
    const stale = await fetchWorker(`/api/articles/${NK_SLUG}`)
    expect(stale.headers.get('x-edge-cache')).toBe('HIT')
    await bumpContentVersion()
    const fresh = await fetchWorker(`/api/articles/${NK_SLUG}`)
    expect(fresh.headers.get('x-edge-cache')).toBe('MISS')
    expect(((await fresh.json()) as { article: { summary: string } }).article.summary).toBe(
      'ملخص جديد'
    )
  })

  it('answers If-None-Match with 304 from a cached copy too', async () => {
    const etag = (await fetchWorker(ARTICLE)).headers.get('etag')!
    const again = await fetchWorker(ARTICLE, { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
  })

  it('keeps errors out of the cache', async () => {
    await fetchWorker('/articles/no-such-article')
    expect((await fetchWorker('/articles/no-such-article')).headers.get('x-edge-cache')).toBeNull()
  })

  it('keeps a different entry per query string', async () => {
    await fetchWorker('/api/articles?limit=1')
    expect((await fetchWorker('/api/articles?limit=2')).headers.get('x-edge-cache')).toBe('MISS')
  })

  it('keeps pages built while a publish settles for 30 s, and settled ones for a day', async () => {
    const storedTtl = async (since: string) => {
      const version = {
        schema_version: 1,
        content_version: crypto.randomUUID(),
        upcoming: [],
        since,
      }
      await env.CONTENT.put('v1:version', JSON.stringify(version))
      await fetchWorker(ARTICLE)
      expect((await fetchWorker(ARTICLE)).headers.get('x-edge-cache')).toBe('HIT')
      const entry = await caches.default.match(
        `${ORIGIN}${ARTICLE}?__content=${version.content_version}.0`
      )
      const lastGood = await caches.default.match(`${ORIGIN}${ARTICLE}?__content=last-good`)
      return [entry?.headers.get('cache-control'), lastGood?.headers.get('cache-control')]
    }
    // KV may still hand out the old article for a minute after the new version is visible.
    expect(await storedTtl(new Date(Date.now() - 10_000).toISOString())).toEqual([
      'public, s-maxage=30',
      'public, s-maxage=86400',
    ])
    expect(await storedTtl(new Date(Date.now() - 600_000).toISOString())).toEqual([
      'public, s-maxage=86400',
      'public, s-maxage=86400',
    ])
  })

  it('changes its keys when a scheduled article comes due', async () => {
    const soon = new Date(Date.now() + 60_000).toISOString()
    const past = new Date(Date.now() - 1000).toISOString()
    await bumpContentVersion([soon])
    await fetchWorker(ARTICLE)
    expect((await fetchWorker(ARTICLE)).headers.get('x-edge-cache')).toBe('HIT')
    const version = JSON.parse((await env.CONTENT.get('v1:version'))!)
    await env.CONTENT.put('v1:version', JSON.stringify({ ...version, upcoming: [past] }))
    expect((await fetchWorker(ARTICLE)).headers.get('x-edge-cache')).toBe('MISS')
  })

  it('serves the last good copy when storage fails (stale-if-error)', async () => {
    const good = await (await fetchWorker(ARTICLE)).text()
    await env.CONTENT.put(articleKey(NK_SLUG), '{"truncated')
    await bumpContentVersion()
    const res = await fetchWorker(ARTICLE)
    expect(res.status).toBe(200)
    expect(res.headers.get('x-edge-cache')).toBe('STALE')
    expect(await res.text()).toBe(good)
  })

  it("serves a stale embed card with its own headers, not the outage's", async () => {
    await fetchWorker(`/embed/${NK_SLUG}`)
    await env.CONTENT.put(articleKey(NK_SLUG), '{"truncated')
    await bumpContentVersion()
    const res = await fetchWorker(`/embed/${NK_SLUG}`)
    expect(res.headers.get('x-edge-cache')).toBe('STALE')
    expect(res.headers.get('content-security-policy')).toContain('frame-ancestors *')
    expect(res.headers.get('x-frame-options')).toBeNull()
    expect(res.headers.get('retry-after')).toBeNull()
  })

  it('answers 503 when storage fails and there is no good copy to stand in', async () => {
    await env.CONTENT.put(articleKey(NK_SLUG), '{"truncated')
    const res = await fetchWorker(`${ARTICLE}?never-seen=${crypto.randomUUID()}`)
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('30')
  })

  it('is bypassed, not broken, when the version record is corrupt', async () => {
    await env.CONTENT.put('v1:version', '{')
    const res = await fetchWorker(ARTICLE)
    expect(res.status).toBe(200)
    expect(res.headers.get('x-edge-cache')).toBeNull()
  })
})
