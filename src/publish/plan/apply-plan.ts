/**
 * @module
 * Carrying a publish plan out, batch by batch, in the plan's order: content writes, deletions,
 * the content version and manifest shards, the manifest head alone, then stale manifest shards.
 * Each batch that lands goes into the resume journal at once. When a batch fails past its
 * retries, the publish stops there, before the content version and the manifest, and says in one
 * line what landed and what to do.
 */
import { manifestKey, versionKey } from '../../store/keys'
import type { MediaObject } from '../images/article-images'
import { bulkBatches, keyBatches } from './bulk-batches'
import type { KvPair, KvTarget } from './kv-target'
import { MEDIA_MANIFEST_PREFIX, mediaEntryHash, type PublishPlan } from './plan'
import type { JournalWriter } from './publish-journal'

type Step =
  { put: KvPair[] } | { delete: string[] } | { putMedia: MediaObject[] } | { deleteMedia: string[] }

/** Image objects per step: each is its own request, and the journal is written after each step. */
const MEDIA_BATCH = 20

const stepSize = (step: Step) =>
  'put' in step
    ? step.put.length
    : 'delete' in step
      ? step.delete.length
      : 'putMedia' in step
        ? step.putMedia.length
        : step.deleteMedia.length

const stepWhat = (step: Step, size: string) =>
  'put' in step
    ? `writing ${size} key(s)`
    : 'delete' in step
      ? `deleting ${size} key(s)`
      : 'putMedia' in step
        ? `storing ${size} image object(s)`
        : `deleting ${size} image object(s)`

async function runStep(target: KvTarget, step: Step): Promise<void> {
  if ('put' in step) return target.putBatch(step.put)
  if ('delete' in step) return target.deleteBatch(step.delete)
  if (!target.media) throw new Error(`${target.name} has no image bucket to write to`)
  if ('putMedia' in step) return target.media.putObjects(step.putMedia)
  return target.media.deleteObjects(step.deleteMedia)
}

function journalStep(journal: JournalWriter, plan: PublishPlan, step: Step): void {
  if ('put' in step)
    journal.put(
      step.put.filter(([key]) => plan.hashes.has(key)).map(([key]) => [key, plan.hashes.get(key)!])
    )
  else if ('delete' in step) journal.deleted(step.delete)
  else if ('putMedia' in step)
    journal.put(step.putMedia.map(({ key }) => [MEDIA_MANIFEST_PREFIX + key, mediaEntryHash(key)]))
  else journal.deleted(step.deleteMedia.map((key) => MEDIA_MANIFEST_PREFIX + key))
}

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
  const media = <T>(items: T[]) =>
    Array.from({ length: Math.ceil(items.length / MEDIA_BATCH) }, (_, i) =>
      items.slice(i * MEDIA_BATCH, (i + 1) * MEDIA_BATCH)
    )
  // Images land before the records that show them, and go after the records that showed them.
  return [
    ...media(plan.mediaWrites).map((batch) => ({ putMedia: batch })),
    ...puts(plan.writes),
    ...deletes(plan.deletes),
    ...media(plan.mediaDeletes).map((batch) => ({ deleteMedia: batch })),
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
  const total = steps.reduce((sum, step) => sum + stepSize(step), 0)
  let landed = 0
  for (const [index, step] of steps.entries()) {
    const size = stepSize(step)
    try {
      await runStep(target, step)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      const what = stepWhat(step, count(size))
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
    journalStep(journal, plan, step)
  }
  journal.finish()
}
