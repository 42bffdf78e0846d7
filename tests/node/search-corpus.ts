/**
 * Small Arabic corpora for search tests: articles through the real file checker, indexed by the
 * real builder into a Map that stands in for KV and counts every read.
 */
import { checkArticleText, type SourceArticle } from '../../src/publish/content/check-article'
import { valueText, type KvValue } from '../../src/publish/records/kv-value'
import { buildSearchIndex } from '../../src/publish/search-index/build-search-index'
import type { SearchStore } from '../../src/search/search-store'
import { articleFile } from './content-set'

export type SearchSpec = {
  slug: string
  title: string
  summary?: string
  body?: string
  tags?: string[]
  published?: string
  draft?: boolean
}

export function searchArticle(spec: SearchSpec): SourceArticle {
  const overrides: Record<string, string> = {
    title: JSON.stringify(spec.title),
    summary: JSON.stringify(spec.summary ?? 'ملخص قصير'),
    published: JSON.stringify(spec.published ?? '2025-04-01T12:00:00+03:00'),
    tags: spec.tags?.length
      ? spec.tags.map((tag) => `\n  - ${JSON.stringify(tag)}`).join('')
      : '[]',
  }
  if (spec.draft) overrides.draft = 'true'
  const checked = checkArticleText(
    `${spec.slug}.md`,
    articleFile(spec.slug, overrides, spec.body ?? 'نص المقال.')
  )
  if (Array.isArray(checked)) throw new Error(JSON.stringify(checked))
  return checked
}

/** A store over built values that records each read: `[kind, keys]`. */
export function mapStore(
  values: Map<string, KvValue>
): SearchStore & { reads: Array<[string, string[]]> } {
  const reads: Array<[string, string[]]> = []
  return {
    reads,
    async bytes(key) {
      reads.push(['bytes', [key]])
      return values.get(key) ?? null
    },
    async texts(keys) {
      if (keys.length > 100) throw new Error(`bulk read of ${keys.length} keys (KV takes 100)`)
      reads.push(['texts', keys])
      return new Map(keys.map((key) => [key, values.has(key) ? valueText(values.get(key)!) : null]))
    },
  }
}

/** Builds the index of `specs` at `now` and returns a counting store over it. */
export function searchCorpus(specs: SearchSpec[], now = Date.parse('2026-01-01T00:00:00Z')) {
  const values = buildSearchIndex(specs.map(searchArticle), now)
  return { values, store: mapStore(values) }
}
