/**
 * @module
 * The plan of a first publish (an empty namespace, no manifest), as the benchmarks need it.
 */
import { planPublish, type PublishPlan } from '../src/publish/plan/plan'
import type { KvValue } from '../src/publish/records/kv-value'

export const firstPublishPlan = (
  records: Map<string, KvValue>,
  links: ReadonlyMap<string, string[]> = new Map(),
  upcoming: string[] = []
): PublishPlan =>
  planPublish({
    records,
    links,
    previous: null,
    existingKeys: [],
    upcoming,
    sourceCommit: null,
    now: new Date(),
  })
