/**
 * @module
 * The last step of an article's record, once everything it shows has been looked up: the merged
 * «مقالات مشابهة» list, the check against `ArticleRecordSchema`, and the bytes KV stores. It
 * depends on nothing but its input, so a large archive runs it on worker threads
 * (`record-finisher.ts`).
 */
import * as v from 'valibot'
import { ArticleRecordSchema, type ArticleRecord } from '../../schema/stored/article-record'
import { jsonValue, type KvValue } from './kv-value'
import { relatedList, type DroppedPick, type RelatedListInput } from './related-list'

export type PendingRecord = {
  /** The record but for its related list. */
  record: Omit<ArticleRecord, 'related'>
  related: RelatedListInput
}

export type FinishedRecord = {
  value: KvValue
  /** Slugs of the articles the record links to, for ordering writes. */
  links: string[]
  /** Editor picks left out of the related list, for publish warnings. */
  dropped: DroppedPick[]
}

export function finishRecord({ record, related }: PendingRecord): FinishedRecord {
  const list = relatedList(related)
  const value = jsonValue(v.parse(ArticleRecordSchema, { ...record, related: list.entries }))
  const links = [...record.read_also, ...list.entries].flatMap((entry) =>
    entry.slug ? [entry.slug] : []
  )
  return { value, links, dropped: list.dropped }
}
