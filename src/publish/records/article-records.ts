/**
 * @module
 * Step 1 of the build: every published article's record, with its tags, «إقرأ أيضاً» summaries
 * and «مقالات مشابهة» resolved, so an article page is one read. The records are finished (merged
 * related list, schema check, bytes) on worker threads for a large archive (`record-finisher.ts`).
 */
import { RECORD_SCHEMA_VERSION, type RelatedEntry } from '../../schema/stored/article-record'
import { articleKey } from '../../store/keys'
import { headlineTerms } from '../../text/headline-terms'
import type { SourceArticle } from '../content/check-article'
import type { Problem } from '../content/problems'
import { availableFrom, type Archive } from './archive'
import type { FinishedRecord, PendingRecord } from './finish-record'
import type { KvValue } from './kv-value'
import { recordFinisher } from './record-finisher'
import { computeRelated, type ComputedRelated } from './related-articles'

/** Hundredths: a small shift in tag counts elsewhere then rarely rewrites a record. */
const roundScore = (score: number) => Math.round(score * 100) / 100

/** Each article's computed «مقالات مشابهة», best first, as entries made when asked for. */
function computedRelated(archive: Archive): (slug: string) => RelatedEntry[] {
  const { published, publishedAt, slugOf, bySlug, catalog } = archive
  const computed = computeRelated(
    published.map((article) => ({
      slug: article.frontMatter.slug,
      publishedAt: publishedAt.get(article)!,
      tags: article.frontMatter.tags.map(slugOf).filter(Boolean),
      terms: headlineTerms(`${article.frontMatter.title} ${article.frontMatter.summary}`),
    }))
  )
  const entry = ({ slug, score, sharedTags }: ComputedRelated): RelatedEntry => ({
    title: bySlug.get(slug)!.frontMatter.title,
    slug,
    reasons: {
      shared_tags: sharedTags.map((tag) => catalog.get(tag)!.name),
      score: roundScore(score),
    },
    ...availableFrom(archive, slug),
  })
  return (slug) => (computed.get(slug) ?? []).map(entry)
}

/** An article's record as far as this thread takes it (see `finishRecord` for the rest). */
function pendingRecord(
  archive: Archive,
  related: (slug: string) => RelatedEntry[],
  article: SourceArticle
): PendingRecord {
  const { frontMatter } = article
  const { bySlug, summaries } = archive
  const readAlso = frontMatter.read_also.flatMap((slug) =>
    bySlug.has(slug) ? [summaries.get(bySlug.get(slug)!)!] : []
  )
  const picks = frontMatter.related.flatMap((pick): RelatedEntry[] => {
    if (typeof pick !== 'string') return [{ ...pick, picked: true }]
    const target = bySlug.get(pick)
    return target
      ? [
          {
            title: target.frontMatter.title,
            slug: pick,
            picked: true,
            ...availableFrom(archive, pick),
          },
        ]
      : []
  })
  const { source_name: _sourceName, ...summary } = summaries.get(article)!
  return {
    record: {
      schema_version: RECORD_SCHEMA_VERSION,
      ...summary,
      html: article.body.html,
      reading_time_minutes: article.body.readingTimeMinutes,
      tags: archive.tagsOf.get(article)!,
      source: { name: frontMatter.source.name, url: frontMatter.source.url ?? null },
      read_also: readAlso,
    },
    related: {
      self: { title: frontMatter.title, slug: frontMatter.slug },
      readAlso,
      picks,
      computed: related(frontMatter.slug),
    },
  }
}

/** Step 1: every published article's record, finished on worker threads for a large archive. */
export async function articleRecords(archive: Archive, threads: number) {
  const related = computedRelated(archive)
  const finisher = recordFinisher(threads)
  let finished: FinishedRecord[]
  try {
    for (const article of archive.published)
      await finisher.add(pendingRecord(archive, related, article))
    finished = await finisher.finish()
  } catch (error) {
    await finisher.abort()
    throw error
  }
  const records: Array<[string, KvValue]> = []
  const links = new Map<string, string[]>()
  const warnings: Problem[] = []
  archive.published.forEach((article, i) => {
    const { value, links: linked, dropped } = finished[i]!
    const key = articleKey(article.frontMatter.slug)
    records.push([key, value])
    links.set(key, linked)
    for (const { index, reason } of dropped) {
      const line = article.lineOf(['related', index])
      warnings.push({
        severity: 'warning',
        file: article.file,
        line,
        field: `related[${index}]`,
        message: `حُذف من «مقالات مشابهة»: ${reason}`,
      })
    }
  })
  return { records, links, warnings }
}
