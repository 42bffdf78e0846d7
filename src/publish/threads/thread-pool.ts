/**
 * @module
 * The worker-thread pools of the publish step, on Piscina. The publish step runs its sources
 * through tsx, which a new thread does not inherit, so every thread starts in
 * `worker-bootstrap.mjs`, which registers tsx and then loads the task module it is named.
 */
import { Piscina } from 'piscina'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'

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

/**
 * A pool of `threads` threads, each running tasks with the default export of `taskModule` (a
 * TypeScript file). Close it with `destroy()`.
 * @example const pool = threadPool<LoadJob[], CheckedFile[]>(new URL('./load-worker.ts', import.meta.url), 2)
 */
export function threadPool<Task, Result>(taskModule: URL, threads: number): Piscina<Task, Result> {
  return new Piscina({
    filename: fileURLToPath(new URL('./worker-bootstrap.mjs', import.meta.url)),
    workerData: { taskModule: taskModule.href },
    minThreads: threads,
    maxThreads: threads,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    // A worker waiting for its next task idles in its event loop, where V8 collects its garbage;
    // blocked in `Atomics.wait` (Piscina's default) it would not, and the peak would grow.
    atomics: 'disabled',
  })
}
