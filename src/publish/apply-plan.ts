/**
 * @module
 * Carrying a publish plan out, batch by batch, in the plan's order: content writes, deletions,
 * the content version and manifest shards, the manifest head alone, then stale manifest shards.
 * Each batch that lands goes into the resume journal at once. When a batch fails past its
 * retries, the publish stops there, before the content version and the manifest, and says in one
 * line what landed and what to do.
 */
import { manifestKey, versionKey } from '../store/keys'
import { bulkBatches, keyBatches } from './bulk-batches'
import type { KvPair, KvTarget } from './kv-target'
import type { PublishPlan } from './plan'
import type { JournalWriter } from './publish-journal'

type Step = { put: KvPair[] } | { delete: string[] }

/** A publish that stopped partway; `message` is the one line the editor reads. */
export class PublishStoppedError extends Error {}

/** The plan as requests: each step a batch within the target's limits, in order. */
function planSteps(plan: PublishPlan, target: KvTarget): Step[] {
  const head = plan.finalWrites.filter(([key]) => key === manifestKey())
  const beforeHead = plan.finalWrites.filter(([key]) => key !== manifestKey())
  const puts = (entries: KvPair[]) =>
    bulkBatches(entries, target.batchLimits).map((batch) => ({ put: batch }))
  const deletes = (keys: string[]) =>
    keyBatches(keys, target.batchLimits.maxPairs).map((batch) => ({ delete: batch }))
  return [
    ...puts(plan.writes),
    ...deletes(plan.deletes),
    ...puts(beforeHead),
    ...puts(head),
    ...deletes(plan.manifestDeletes),
  ]
}

const count = (n: number) => n.toLocaleString('en')

/**
 * Writes `plan` to `target`, recording each landed batch in `journal`.
 * @throws PublishStoppedError when a batch cannot be written; nothing after it is attempted.
 */
export async function applyPlan(
  target: KvTarget,
  plan: PublishPlan,
  journal: JournalWriter
): Promise<void> {
  const steps = planSteps(plan, target)
  const total = steps.reduce(
    (sum, step) => sum + ('put' in step ? step.put.length : step.delete.length),
    0
  )
  let landed = 0
  for (const [index, step] of steps.entries()) {
    const size = 'put' in step ? step.put.length : step.delete.length
    try {
      if ('put' in step) await target.putBatch(step.put)
      else await target.deleteBatch(step.delete)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      const what =
        'put' in step ? `writing ${count(size)} key(s)` : `deleting ${count(size)} key(s)`
      const versionLanded = steps
        .slice(0, index)
        .some((done) => 'put' in done && done.put.some(([key]) => key === versionKey()))
      const readers = versionLanded
        ? 'the content is complete'
        : 'the content version and the manifest were not written, so readers still see the previous publish'
      throw new PublishStoppedError(
        `publish stopped at batch ${index + 1} of ${steps.length} (${what}): ${reason}. ${count(landed)} of ${count(total)} key(s) had landed; ${readers}. Run the same command again: it resumes after what landed.`
      )
    }
    landed += size
    if ('put' in step)
      journal.put(
        step.put
          .filter(([key]) => plan.hashes.has(key))
          .map(([key]) => [key, plan.hashes.get(key)!])
      )
    else journal.deleted(step.delete)
  }
  journal.finish()
}
