/**
 * @module
 * The plan of a first publish (an empty namespace, no manifest), as the benchmarks need it.
 */
import type { KvValue } from '../src/publish/kv-value'
import { planPublish, type PublishPlan } from '../src/publish/plan'

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
