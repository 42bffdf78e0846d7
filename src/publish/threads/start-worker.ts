/**
 * @module
 * Starts a worker thread on a TypeScript module. The publish step runs its sources through tsx,
 * which a new thread does not inherit, so the thread starts in `worker-bootstrap.mjs`, which
 * registers tsx and then imports the module. The module reads its input from `workerInput()`.
 */
import { availableParallelism } from 'node:os'
import { Worker, workerData } from 'node:worker_threads'

/** Below this many items (files, records), starting workers costs more than it saves. */
const PARALLEL_FROM = 2000

/** Worker threads for a job of `items`: none for a small one, else one a core. */
export const threadsFor = (items: number) =>
  items < PARALLEL_FROM ? 0 : Math.min(availableParallelism(), 8)

/**
 * Our workers hold one batch at a time. Left to itself, V8 lets a worker's heap fill with
 * garbage up to gigabytes before collecting; with one worker a core, that would double the
 * publish's peak memory.
 */
const WORKER_HEAP_MB = 512

export function startWorker(module: URL, input: unknown): Worker {
  return new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), {
    workerData: { module: module.href, input },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  })
}

/** In a thread started by `startWorker`, the input it was given. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names what it was sent
export const workerInput = <T>() => (workerData as { input: T }).input
