/**
 * The `dates` setting of site.yml reaches every date a reader sees: the article page (with the
 * time, the zone and the Hijri date, or none), the lists, the embed card and the oEmbed HTML,
 * while machine dates stay ISO.
 */
import { env } from 'cloudflare:workers'
import { beforeEach, describe, expect, it } from 'vitest'
import { bumpContentVersion, fetchWorker, loadSeed, NK_SLUG, ORIGIN } from './seed'

async function setDates(dates: Record<string, string>) {
  const site = (await env.CONTENT.get('v1:site', 'json'))!
  await env.CONTENT.put('v1:site', JSON.stringify({ ...site, dates }))
  await bumpContentVersion()
}

const text = async (path: string) => (await fetchWorker(path)).text()

describe('dates as the newsroom writes them', () => {
  beforeEach(loadSeed)

  it('levant months with Arabic-Indic digits and no Hijri date, everywhere a person reads a date', async () => {
    await setDates({ months: 'levant', digits: 'arab', hijri: 'off' })
    const article = await text(`/articles/${NK_SLUG}`)
    expect(article).toContain(
      '<time datetime="2025-04-03T10:00:00+02:00">٣ نيسان ٢٠٢٥، ١٠:٠٠ بتوقيت القاهرة</time>'
    )
    expect(article).not.toContain('class="hijri"')
    expect(await text('/')).toContain(
      '<time datetime="2025-04-03T10:00:00+02:00">٣ نيسان ٢٠٢٥</time>'
    )
    expect(await text(`/embed/${NK_SLUG}`)).toContain('٣ نيسان ٢٠٢٥')
    const oembed = (await (
      await fetchWorker(
        `/oembed?format=json&url=${encodeURIComponent(`${ORIGIN}/articles/${NK_SLUG}`)}`
      )
    ).json()) as { html: string }
    expect(oembed.html).toContain('٣ نيسان ٢٠٢٥')
    const json = (await (await fetchWorker(`/api/articles/${NK_SLUG}`)).json()) as {
      article: { published_at: string }
    }
    expect(json.article.published_at).toBe('2025-04-03T10:00:00+02:00')
  })

  it('dual month names, and the Hijri date in the same digits', async () => {
    await setDates({ months: 'dual', digits: 'latn', hijri: 'umm-al-qura' })
    const article = await text(`/articles/${NK_SLUG}`)
    expect(article).toContain('3 أبريل/نيسان 2025، 10:00 بتوقيت القاهرة')
    expect(article).toContain('(5 شوال 1446 هـ)')
  })
})
