import { env } from 'cloudflare:workers'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { ArticleListResponseSchema } from '../../src/schema/api/article'
import { LIST_SHARD_SIZE, type ListShard } from '../../src/schema/stored/article-list-shard'
import type { ArticleSummary } from '../../src/schema/stored/article-summary'
import { latestShardKey } from '../../src/store/keys'
import { fetchWorker } from './seed'

/** An archive of `total` articles, newest first, cut into shards as the publish step cuts it. */
async function storeArchive(total: number) {
  const summaries: ArticleSummary[] = Array.from({ length: total }, (_, index) => ({
    slug: `article-${index + 1}`,
    title: `مقال رقم ${index + 1}`,
    summary: 'ملخص',
    published_at: new Date(Date.UTC(2025, 0, 1) - index * 3_600_000).toISOString(),
    updated_at: null,
    source_name: 'منبر',
    authors: [],
  }))
  for (let shard = 1; (shard - 1) * LIST_SHARD_SIZE < total; shard++) {
    const record: ListShard = {
      schema_version: 1,
      shard,
      total,
      upcoming: [],
      articles: summaries.slice((shard - 1) * LIST_SHARD_SIZE, shard * LIST_SHARD_SIZE),
    }
    await env.CONTENT.put(latestShardKey(shard), JSON.stringify(record))
  }
}

const slugsOf = async (path: string) => {
  const list = v.parse(ArticleListResponseSchema, await (await fetchWorker(path)).json())
  return { slugs: list.articles.map((article) => article.slug), pagination: list.meta.pagination }
}

describe('a list longer than one shard', () => {
  it('serves a page that straddles two shards, in order', async () => {
    await storeArchive(120)
    const { slugs, pagination } = await slugsOf('/api/articles?limit=15&page=4')
    expect(slugs).toEqual(Array.from({ length: 15 }, (_, index) => `article-${46 + index}`))
    expect(pagination).toEqual({ page: 4, limit: 15, pages: 8, total: 120, next: 5, prev: 3 })
  })

  it('serves the last, partial page', async () => {
    await storeArchive(120)
    const { slugs, pagination } = await slugsOf('/api/articles?limit=50&page=3')
    expect(slugs).toEqual(Array.from({ length: 20 }, (_, index) => `article-${101 + index}`))
    expect(pagination.next).toBeNull()
  })
})
